using System.Globalization;
using DomainKit.Money;
using DomainKit.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainKit.Tests.Money;

public sealed class StatedCountTests
{
    private static StatedCount Vi(string text) => StatedCount.Parse(text, TextCulture.Vietnamese);

    private static StatedCount En(string text) => StatedCount.Parse(text, TextCulture.English);

    [Fact]
    public void A_plain_whole_count_is_exact_and_consistent_only_with_itself()
    {
        var stated = Vi("51");

        Assert.True(stated.IsExact);
        Assert.Equal(StatedCount.Exact(51), stated);
        Assert.Equal((51L, (long?)51L), stated.ConsistentRange);
        Assert.True(stated.IsConsistentWith(51));
        Assert.False(stated.IsConsistentWith(50));
        Assert.False(stated.IsConsistentWith(52));
    }

    [Fact]
    public void Thousands_are_grouped_with_a_dot_in_Vietnamese_and_a_comma_in_English()
    {
        Assert.Equal(StatedCount.Exact(1_234), Vi("1.234"));
        Assert.Equal(StatedCount.Exact(1_234), En("1,234"));
        Assert.Equal(StatedCount.Exact(1_234), Vi("1234"));
        Assert.Equal("1.234", StatedCount.Exact(1_234).ToString(TextCulture.Vietnamese));
        Assert.Equal("1,234", StatedCount.Exact(1_234).ToString(TextCulture.English));
    }

    [Fact]
    public void Over_five_hundred_allows_five_hundred_and_one_and_up_with_either_word()
    {
        var over = Vi("hơn 500");

        Assert.Equal(new StatedCount(500, 1, AmountQualifier.Over), over);
        Assert.Equal(over, Vi("trên 500"));
        Assert.Equal(over, Vi("hon 500"));
        Assert.Equal(over, En("over 500"));
        Assert.Equal(over, En("more than 500"));
        Assert.False(over.IsExact);
        Assert.Equal((501L, (long?)null), over.ConsistentRange);
        Assert.True(over.IsConsistentWith(501));
        Assert.True(over.IsConsistentWith(long.MaxValue));
        Assert.False(over.IsConsistentWith(500));
    }

    [Fact]
    public void Over_a_thousand_gifts_reads_its_grouped_figure()
    {
        var stated = Vi("trên 1.000");

        Assert.Equal(1_000, stated.Value);
        Assert.Equal(1, stated.Resolution);
        Assert.Equal(AmountQualifier.Over, stated.Qualifier);
        Assert.Equal((1_001L, (long?)null), stated.ConsistentRange);
    }

    [Fact]
    public void Under_and_nearly_allow_zero_up_to_below_the_figure()
    {
        Assert.Equal((0L, (long?)499L), Vi("dưới 500").ConsistentRange);
        Assert.Equal(Vi("dưới 500"), Vi("gần 500"));
        Assert.Equal(Vi("dưới 500"), En("nearly 500"));
        Assert.Equal((0L, (long?)1_499_999L), Vi("gần 1 triệu").ConsistentRange);
    }

    [Fact]
    public void About_two_thousand_is_within_a_thousand_of_two_thousand()
    {
        var stated = Vi("khoảng 2 nghìn");

        Assert.Equal(new StatedCount(2_000, 1_000, AmountQualifier.About), stated);
        Assert.Equal(stated, Vi("khoảng 2 ngàn"));
        Assert.Equal(stated, Vi("xấp xỉ 2 nghìn"));
        Assert.Equal(stated, En("about 2 thousand"));
        Assert.Equal((1_000L, (long?)3_000L), stated.ConsistentRange);
        Assert.Equal((1_999L, (long?)2_001L), Vi("khoảng 2.000").ConsistentRange);
        Assert.Equal((0L, (long?)1_000L), Vi("khoảng 0 nghìn").ConsistentRange);
    }

    [Fact]
    public void A_decimal_before_a_scale_word_is_rounded_to_its_last_written_digit()
    {
        var stated = Vi("1,2 triệu");

        Assert.Equal(1_200_000, stated.Value);
        Assert.Equal(100_000, stated.Resolution);
        Assert.Equal(AmountQualifier.None, stated.Qualifier);
        Assert.False(stated.IsExact);
        Assert.Equal((1_150_000L, (long?)1_249_999L), stated.ConsistentRange);
        Assert.Equal(stated, En("1.2 million"));
        Assert.Equal(new StatedCount(2_500, 100), Vi("2,5 nghìn"));
        Assert.Equal(new StatedCount(2_000_000_000, 1_000_000_000), Vi("2 tỷ"));
    }

    [Fact]
    public void Scale_words_in_decreasing_order_add_up_to_the_resolution_of_the_last()
    {
        Assert.Equal(new StatedCount(1_200_000, 1_000), Vi("1 triệu 200 nghìn"));
        Assert.Equal(new StatedCount(1_200_000, 1_000, AmountQualifier.Over), Vi("hơn 1 triệu 200 nghìn"));
    }

