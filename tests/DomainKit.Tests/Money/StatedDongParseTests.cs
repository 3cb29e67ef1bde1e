using DomainKit.Money;
using DomainKit.Text;

namespace DomainKit.Tests.Money;

public sealed class StatedDongParseTests
{
    private const TextCulture Vi = TextCulture.Vietnamese;
    private const TextCulture Inv = TextCulture.English;

    private static void AssertReads(string text, TextCulture culture, long value, long resolution, AmountQualifier qualifier = AmountQualifier.None)
    {
        Assert.True(StatedDong.TryParse(text, culture, out var stated), $"'{text}' should parse");
        Assert.Equal(new Dong(value), stated.Value);
        Assert.Equal(new Dong(resolution), stated.Resolution);
        Assert.Equal(qualifier, stated.Qualifier);
        Assert.Equal(stated, StatedDong.Parse(text, culture));
    }

    private static void AssertRefused(string? text, TextCulture culture)
    {
        Assert.False(StatedDong.TryParse(text, culture, out var stated), $"'{text}' should be refused");
        Assert.Equal(default, stated);
        if (text is not null)
        {
            Assert.Throws<FormatException>(() => StatedDong.Parse(text, culture));
        }
    }

    [Theory]
    [InlineData("6.100.542.700 đ", 6_100_542_700L)]
    [InlineData("6.100.542.700đ", 6_100_542_700L)]
    [InlineData("6.100.542.700 đồng", 6_100_542_700L)]
    [InlineData("2.407.798.600 đồng", 2_407_798_600L)]
    [InlineData("1.000 đồng", 1_000L)]
    [InlineData("300.000đ", 300_000L)]
    [InlineData("6100542700", 6_100_542_700L)]
    [InlineData("6.100.542.700 VNĐ", 6_100_542_700L)]
    [InlineData("6.100.542.700 VND", 6_100_542_700L)]
    [InlineData("6.100.542.700 vnđ", 6_100_542_700L)]
    [InlineData("-1.000 đ", -1_000L)]
    [InlineData("0 đ", 0L)]
    [InlineData("6 tỷ 100 triệu 542 nghìn 700 đồng", 6_100_542_700L)]
    [InlineData("2 tỷ 700 đồng", 2_000_000_700L)]
    public void Whole_figures_in_Vietnamese_are_exact(string text, long value) => AssertReads(text, Vi, value, 1);

    [Theory]
    [InlineData("2,5 tỷ đồng", 2_500_000_000L, 100_000_000L)]
    [InlineData("2,5 tỉ", 2_500_000_000L, 100_000_000L)]
    [InlineData("6,1 tỷ", 6_100_000_000L, 100_000_000L)]
    [InlineData("766 triệu đồng", 766_000_000L, 1_000_000L)]
    [InlineData("700 nghìn", 700_000L, 1_000L)]
    [InlineData("700 ngàn", 700_000L, 1_000L)]
    [InlineData("5 tỷ 670 triệu đồng", 5_670_000_000L, 1_000_000L)]
    [InlineData("5 tỷ 670 triệu 500 nghìn đồng", 5_670_500_000L, 1_000L)]
    [InlineData("12.345,7 tỷ đồng", 12_345_700_000_000L, 100_000_000L)]
    [InlineData("2,50 tỷ đồng", 2_500_000_000L, 10_000_000L)]
    [InlineData("1,000000001 tỷ", 1_000_000_001L, 1L)]
    [InlineData("1,25 nghìn đồng", 1_250L, 10L)]
    [InlineData("-2,5 tỷ", -2_500_000_000L, 100_000_000L)]
    public void Scaled_figures_in_Vietnamese_keep_the_resolution_of_their_last_digit(string text, long value, long resolution)
        => AssertReads(text, Vi, value, resolution);

    [Theory]
    [InlineData("trên 5 tỷ 670 triệu đồng", 5_670_000_000L, 1_000_000L, AmountQualifier.Over)]
    [InlineData("hơn 700 triệu đồng", 700_000_000L, 1_000_000L, AmountQualifier.Over)]
    [InlineData("gần 1 tỷ", 1_000_000_000L, 1_000_000_000L, AmountQualifier.Under)]
    [InlineData("dưới 300.000 đ", 300_000L, 1L, AmountQualifier.Under)]
    [InlineData("khoảng 2,5 tỷ", 2_500_000_000L, 100_000_000L, AmountQualifier.About)]
    [InlineData("xấp xỉ 766 triệu đồng", 766_000_000L, 1_000_000L, AmountQualifier.About)]
    public void Vietnamese_qualifiers_are_read(string text, long value, long resolution, AmountQualifier qualifier)
        => AssertReads(text, Vi, value, resolution, qualifier);

    [Theory]
    [InlineData("  TRÊN   5 TỶ 670 TRIỆU ĐỒNG  ")]
    [InlineData("Trên\u00A05\u00A0tỷ\u202F670 triệu\tđồng")]
    [InlineData("tren 5 ty 670 trieu dong")]
    [InlineData("tre\u0302n 5 ty\u0309 670 trie\u0323\u0302u đo\u0302\u0300ng")]
    public void Case_spacing_and_how_marks_are_typed_do_not_matter(string text)
        => AssertReads(text, Vi, 5_670_000_000L, 1_000_000L, AmountQualifier.Over);

