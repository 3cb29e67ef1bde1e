using System.Globalization;
using DomainKit.Money;
using DomainKit.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainKit.Tests.Money;

public sealed class StatedQuantityTests
{
    private static StatedQuantity Vi(string text) => StatedQuantity.Parse(text, TextCulture.Vietnamese);

    private static StatedQuantity En(string text) => StatedQuantity.Parse(text, TextCulture.English);

    [Fact]
    public void Twelve_and_a_half_km_is_rounded_to_a_tenth_and_stops_short_of_its_upper_end()
    {
        var stated = Vi("12,5 km");

        Assert.Equal(12.5m, stated.Value);
        Assert.Equal(0.1m, stated.Resolution);
        Assert.Equal("km", stated.Unit);
        Assert.Equal(AmountQualifier.None, stated.Qualifier);
        Assert.False(stated.IsExact);
        Assert.Equal((12.45m, (decimal?)12.55m), stated.ConsistentRange);
        Assert.True(stated.IsConsistentWith(12.45m));
        Assert.True(stated.IsConsistentWith(12.549999m));
        Assert.False(stated.IsConsistentWith(12.55m));
        Assert.False(stated.IsConsistentWith(12.4499999999m));
        Assert.Equal(stated, En("12.5 km"));
    }

    [Fact]
    public void A_whole_figure_of_the_unit_is_exact_as_a_figure_to_the_dong_is()
    {
        var stated = Vi("2.500 kg");

        Assert.True(stated.IsExact);
        Assert.Equal(StatedQuantity.Exact(2_500, "kg"), stated);
        Assert.Equal((2_500m, (decimal?)2_500m), stated.ConsistentRange);
        Assert.True(stated.IsConsistentWith(2_500m));
        Assert.False(stated.IsConsistentWith(2_500.0001m));
        Assert.Equal(stated, En("2,500 kg"));
    }

