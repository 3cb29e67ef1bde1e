using DomainKit.Text;

namespace DomainKit.Tests.Export;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("+A1")]
    [InlineData("-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    [InlineData("-")]
    [InlineData("-1.000.000 đồng)")]
    public void Text_a_spreadsheet_would_read_as_a_formula_is_formula_like(string text)
    {
        Assert.True(SpreadsheetText.IsFormulaLike(text));
        Assert.Equal("'" + text, SpreadsheetText.Neutralise(text));
    }

    [Theory]
    [InlineData("-1.000.000 đ")]
    [InlineData("-1,000,000 VND")]
    [InlineData("-250000")]
    [InlineData("-5,5%")]
    [InlineData("-1 234 đồng")]
    [InlineData("Xã An Bình")]
    [InlineData("")]
    [InlineData("1+1")]
    public void Numbers_as_DomainKit_writes_them_and_plain_text_are_left_alone(string text)
    {
        Assert.False(SpreadsheetText.IsFormulaLike(text));
        Assert.Same(text, SpreadsheetText.Neutralise(text));
    }

    [Fact]
    public void Null_text_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => SpreadsheetText.IsFormulaLike(null!));
    }
}