    [Fact]
    public void A_count_rounded_to_zero_thousands_never_goes_below_zero()
    {
        Assert.Equal((0L, (long?)499L), Vi("0 nghìn").ConsistentRange);
        Assert.Equal((0L, (long?)null), Vi("trên 0 nghìn").ConsistentRange);
        Assert.Equal((1L, (long?)null), Vi("trên 0").ConsistentRange);
    }

    [Theory]
    [InlineData("02", 2L)]
    [InlineData("05", 5L)]
    [InlineData("hơn 09", 9L)]
    public void A_count_under_ten_padded_to_two_digits_as_official_documents_write_it_reads_as_the_count(string text, long count)
    {
        var read = StatedCount.Read(text, TextCulture.Vietnamese);

        Assert.True(read.Success, read.ToString());
        Assert.Equal(count, read.Value.Value);
    }

    [Theory]
    [InlineData("00", ParseFailure.LeadingZero)]
    [InlineData("012", ParseFailure.LeadingZero)]
    [InlineData("", ParseFailure.Empty)]
    [InlineData("12$", ParseFailure.UnexpectedCharacter)]
    [InlineData("1.00.000", ParseFailure.BadDigitGrouping)]
    [InlineData("0100", ParseFailure.LeadingZero)]
    [InlineData("2,5", ParseFailure.DecimalWithoutScale)]
    [InlineData("1,2345 nghìn", ParseFailure.TooManyDecimals)]
    [InlineData("5 nghìn 3 triệu", ParseFailure.ScaleOrder)]
    [InlineData("1 triệu 200", ParseFailure.DigitsAfterScale)]
    [InlineData("-5", ParseFailure.MisplacedSign)]
    [InlineData("trên -5", ParseFailure.MisplacedSign)]
    [InlineData("lượt", ParseFailure.NoFigure)]
    [InlineData("hơn 500 lượt", ParseFailure.UnexpectedText)]
    [InlineData("500 người", ParseFailure.UnexpectedText)]
    [InlineData("99.999.999.999.999.999.999", ParseFailure.Overflow)]
    [InlineData("dưới 0", ParseFailure.NoAmount)]
    public void A_vietnamese_text_that_is_no_count_says_why(string text, ParseFailure failure)
    {
        var result = StatedCount.Read(text, TextCulture.Vietnamese);

        Assert.False(result.Success);
        Assert.Equal(failure, result.Failure);
        Assert.NotEmpty(result.Reason.Vietnamese);
        Assert.False(StatedCount.TryParse(text, TextCulture.Vietnamese, out _));
        Assert.Contains(result.Reason.English, Assert.Throws<FormatException>(() => StatedCount.Parse(text, TextCulture.Vietnamese)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_text_is_read_with_english_grouping_and_words_only()
    {
        Assert.Equal(ParseFailure.BadDigitGrouping, StatedCount.Read("1,2 triệu", TextCulture.English).Failure);
        Assert.Equal(ParseFailure.UnexpectedText, StatedCount.Read("hơn 500", TextCulture.English).Failure);
        Assert.Equal(ParseFailure.UnexpectedText, StatedCount.Read("over 500", TextCulture.Vietnamese).Failure);
        Assert.Throws<ArgumentOutOfRangeException>(() => StatedCount.Read("5", (TextCulture)9));
        Assert.False(StatedCount.TryParse("5", (TextCulture)9, out _));
        Assert.False(StatedCount.TryParse(null, TextCulture.English, out _));
    }

    [Theory]
    [InlineData("51", "51")]
    [InlineData("hơn 500", "over 500")]
    [InlineData("trên 1.000", "over 1,000")]
    [InlineData("dưới 500", "under 500")]
    [InlineData("khoảng 2 nghìn", "about 2 thousand")]
    [InlineData("khoảng 2,5 nghìn", "about 2.5 thousand")]
    [InlineData("2,50 nghìn", "2.50 thousand")]
    [InlineData("1,2 triệu", "1.2 million")]
    [InlineData("0,05 triệu", "0.05 million")]
    [InlineData("1.234 tỷ", "1,234 billion")]
    public void A_count_is_written_the_way_it_was_stated_and_reads_back(string vietnamese, string english)
    {
        var stated = Vi(vietnamese);

        Assert.Equal(vietnamese.Replace("trên", "hơn", StringComparison.Ordinal), stated.ToString(TextCulture.Vietnamese));
        Assert.Equal(english, stated.ToString(TextCulture.English));
        Assert.Equal(english, stated.ToString());
        Assert.Equal(stated, En(english));
    }

    [Fact]
    public void Statements_are_equal_only_in_value_resolution_and_qualifier()
    {
        Assert.Equal(default, StatedCount.Exact(0));
        Assert.NotEqual(Vi("2 nghìn"), Vi("2.000"));
        Assert.Equal(Vi("2 nghìn").Value, Vi("2.000").Value);
        Assert.NotEqual(Vi("hơn 500"), Vi("500"));
        Assert.True(Vi("hơn 500") == Vi("trên 500"));
        Assert.True(Vi("hơn 500") != Vi("khoảng 500"));
        Assert.True(Vi("51").Equals((object)StatedCount.Exact(51)));
        Assert.False(Vi("51").Equals((object)51L));
        Assert.Equal(Vi("1,2 triệu").GetHashCode(), En("1.2 million").GetHashCode());
    }

    [Fact]
    public void A_statement_that_cannot_be_made_is_refused_as_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatedCount(-1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatedCount.Exact(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatedCount(500, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatedCount(500, 10_000_000_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatedCount(500, 1, (AmountQualifier)9));
        Assert.Throws<ArgumentException>(() => new StatedCount(1_234, 100));
        Assert.Throws<ArgumentException>(() => new StatedCount(0, 1, AmountQualifier.Under));
    }

    [Fact]
    public void A_count_parses_and_formats_through_the_generic_interfaces_in_the_provider_culture()
    {
        Assert.Equal(En("over 500"), Parse<StatedCount>("over 500", null));
        Assert.Equal(En("over 500"), StatedCount.Parse("over 500", CultureInfo.InvariantCulture));
        Assert.True(StatedCount.TryParse("1,234", CultureInfo.InvariantCulture, out var parsed));
        Assert.Equal(StatedCount.Exact(1_234), parsed);
        Assert.False(StatedCount.TryParse("abc".AsSpan(), null, out _));
        Assert.Throws<FormatException>(() => Parse<StatedCount>("abc", null));
        Assert.Equal("over 500", Format(En("over 500"), "G", null));
        Assert.Equal("over 500", En("over 500").ToString(null, CultureInfo.InvariantCulture));
        Assert.False(En("over 500").TryFormat(new char[3], out var written, default, null));
        Assert.Equal(0, written);
        Assert.Throws<FormatException>(() => En("over 500").ToString("X", null));
        try
        {
            var vietnamese = CultureInfo.GetCultureInfo("vi-VN");
            Assert.Equal(Vi("hơn 1.000"), StatedCount.Parse("hơn 1.000", vietnamese));
            Assert.Equal("hơn 1.000", Vi("hơn 1.000").ToString("G", vietnamese));
        }
        catch (CultureNotFoundException)
        {
            // Under invariant globalization the culture cannot be created; the invariant forms above are what is checked.
        }
    }

    private static T Parse<T>(string text, IFormatProvider? provider)
        where T : ISpanParsable<T>
        => T.Parse(text.AsSpan(), provider);

    private static string Format<T>(T value, string format, IFormatProvider? provider)
        where T : ISpanFormattable
    {
        var buffer = new char[64];
        Assert.True(value.TryFormat(buffer, out var written, format, provider));
        return new string(buffer, 0, written);
    }


    [Property(MaxTest = StatedFigureGen.Runs)]
    public Property A_stated_count_reads_back_from_its_own_text_in_both_cultures()
    {
        return Prop.ForAll(StatedFigureGen.Count.ToArbitrary(), stated =>
            StatedFigureGen.Cultures.All(culture => StatedCount.Parse(stated.ToString(culture), culture) == stated));
    }

    [Property(MaxTest = StatedFigureGen.Runs)]
    public Property Its_consistent_range_is_what_it_is_consistent_with()
    {
        return Prop.ForAll(StatedFigureGen.Count.ToArbitrary(), stated =>
        {
            var (min, max) = stated.ConsistentRange;
            return stated.IsConsistentWith(min) && (min == 0 || !stated.IsConsistentWith(min - 1))
                && (max is not { } top || (stated.IsConsistentWith(top) && !stated.IsConsistentWith(top + 1)));
        });
    }

    [Property(MaxTest = StatedFigureGen.Runs)]
    public Property Random_text_never_makes_reading_a_count_throw()
    {
        var words = Gen.Elements("1", "2,5", "1.000", "-", "nghìn", "ngàn", "triệu", "tỷ", "hơn", "trên", "gần", "khoảng", "xấp", "xỉ",
                "thousand", "million", "over", "about", "lượt", "999.999.999.999.999.999", ",5", "0")
            .ArrayOf().Select(parts => string.Join(' ', parts));
        return Prop.ForAll(Gen.OneOf(words, ArbMap.Default.GeneratorFor<string>()).ToArbitrary(), text =>
            StatedFigureGen.Cultures.All(culture =>
                !StatedCount.TryParse(text, culture, out var stated) || StatedCount.Parse(stated.ToString(culture), culture) == stated));
    }
}
