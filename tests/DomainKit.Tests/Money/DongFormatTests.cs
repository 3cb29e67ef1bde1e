using DomainKit.Money;
using DomainKit.Text;

namespace DomainKit.Tests.Money;

public sealed class DongFormatTests
{
    private const TextCulture Vi = TextCulture.Vietnamese;
    private const TextCulture Inv = TextCulture.English;

    private static string Format(long value, DongStyle style, TextCulture culture) => DongFormat.Format(new Dong(value), style, culture);

    [Fact]
    public void Full_style_in_Vietnamese_groups_with_dots()
    {
        Assert.Equal("6.100.542.700 đ", Format(6_100_542_700L, DongStyle.Full, Vi));
        Assert.Equal("1.000 đ", Format(1_000, DongStyle.Full, Vi));
        Assert.Equal("700 đ", Format(700, DongStyle.Full, Vi));
        Assert.Equal("0 đ", Format(0, DongStyle.Full, Vi));
    }

    [Fact]
    public void Full_style_invariant_groups_with_commas_and_writes_VND()
        => Assert.Equal("6,100,542,700 VND", Format(6_100_542_700L, DongStyle.Full, Inv));

    [Fact]
    public void Full_style_puts_a_minus_before_negative_amounts()
    {
        Assert.Equal("-1.000 đ", Format(-1_000, DongStyle.Full, Vi));
        Assert.Equal("-9.223.372.036.854.775.808 đ", Format(long.MinValue, DongStyle.Full, Vi));
        Assert.Equal("9,223,372,036,854,775,807 VND", Format(long.MaxValue, DongStyle.Full, Inv));
    }

    [Theory]
    [InlineData(6_100_542_700L, "6,1 tỷ đồng", "6.1 billion VND")]
    [InlineData(766_000_000L, "766 triệu đồng", "766 million VND")]
    [InlineData(2_500_000_000L, "2,5 tỷ đồng", "2.5 billion VND")]
    [InlineData(950L, "950 đồng", "950 VND")]
    [InlineData(0L, "0 đồng", "0 VND")]
    [InlineData(700_000L, "700 nghìn đồng", "700 thousand VND")]
    [InlineData(1_000L, "1 nghìn đồng", "1 thousand VND")]
    [InlineData(5_670_000_000L, "5,7 tỷ đồng", "5.7 billion VND")]
    [InlineData(12_345_678_900_000L, "12.345,7 tỷ đồng", "12,345.7 billion VND")]
    [InlineData(-6_100_542_700L, "-6,1 tỷ đồng", "-6.1 billion VND")]
    [InlineData(long.MaxValue, "9.223.372.036,9 tỷ đồng", "9,223,372,036.9 billion VND")]
    [InlineData(long.MinValue, "-9.223.372.036,9 tỷ đồng", "-9,223,372,036.9 billion VND")]
    public void Compact_style_scales_to_the_largest_word_with_one_decimal(long value, string vietnamese, string invariant)
    {
        Assert.Equal(vietnamese, Format(value, DongStyle.Compact, Vi));
        Assert.Equal(invariant, Format(value, DongStyle.Compact, Inv));
    }

    [Fact]
    public void Compact_style_rounds_half_away_from_zero()
    {
        Assert.Equal("6,2 tỷ đồng", Format(6_150_000_000L, DongStyle.Compact, Vi));
        Assert.Equal("6,1 tỷ đồng", Format(6_149_999_999L, DongStyle.Compact, Vi));
        Assert.Equal("-6,2 tỷ đồng", Format(-6_150_000_000L, DongStyle.Compact, Vi));
        Assert.Equal("-6,1 tỷ đồng", Format(-6_149_999_999L, DongStyle.Compact, Vi));
    }

    [Fact]
    public void Compact_style_drops_trailing_zeros()
    {
        Assert.Equal("6 tỷ đồng", Format(6_020_000_000L, DongStyle.Compact, Vi));
        Assert.Equal("2,5 tỷ đồng", DongFormat.Format(new Dong(2_500_000_000L), DongStyle.Compact, Vi, 3));
    }