    [Theory]
    [InlineData("6,100,542,700 VND", 6_100_542_700L, 1L)]
    [InlineData("6100542700", 6_100_542_700L, 1L)]
    [InlineData("2.5 billion VND", 2_500_000_000L, 100_000_000L)]
    [InlineData("766 million", 766_000_000L, 1_000_000L)]
    [InlineData("700 thousand", 700_000L, 1_000L)]
    [InlineData("6 billion 100 million VND", 6_100_000_000L, 1_000_000L)]
    [InlineData("6 billion 100 million 542 thousand 700 VND", 6_100_542_700L, 1L)]
    [InlineData("12,345.7 billion VND", 12_345_700_000_000L, 100_000_000L)]
    [InlineData("-1,000 VND", -1_000L, 1L)]
    public void Invariant_figures_group_with_commas_and_mark_decimals_with_a_point(string text, long value, long resolution)
        => AssertReads(text, Inv, value, resolution);

    [Theory]
    [InlineData("over 5.67 billion VND", AmountQualifier.Over)]
    [InlineData("more than 5.67 billion VND", AmountQualifier.Over)]
    [InlineData("under 5.67 billion", AmountQualifier.Under)]
    [InlineData("nearly 5.67 billion", AmountQualifier.Under)]
    [InlineData("almost 5.67 billion", AmountQualifier.Under)]
    [InlineData("about 5.67 billion", AmountQualifier.About)]
    [InlineData("around 5.67 billion", AmountQualifier.About)]
    [InlineData("Approximately 5.67 billion VND", AmountQualifier.About)]
    public void English_qualifiers_are_read_in_the_invariant_culture(string text, AmountQualifier qualifier)
        => AssertReads(text, Inv, 5_670_000_000L, 10_000_000L, qualifier);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("đồng")]
    [InlineData("tỷ đồng")]
    [InlineData("trên")]
    [InlineData("1.00.000")]
    [InlineData("1.0000 đ")]
    [InlineData("1000.000 đ")]
    [InlineData("2,5")]
    [InlineData("2,5 đồng")]
    [InlineData("2.5 tỷ")]
    [InlineData("5 triệu 3 tỷ")]
    [InlineData("5 tỷ 3 tỷ")]
    [InlineData("1,0000000001 tỷ")]
    [InlineData("1,0001 nghìn")]
    [InlineData("1 tỷ 2")]
    [InlineData("5 tỷ 1.500 triệu")]
    [InlineData("5 tỷ 1500 triệu")]
    [InlineData("2,5 tỷ 300 triệu")]
    [InlineData("2 tỷ 1.000 đồng")]
    [InlineData("1.000 2.000")]
    [InlineData("007 đ")]
    [InlineData("1.000,")]
    [InlineData("1.000 đ.")]
    [InlineData("- 1.000 đ")]
    [InlineData("trên -1.000 đ")]
    [InlineData("dưới 0 đ")]
    [InlineData("1.000 đ đ")]
    [InlineData("Tổng: 1.000 đ")]
    [InlineData("1.000 $")]
    [InlineData("2.5 billion VND")]
    [InlineData("over 5 tỷ")]
    public void Malformed_Vietnamese_text_is_rejected(string? text) => AssertRefused(text, Vi);

    [Theory]
    [InlineData("1,00,000")]
    [InlineData("2.5")]
    [InlineData("2,5 billion")]
    [InlineData("766 triệu")]
    [InlineData("trên 5 billion")]
    [InlineData("5 million 3 billion")]
    public void Malformed_invariant_text_is_rejected(string text) => AssertRefused(text, Inv);

    [Theory]
    [InlineData("9.223.372.036.854.775.808 đ")]
    [InlineData("-9.223.372.036.854.775.809 đ")]
    [InlineData("9223372036854775808")]
    [InlineData("9.223.372.037 tỷ")]
    [InlineData("99999999999999999999999999999999999999999999 tỷ")]
    [InlineData("9.223.372.036 tỷ 854 triệu 775 nghìn 808 đồng")]
    [InlineData("trên 9.223.372.036.854.775.807 đ")]
    public void Overflowing_text_is_rejected_without_throwing(string text) => AssertRefused(text, Vi);

    [Fact]
    public void The_extremes_of_a_long_are_read()
    {
        AssertReads("9.223.372.036.854.775.807 đ", Vi, long.MaxValue, 1);
        AssertReads("-9.223.372.036.854.775.808 đ", Vi, long.MinValue, 1);
        AssertReads("-9223372036854775808", Inv, long.MinValue, 1);
    }

    [Fact]
    public void Parsing_null_throws_but_trying_does_not()
    {
        Assert.Throws<ArgumentNullException>(() => StatedDong.Parse(null!, Vi));
        Assert.False(StatedDong.TryParse(null, Vi, out _));
        Assert.False(StatedDong.TryParse("1.000 đ", (TextCulture)42, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatedDong.Parse("1.000 đ", (TextCulture)42));
    }
}
