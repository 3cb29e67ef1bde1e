using DomainKit.Money;
using DomainKit.Text;

namespace DomainKit.Tests.Money;

public sealed class StatedDongTests
{
    private static StatedDong Vi(string text) => StatedDong.Parse(text, TextCulture.Vietnamese);

    [Fact]
    public void An_exact_figure_is_consistent_only_with_itself()
    {
        var stated = Vi("6.100.542.700 đ");

        Assert.True(stated.IsExact);
        Assert.Equal((new Dong(6_100_542_700L), (Dong?)new Dong(6_100_542_700L)), stated.ConsistentRange);
        Assert.True(stated.IsConsistentWith(new Dong(6_100_542_700L)));
        Assert.False(stated.IsConsistentWith(new Dong(6_100_542_701L)));
        Assert.False(stated.IsConsistentWith(new Dong(6_100_542_699L)));
    }

    [Fact]
    public void Six_point_one_billion_is_consistent_only_with_its_rounding_interval()
    {
        var stated = Vi("6,1 tỷ");

        Assert.False(stated.IsExact);
        Assert.Equal((new Dong(6_050_000_000L), (Dong?)new Dong(6_149_999_999L)), stated.ConsistentRange);
        Assert.True(stated.IsConsistentWith(new Dong(6_100_542_700L)));
        Assert.True(stated.IsConsistentWith(new Dong(6_050_000_000L)));
        Assert.True(stated.IsConsistentWith(new Dong(6_149_999_999L)));
        Assert.False(stated.IsConsistentWith(new Dong(6_049_999_999L)));
        Assert.False(stated.IsConsistentWith(new Dong(6_150_000_000L)));
    }

    [Fact]
    public void A_negative_rounded_figure_mirrors_its_interval_as_rounding_away_from_zero_does()
    {
        var stated = Vi("-6,1 tỷ");

        Assert.Equal((new Dong(-6_149_999_999L), (Dong?)new Dong(-6_050_000_000L)), stated.ConsistentRange);
        Assert.True(stated.IsConsistentWith(new Dong(-6_050_000_000L)));
        Assert.False(stated.IsConsistentWith(new Dong(-6_150_000_000L)));
    }

    [Fact]
    public void Over_a_figure_has_a_lower_bound_only()
    {
        var stated = Vi("trên 5 tỷ 670 triệu đồng");

        Assert.Equal((new Dong(5_669_500_001L), (Dong?)null), stated.ConsistentRange);
        Assert.True(stated.IsConsistentWith(Dong.MaxValue));
        Assert.True(stated.IsConsistentWith(new Dong(5_669_500_001L)));
        Assert.False(stated.IsConsistentWith(new Dong(5_669_500_000L)));
        Assert.True(Vi("hơn 1.000 đ").IsConsistentWith(new Dong(1_001)));
        Assert.False(Vi("hơn 1.000 đ").IsConsistentWith(new Dong(1_000)));
    }

    [Fact]
    public void Under_a_figure_is_bounded_by_zero_and_the_figure()
    {
        var stated = Vi("gần 1 tỷ");

        Assert.Equal((Dong.Zero, (Dong?)new Dong(1_499_999_999L)), stated.ConsistentRange);
        Assert.True(stated.IsConsistentWith(new Dong(999_000_000L)));
        Assert.False(stated.IsConsistentWith(new Dong(-1)));
        Assert.False(stated.IsConsistentWith(new Dong(1_500_000_000L)));
        Assert.Equal((Dong.Zero, (Dong?)new Dong(299_999)), Vi("dưới 300.000 đ").ConsistentRange);
    }

    [Fact]
    public void About_a_figure_allows_one_resolution_either_side()
    {
        Assert.Equal((new Dong(2_400_000_000L), (Dong?)new Dong(2_600_000_000L)), Vi("khoảng 2,5 tỷ").ConsistentRange);
        Assert.Equal((Dong.Zero, (Dong?)new Dong(2_000_000_000L)), Vi("khoảng 1 tỷ").ConsistentRange);
        Assert.Equal((new Dong(999), (Dong?)new Dong(1_001)), Vi("xấp xỉ 1.000 đ").ConsistentRange);
    }

    [Fact]
    public void Bounds_beyond_a_long_are_clipped()
    {
        var stated = new StatedDong(new Dong(9_223_372_036_000_000_000L), new Dong(1_000_000_000L), AmountQualifier.About);

        Assert.Equal(Dong.MaxValue, stated.ConsistentRange.Max);
        Assert.True(stated.IsConsistentWith(Dong.MaxValue));
    }

    [Fact]
    public void Exact_statements_and_the_default_are_exact_to_the_dong()
    {
        Assert.Equal(Vi("1.000 đ"), StatedDong.Exact(new Dong(1_000)));
        Assert.True(default(StatedDong).IsExact);
        Assert.Equal(new Dong(1), default(StatedDong).Resolution);
        Assert.Equal(StatedDong.Exact(Dong.Zero), default);
    }