    [Fact]
    public void Trailing_zeros_after_the_decimal_mark_say_the_figure_is_finer()
    {
        var stated = Vi("12,50 km");

        Assert.Equal(0.01m, stated.Resolution);
        Assert.Equal("12.50", stated.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal((12.495m, (decimal?)12.505m), stated.ConsistentRange);
        Assert.NotEqual(Vi("12,5 km"), stated);
        Assert.Equal("12,50 km", stated.ToString(TextCulture.Vietnamese));
    }

    [Fact]
    public void About_three_tonnes_allows_two_to_four_tonnes_both_included()
    {
        var stated = Vi("khoảng 3 tấn");

        Assert.Equal(new StatedQuantity(3m, 1m, "tấn", AmountQualifier.About), stated);
        Assert.Equal((2m, (decimal?)4m), stated.ConsistentRange);
        Assert.True(stated.IsConsistentWith(2m));
        Assert.True(stated.IsConsistentWith(4m));
        Assert.False(stated.IsConsistentWith(4.0000001m));
        Assert.Equal(stated, En("about 3 tấn"));
    }

    [Fact]
    public void Over_two_thousand_metres_allows_anything_above_two_thousand()
    {
        var stated = Vi("trên 2.000 m");

        Assert.Equal((2_000m, (decimal?)null), stated.ConsistentRange);
        Assert.False(stated.IsConsistentWith(2_000m));
        Assert.True(stated.IsConsistentWith(2_000.000001m));
        Assert.Equal(stated, Vi("hơn 2.000 m"));
        Assert.Equal((12.45m, (decimal?)null), Vi("trên 12,5 km").ConsistentRange);
        Assert.False(Vi("trên 12,5 km").IsConsistentWith(12.45m));
    }

    [Fact]
    public void Under_a_figure_starts_at_zero()
    {
        Assert.Equal((0m, (decimal?)5m), Vi("dưới 5 km").ConsistentRange);
        Assert.False(Vi("dưới 5 km").IsConsistentWith(5m));
        Assert.Equal((0m, (decimal?)0.05m), Vi("dưới 0,0 km").ConsistentRange);
        Assert.Equal((0m, (decimal?)0.05m), Vi("0,0 km").ConsistentRange);
    }

    [Fact]
    public void The_unit_is_every_word_after_the_figure_as_written()
    {
        Assert.Equal("suất quà", Vi("trên 1.000 suất   quà").Unit);
        Assert.Equal("lượt", Vi("hơn 500 lượt").Unit);
        Assert.Equal(new StatedQuantity(500m, 1m, "lượt", AmountQualifier.Over), Vi("hơn 500 lượt"));
        Assert.Equal("m²", Vi("1.200 m²").Unit);
        Assert.Equal("Km", Vi("3 Km").Unit);
        Assert.NotEqual(Vi("3 km"), Vi("3 Km"));
        Assert.Equal(new StatedQuantity(1_500m, 100m, "m"), Vi("1,5 nghìn m"));
        Assert.Equal(StatedQuantity.Exact(1_200, "m"), Vi("1 nghìn 200 m"));
    }

    [Theory]
    [InlineData("", ParseFailure.Empty)]
    [InlineData("12,5", ParseFailure.MissingUnit)]
    [InlineData("2 nghìn", ParseFailure.MissingUnit)]
    [InlineData("13.75 km", ParseFailure.BadDigitGrouping)]
    [InlineData("12,5 km 300 m", ParseFailure.UnexpectedText)]
    [InlineData("1,2345678 km", ParseFailure.TooManyDecimals)]
    [InlineData("-5 km", ParseFailure.MisplacedSign)]
    [InlineData("km", ParseFailure.NoFigure)]
    [InlineData("12,5 km!", ParseFailure.UnexpectedCharacter)]
    [InlineData("1 nghìn 2,5 m", ParseFailure.ScaleOrder)]
    [InlineData("99.999.999.999.999.999.999 m", ParseFailure.Overflow)]
    [InlineData("dưới 0 km", ParseFailure.NoAmount)]
    public void A_vietnamese_text_that_is_no_quantity_says_why(string text, ParseFailure failure)
    {
        var result = StatedQuantity.Read(text, TextCulture.Vietnamese);

        Assert.False(result.Success);
        Assert.Equal(failure, result.Failure);
        Assert.NotEmpty(result.Reason.English);
        Assert.False(StatedQuantity.TryParse(text, TextCulture.Vietnamese, out _));
        Assert.Contains(result.Reason.English, Assert.Throws<FormatException>(() => StatedQuantity.Parse(text, TextCulture.Vietnamese)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12,5 km", "12.5 km")]
    [InlineData("khoảng 3 tấn", "about 3 tấn")]
    [InlineData("trên 2.000 m", "over 2,000 m")]
    [InlineData("dưới 0,25 ha", "under 0.25 ha")]
    [InlineData("1.234,5 km", "1,234.5 km")]
    [InlineData("1,5 nghìn m", "1.5 thousand m")]
    [InlineData("76 tấn", "76 tấn")]
    public void A_quantity_is_written_the_way_it_was_stated_and_reads_back(string vietnamese, string english)
    {
        var stated = Vi(vietnamese);

        Assert.Equal(vietnamese, stated.ToString(TextCulture.Vietnamese));
        Assert.Equal(english, stated.ToString(TextCulture.English));
        Assert.Equal(english, stated.ToString());
        Assert.Equal(stated, En(english));
    }

    [Fact]
    public void The_default_is_zero_with_no_unit()
    {
        Assert.True(default(StatedQuantity).IsExact);
        Assert.Equal(string.Empty, default(StatedQuantity).Unit);
        Assert.Equal("0", default(StatedQuantity).ToString());
        Assert.NotEqual(default, StatedQuantity.Exact(0, "km"));
    }

    [Fact]
    public void A_statement_that_cannot_be_made_is_refused_as_a_programming_error()
    {
        Assert.Throws<ArgumentNullException>(() => new StatedQuantity(1m, 1m, null!));
        Assert.Throws<ArgumentException>(() => new StatedQuantity(1m, 1m, " "));
        Assert.Throws<ArgumentException>(() => new StatedQuantity(1m, 1m, "km "));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatedQuantity(-1m, 1m, "km"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatedQuantity(1m, 0.5m, "km"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatedQuantity(1m, 0.0000001m, "km"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatedQuantity(1m, 1m, "km", (AmountQualifier)9));
        Assert.Throws<ArgumentException>(() => new StatedQuantity(12.55m, 0.1m, "km"));
        Assert.Throws<ArgumentException>(() => new StatedQuantity(0m, 1m, "km", AmountQualifier.Under));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatedQuantity.Exact(-1, "km"));
    }

    [Fact]
    public void Statements_are_equal_in_value_resolution_qualifier_and_unit()
    {
        Assert.Equal(new StatedQuantity(12.50m, 0.1m, "km"), Vi("12,5 km"));
        Assert.Equal("12.5", new StatedQuantity(12.50m, 0.1m, "km").Value.ToString(CultureInfo.InvariantCulture));
        Assert.True(Vi("12,5 km") == En("12.5 km"));
        Assert.True(Vi("12,5 km") != Vi("12,5 m"));
        Assert.False(Vi("12,5 km").Equals((object)12.5m));
        Assert.Equal(Vi("12,5 km").GetHashCode(), En("12.5 km").GetHashCode());
    }

    [Fact]
    public void A_quantity_parses_and_formats_through_the_generic_interfaces_in_the_provider_culture()
    {
        Assert.Equal(En("12.5 km"), StatedQuantity.Parse("12.5 km".AsSpan(), null));
        Assert.Equal(En("12.5 km"), StatedQuantity.Parse("12.5 km", CultureInfo.InvariantCulture));
        Assert.True(StatedQuantity.TryParse("12.5 km", CultureInfo.InvariantCulture, out var parsed));
        Assert.Equal(En("12.5 km"), parsed);
        Assert.False(StatedQuantity.TryParse("12.5".AsSpan(), null, out _));
        Assert.False(StatedQuantity.TryParse("12.5 km", (TextCulture)9, out _));
        var buffer = new char[32];
        Assert.True(En("12.5 km").TryFormat(buffer, out var written, "G", null));
        Assert.Equal("12.5 km", new string(buffer, 0, written));
        Assert.Throws<FormatException>(() => En("12.5 km").ToString("X", null));
    }


    [Property(MaxTest = StatedFigureGen.Runs)]
    public Property A_stated_quantity_reads_back_from_its_own_text_in_both_cultures()
    {
        return Prop.ForAll(StatedFigureGen.Quantity.ToArbitrary(), stated =>
            StatedFigureGen.Cultures.All(culture => StatedQuantity.Parse(stated.ToString(culture), culture) == stated));
    }

    [Property(MaxTest = StatedFigureGen.Runs)]
    public Property Its_consistent_range_is_what_it_is_consistent_with_ends_included_as_the_rule_says()
    {
        return Prop.ForAll(StatedFigureGen.Quantity.ToArbitrary(), stated =>
        {
            var (min, max) = stated.ConsistentRange;
            var lowerIncluded = stated.Qualifier is not AmountQualifier.Over || (stated.Value == 0 && stated.Resolution != 1);
            var upperIncluded = stated.Qualifier is AmountQualifier.About || (stated.Qualifier is AmountQualifier.None && stated.Resolution == 1);
            return stated.IsConsistentWith(min) == lowerIncluded && !stated.IsConsistentWith(min - 0.0000001m)
                && (stated.IsExact || stated.IsConsistentWith(min + 0.0000001m))
                && (max is not { } top || (stated.IsConsistentWith(top) == upperIncluded && !stated.IsConsistentWith(top + 0.0000001m)
                    && (top == min || stated.IsConsistentWith(top - 0.0000001m))));
        });
    }

    [Property(MaxTest = StatedFigureGen.Runs)]
    public Property Random_text_never_makes_reading_a_quantity_throw()
    {
        var words = Gen.Elements("1", "12,5", "1.000", "-", "nghìn", "triệu", "km", "tấn", "m²", "trên", "gần", "khoảng",
                "over", "about", "12.5", "999.999.999.999.999.999", ",5", "0", "suất", "quà")
            .ArrayOf().Select(parts => string.Join(' ', parts));
        return Prop.ForAll(Gen.OneOf(words, ArbMap.Default.GeneratorFor<string>()).ToArbitrary(), text =>
            StatedFigureGen.Cultures.All(culture =>
                !StatedQuantity.TryParse(text, culture, out var stated) || StatedQuantity.Parse(stated.ToString(culture), culture) == stated));
    }
}