    [Fact]
    public void Compact_style_promotes_to_the_next_scale_when_rounding_reaches_a_thousand()
    {
        Assert.Equal("1 tỷ đồng", Format(999_960_000L, DongStyle.Compact, Vi));
        Assert.Equal("1 billion VND", Format(999_950_000L, DongStyle.Compact, Inv));
        Assert.Equal("999,9 triệu đồng", Format(999_949_999L, DongStyle.Compact, Vi));
        Assert.Equal("1 triệu đồng", Format(999_999L, DongStyle.Compact, Vi));
        Assert.Equal("1,2 triệu đồng", Format(1_234_567L, DongStyle.Compact, Vi));
    }

    [Fact]
    public void Compact_style_takes_zero_to_three_decimals()
    {
        var amount = new Dong(6_100_542_700L);

        Assert.Equal("6 tỷ đồng", DongFormat.Format(amount, DongStyle.Compact, Vi, 0));
        Assert.Equal("6,1 tỷ đồng", DongFormat.Format(amount, DongStyle.Compact, Vi, 2));
        Assert.Equal("6,101 tỷ đồng", DongFormat.Format(amount, DongStyle.Compact, Vi, 3));
        Assert.Equal("999,999 triệu đồng", DongFormat.Format(new Dong(999_999_499L), DongStyle.Compact, Vi, 3));
        Assert.Equal("1 tỷ đồng", DongFormat.Format(new Dong(999_999_500L), DongStyle.Compact, Vi, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => DongFormat.Format(amount, DongStyle.Compact, Vi, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => DongFormat.Format(amount, DongStyle.Compact, Vi, -1));
    }

    [Fact]
    public void Words_style_names_every_non_zero_group()
    {
        Assert.Equal("6 tỷ 100 triệu 542 nghìn 700 đồng", Format(6_100_542_700L, DongStyle.Words, Vi));
        Assert.Equal("5 tỷ 670 triệu đồng", Format(5_670_000_000L, DongStyle.Words, Vi));
        Assert.Equal("2 tỷ 700 đồng", Format(2_000_000_700L, DongStyle.Words, Vi));
        Assert.Equal("700 nghìn đồng", Format(700_000L, DongStyle.Words, Vi));
        Assert.Equal("950 đồng", Format(950L, DongStyle.Words, Vi));
        Assert.Equal("6 billion 100 million 542 thousand 700 VND", Format(6_100_542_700L, DongStyle.Words, Inv));
        Assert.Equal("-2 billion 700 VND", Format(-2_000_000_700L, DongStyle.Words, Inv));
    }

    [Fact]
    public void Words_style_writes_zero_as_zero_dong()
    {
        Assert.Equal("0 đồng", Format(0, DongStyle.Words, Vi));
        Assert.Equal("0 VND", Format(0, DongStyle.Words, Inv));
    }

    [Fact]
    public void Words_style_groups_a_count_of_a_thousand_billion_or_more()
    {
        Assert.Equal("9.223.372.036 tỷ 854 triệu 775 nghìn 807 đồng", Format(long.MaxValue, DongStyle.Words, Vi));
        Assert.Equal("-9,223,372,036 billion 854 million 775 thousand 808 VND", Format(long.MinValue, DongStyle.Words, Inv));
        Assert.Equal("1.000 tỷ đồng", Format(1_000_000_000_000L, DongStyle.Words, Vi));
    }

    [Fact]
    public void Plain_style_writes_only_digits_in_both_cultures()
    {
        Assert.Equal("6100542700", Format(6_100_542_700L, DongStyle.Plain, Vi));
        Assert.Equal("6100542700", Format(6_100_542_700L, DongStyle.Plain, Inv));
        Assert.Equal("-5", Format(-5, DongStyle.Plain, Vi));
        Assert.Equal("-9223372036854775808", Format(long.MinValue, DongStyle.Plain, Inv));
    }

    [Fact]
    public void Undefined_styles_and_cultures_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Format(1, (DongStyle)42, Vi));
        Assert.Throws<ArgumentOutOfRangeException>(() => Format(1, DongStyle.Full, (TextCulture)42));
    }
}
