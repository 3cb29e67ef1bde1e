using DomainKit.Periods;
using DomainKit.Text;

namespace DomainKit.Tests.Periods;

/// <summary>Period ids read from spans, through .NET's parsing interfaces, saying why a text is not a period id.</summary>
public sealed class PeriodParseReasonTests
{
    [Theory]
    [InlineData("2023Q5", ParseFailure.OutOfRange)]
    [InlineData("2023H3", ParseFailure.OutOfRange)]
    [InlineData("2023-13", ParseFailure.OutOfRange)]
    [InlineData("0000", ParseFailure.OutOfRange)]
    [InlineData("CY9999-10", ParseFailure.OutOfRange)]
    [InlineData("2025/2021", ParseFailure.EndBeforeStart)]
    [InlineData("2023-03-10/2023-01-05", ParseFailure.EndBeforeStart)]
    [InlineData("YTD2023-02-30", ParseFailure.BadDate)]
    [InlineData("Q4/2023", ParseFailure.UnknownForm)]
    [InlineData("last-year", ParseFailure.UnknownForm)]
    [InlineData(" ", ParseFailure.Empty)]
    public void A_text_that_is_no_period_id_says_why(string text, ParseFailure failure)
    {
        var result = ReportingPeriod.Read(text);

        Assert.False(result.Success);
        Assert.Equal(failure, result.Failure);
        Assert.False(ReportingPeriod.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text.AsSpan(), null));
        Assert.Contains(result.Reason.English, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023")]
    [InlineData("2023h1")]
    [InlineData("2023Q4")]
    [InlineData("2023-11")]
    [InlineData("YTD2023-11-10")]
    [InlineData("2021/2025")]
    [InlineData("CY2023-10")]
    [InlineData("2023-01-05/2023-03-10")]
    public void A_period_id_is_read_from_a_span_and_through_the_generic_interfaces(string id)
    {
        var expected = ReportingPeriod.Parse(id);
        var buffer = ("  " + id + "  ").AsSpan();

        Assert.Equal(expected, ReportingPeriod.Read(buffer).Value);
        Assert.Equal(expected, ParseSpan<ReportingPeriod>(id));
        Assert.True(ReportingPeriod.TryParse(id, null, out var read));
        Assert.Equal(expected, read);
    }

    [Fact]
    public void A_period_formats_its_id_or_its_text_into_a_span()
    {
        var quarter = ReportingPeriod.Quarter(2017, 4);
        var buffer = new char[64];

        Assert.True(quarter.TryFormat(buffer, out var written, default, null));
        Assert.Equal("2017Q4", new string(buffer, 0, written));
        Assert.Equal(quarter.ToString(TextCulture.English), quarter.ToString("T", null));
        Assert.Equal("2017Q4", $"{quarter:I}");
        Assert.False(quarter.TryFormat(new char[2], out _, "I", null));
        Assert.Throws<FormatException>(() => quarter.ToString("X", null));
    }

    private static T ParseSpan<T>(string text)
        where T : ISpanParsable<T>
        => T.Parse(text.AsSpan(), null);
}