    [Fact]
    public void Statements_are_equal_only_with_equal_value_resolution_and_qualifier()
    {
        Assert.Equal(Vi("2,5 tỷ"), Vi("2,5 tỉ đồng"));
        Assert.True(Vi("2,5 tỷ") == Vi("2,5 tỉ"));
        Assert.NotEqual(Vi("6,1 tỷ"), Vi("6.100.000.000 đ"));
        Assert.NotEqual(Vi("6,1 tỷ"), Vi("6,10 tỷ"));
        Assert.True(Vi("6,1 tỷ") != Vi("khoảng 6,1 tỷ"));
        Assert.Equal(Vi("766 triệu").GetHashCode(), Vi("766 triệu đồng").GetHashCode());
        Assert.False(Vi("766 triệu").Equals((object)new Dong(766_000_000L)));
    }

    [Fact]
    public void The_constructor_validates_its_parts()
    {
        var stated = new StatedDong(new Dong(6_100_000_000L), new Dong(100_000_000L), AmountQualifier.Over);
        Assert.Equal(Vi("trên 6,1 tỷ"), stated);

        Assert.Throws<ArgumentOutOfRangeException>(() => new StatedDong(new Dong(1_000), new Dong(0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatedDong(new Dong(1_000), new Dong(500)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatedDong(Dong.Zero, new Dong(10_000_000_000L)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatedDong(new Dong(1_000), new Dong(1), (AmountQualifier)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatedDong(new Dong(-1_000), new Dong(1), AmountQualifier.About));
        Assert.Throws<ArgumentException>(() => new StatedDong(new Dong(1_500), new Dong(1_000)));
        Assert.Throws<ArgumentException>(() => new StatedDong(Dong.Zero, new Dong(1), AmountQualifier.Under));
        Assert.Throws<ArgumentException>(() => new StatedDong(Dong.MaxValue, new Dong(1), AmountQualifier.Over));
    }

    [Theory]
    [InlineData("6.100.542.700 đ", "6.100.542.700 đ", "6,100,542,700 VND")]
    [InlineData("6,1 tỷ", "6,1 tỷ đồng", "6.1 billion VND")]
    [InlineData("2,50 tỷ", "2,50 tỷ đồng", "2.50 billion VND")]
    [InlineData("trên 5 tỷ 670 triệu", "trên 5.670 triệu đồng", "over 5,670 million VND")]
    [InlineData("gần 1 tỷ", "dưới 1 tỷ đồng", "under 1 billion VND")]
    [InlineData("khoảng 700 ngàn", "khoảng 700 nghìn đồng", "about 700 thousand VND")]
    [InlineData("1,25 nghìn", "1,25 nghìn đồng", "1.25 thousand VND")]
    [InlineData("-2,5 tỷ", "-2,5 tỷ đồng", "-2.5 billion VND")]
    public void A_statement_writes_itself_to_its_precision(string text, string vietnamese, string invariant)
    {
        var stated = Vi(text);

        Assert.Equal(vietnamese, stated.ToString(TextCulture.Vietnamese));
        Assert.Equal(invariant, stated.ToString(TextCulture.English));
        Assert.Equal(invariant, stated.ToString());
        Assert.Equal(stated, StatedDong.Parse(vietnamese, TextCulture.Vietnamese));
        Assert.Equal(stated, StatedDong.Parse(invariant, TextCulture.English));
    }

    [Theory]
    [InlineData(9_223_372_036_499_999_999L)]
    [InlineData(-9_223_372_036_499_999_999L)]
    [InlineData(9_223_372_036_449_999_999L)]
    public void Compact_figures_just_inside_half_a_billion_of_the_extremes_read_back_consistently(long value)
    {
        foreach (var culture in (TextCulture[])[TextCulture.Vietnamese, TextCulture.English])
        {
            for (var decimals = 0; decimals <= DongFormat.MaxCompactDecimals; decimals++)
            {
                var text = DongFormat.Format(new Dong(value), DongStyle.Compact, culture, decimals);
                Assert.True(StatedDong.TryParse(text, culture, out var stated), text);
                Assert.True(stated.IsConsistentWith(new Dong(value)), text);
            }
        }
    }

    [Fact]
    public void A_compact_figure_rounded_beyond_64_bits_cannot_be_read_back()
    {
        var text = DongFormat.Format(Dong.MaxValue, DongStyle.Compact, TextCulture.Vietnamese);

        Assert.Equal("9.223.372.036,9 tỷ đồng", text);
        Assert.False(StatedDong.TryParse(text, TextCulture.Vietnamese, out _));
    }
}
