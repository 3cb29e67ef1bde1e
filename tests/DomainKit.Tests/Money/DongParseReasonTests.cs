using System.Globalization;
using DomainKit.Money;
using DomainKit.Text;

namespace DomainKit.Tests.Money;

/// <summary>Amounts read from spans, through .NET's parsing interfaces, saying why a text is not an amount.</summary>
public sealed class DongParseReasonTests
{
    [Theory]
    [InlineData("85.300.00đ", ParseFailure.BadDigitGrouping)]
    [InlineData("1.00.000", ParseFailure.BadDigitGrouping)]
    [InlineData("1.0000 đ", ParseFailure.BadDigitGrouping)]
    [InlineData("2,5", ParseFailure.DecimalWithoutScale)]
    [InlineData("1,0000000001 tỷ", ParseFailure.TooManyDecimals)]
    [InlineData("5 triệu 3 tỷ", ParseFailure.ScaleOrder)]
    [InlineData("1 tỷ 2", ParseFailure.MissingCurrency)]
    [InlineData("99999999999999999999", ParseFailure.Overflow)]
    [InlineData("9.223.372.036.854.775.808 đ", ParseFailure.Overflow)]
    [InlineData("01.000", ParseFailure.LeadingZero)]
    [InlineData("12$", ParseFailure.UnexpectedCharacter)]
    [InlineData("trên -5 tỷ", ParseFailure.MisplacedSign)]
    [InlineData("- 5 tỷ", ParseFailure.MisplacedSign)]
    [InlineData("đồng", ParseFailure.NoFigure)]
    [InlineData("5 tỷ đồng chẵn", ParseFailure.UnexpectedText)]
    [InlineData("", ParseFailure.Empty)]
    [InlineData("   ", ParseFailure.Empty)]
    public void A_vietnamese_text_that_is_no_amount_says_why(string text, ParseFailure failure)
    {
        var stated = StatedDong.Read(text, TextCulture.Vietnamese);
        var nominal = Dong.Read(text, TextCulture.Vietnamese);

        Assert.False(stated.Success);
        Assert.Equal(failure, stated.Failure);
        Assert.Equal(failure, nominal.Failure);
        Assert.False(string.IsNullOrWhiteSpace(stated.Reason.English));
        Assert.False(string.IsNullOrWhiteSpace(stated.Reason.Vietnamese));
    }

    [Fact]
    public void Bad_digit_grouping_is_said_as_such_not_as_an_overflow()
    {
        var error = Assert.Throws<FormatException>(() => Dong.Parse("85.300.00đ", TextCulture.Vietnamese));

        Assert.Contains("grouped wrongly", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("64 bits", error.Message, StringComparison.Ordinal);
        Assert.Contains("phân nhóm sai", Dong.Read("85.300.00đ", TextCulture.Vietnamese).Reason.Vietnamese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("6.100.542.700 đ", 6_100_542_700L)]
    [InlineData("2,5 tỷ đồng", 2_500_000_000L)]
    [InlineData("trên 5 tỷ 670 triệu đồng", 5_670_000_000L)]
    [InlineData("-1.000 đ", -1_000L)]
    public void A_vietnamese_amount_is_read_from_a_span(string text, long expected)
    {
        var buffer = ("[" + text + "]").AsSpan(1, text.Length);

        var result = Dong.Read(buffer, TextCulture.Vietnamese);

        Assert.True(result.Success);
        Assert.Equal(ParseFailure.None, result.Failure);
        Assert.Equal(new Dong(expected), result.Value);
        Assert.True(result.TryGetValue(out var value));
        Assert.Equal(new Dong(expected), value);
    }

    [Fact]
    public void Dong_and_stated_dong_parse_through_the_generic_interfaces_in_the_invariant_culture_without_a_provider()
    {
        Assert.Equal(new Dong(6_100_542_700), ParseSpan<Dong>("6,100,542,700 VND", null));
        Assert.Equal(new Dong(6_100_542_700), ParseString<Dong>("6,100,542,700 VND", CultureInfo.InvariantCulture));
        Assert.Equal(StatedDong.Parse("over 5,670 million VND", TextCulture.English), ParseSpan<StatedDong>("over 5,670 million VND", null));
        Assert.False(Dong.TryParse("85.300.00đ".AsSpan(), null, out _));
        Assert.False(StatedDong.TryParse("2,5", null, out _));
        Assert.Throws<FormatException>(() => ParseSpan<StatedDong>("abc", null));
    }

    [Fact]
    public void Dong_and_stated_dong_format_into_a_span_as_their_text()
    {
        var amount = new Dong(6_100_542_700);
        var stated = StatedDong.Parse("trên 6,1 tỷ", TextCulture.Vietnamese);

        Assert.Equal(amount.ToString("C", null), Format(amount, "C", null));
        Assert.Equal(amount.ToString(), Format(amount, string.Empty, CultureInfo.InvariantCulture));
        Assert.Equal(stated.ToString(TextCulture.English), Format(stated, "G", null));
        Assert.Equal(stated.ToString(TextCulture.English), stated.ToString(null, CultureInfo.InvariantCulture));
        Assert.False(amount.TryFormat(new char[3], out var written, default, null));
        Assert.Equal(0, written);
        Assert.Throws<FormatException>(() => stated.ToString("X", null));
    }

    [Fact]
    public void A_parse_result_holds_a_value_or_a_reason_and_never_both()
    {
        var failed = ParseResult<Dong>.ForFailure(ParseFailure.Overflow);
        var read = ParseResult<Dong>.ForValue(new Dong(5));

        Assert.Equal("it does not fit in 64 bits", failed.ToString());
        Assert.Equal(ParseFailure.Overflow, failed.ConvertFailure<int>().Failure);
        Assert.Contains("64 bits", Assert.Throws<FormatException>(() => failed.Value).Message, StringComparison.Ordinal);
        Assert.False(failed.TryGetValue(out _));
        Assert.Equal(ParseFailure.Empty, default(ParseResult<Dong>).Failure);
        Assert.Equal(string.Empty, read.Reason.English);
        Assert.Throws<InvalidOperationException>(() => read.ConvertFailure<int>());
        Assert.Throws<ArgumentOutOfRangeException>(() => ParseResult<Dong>.ForFailure(ParseFailure.None));
    }

    private static T ParseSpan<T>(string text, IFormatProvider? provider)
        where T : ISpanParsable<T>
        => T.Parse(text.AsSpan(), provider);

    private static T ParseString<T>(string text, IFormatProvider? provider)
        where T : IParsable<T>
        => T.TryParse(text, provider, out var value) ? value : throw new FormatException(text);

    private static string Format<T>(T value, string format, IFormatProvider? provider)
        where T : ISpanFormattable
    {
        var buffer = new char[256];
        Assert.True(value.TryFormat(buffer, out var written, format, provider));
        return new string(buffer, 0, written);
    }
}
