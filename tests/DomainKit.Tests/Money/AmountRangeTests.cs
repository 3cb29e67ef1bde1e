using DomainKit.Money;
using DomainKit.Text;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;

namespace DomainKit.Tests.Money;

public sealed class AmountRangeTests
{
    private static AmountRange Vi(string text) => AmountRange.Of(StatedDong.Parse(text, TextCulture.Vietnamese));

    private static AmountRange Exact(long amount) => AmountRange.Exact(new Dong(amount));

    [Fact]
    public void Over_730_million_plus_an_exact_amount_is_over_the_lower_bound_rounded_to_the_million()
    {
        var sum = Vi("trên 730 triệu") + Exact(12_345_678);

        Assert.Equal(new Dong(741_845_679), sum.Min);
        Assert.Null(sum.Max);
        Assert.Equal(new Dong(742_345_678), sum.Nominal);
        Assert.Equal(new Dong(1_000_000), sum.Resolution);
        Assert.False(sum.IsExact);
        Assert.Equal(StatedDong.Parse("trên 742 triệu", TextCulture.Vietnamese), sum.ToStated());
        Assert.Equal("trên 742 triệu đồng", sum.ToString(TextCulture.Vietnamese));
        Assert.Equal("over 742 million VND", sum.ToString());
    }

    [Fact]
    public void Over_730_million_plus_an_exact_450_million_is_over_1180_million()
    {
        var sum = Vi("trên 730 triệu") + Exact(450_000_000);

        Assert.Equal(new Dong(1_179_500_001), sum.Min);
        Assert.Equal("trên 1.180 triệu đồng", sum.ToString(TextCulture.Vietnamese));
    }

    [Fact]
    public void Two_figures_rounded_to_a_hundred_million_add_up_to_about_their_sum_not_to_a_rounded_figure()
    {
        var sum = Vi("2,5 tỷ") + Vi("1,2 tỷ");

        Assert.Equal(new Dong(3_600_000_000), sum.Min);
        Assert.Equal(new Dong(3_799_999_998), sum.Max);
        Assert.Equal(new Dong(3_700_000_000), sum.Nominal);
        Assert.Equal(new Dong(100_000_000), sum.Resolution);
        Assert.Equal(new StatedDong(new Dong(3_700_000_000), new Dong(100_000_000), AmountQualifier.About), sum.ToStated());
        Assert.Equal("khoảng 3,7 tỷ đồng", sum.ToString(TextCulture.Vietnamese));
        Assert.Equal("about 3.7 billion VND", sum.ToString(TextCulture.English));
        Assert.False(StatedDong.Parse("3,7 tỷ", TextCulture.Vietnamese).IsConsistentWith(sum.Min));
    }

    [Fact]
    public void One_rounded_figure_plus_exact_ones_that_keep_it_within_its_rounding_stays_plain()
    {
        Assert.Equal("2,6 tỷ đồng", (Vi("2,5 tỷ") + Exact(100_000_000)).ToString(TextCulture.Vietnamese));
        Assert.Equal("2,5 tỷ đồng", (Vi("2,5 tỷ") + AmountRange.Zero).ToString(TextCulture.Vietnamese));
    }

    [Fact]
    public void Every_figure_alone_is_written_as_it_was_stated()
    {
        foreach (var text in new[] { "trên 730 triệu", "hơn 700 triệu đồng", "2,5 tỷ", "khoảng 2,5 tỷ", "dưới 100 triệu", "6.100.542.700 đ", "trên 5 tỷ 670 triệu đồng" })
        {
            var stated = StatedDong.Parse(text, TextCulture.Vietnamese);
            Assert.Equal(stated, AmountRange.Of(stated).ToStated());
            Assert.Equal(stated.ToString(TextCulture.Vietnamese), AmountRange.Of(stated).ToString(TextCulture.Vietnamese));
        }
    }

    [Fact]
    public void Over_700_million_plus_rounded_figures_stays_over_with_the_coarsest_resolution()
    {
        var sum = Vi("hơn 700 triệu đồng") + Vi("2,5 tỷ") + Exact(5_000);

        Assert.Equal(new Dong(3_149_505_001), sum.Min);
        Assert.Equal(new Dong(100_000_000), sum.Resolution);
        Assert.Equal("trên 3,1 tỷ đồng", sum.ToString(TextCulture.Vietnamese));
        Assert.True(sum.ToStated()!.Value.IsConsistentWith(sum.Min));
    }

    [Fact]
    public void Sums_of_figures_below_a_bound_are_written_below_a_bound()
    {
        var sum = Vi("gần 100 triệu") + Vi("gần 50 triệu");

        Assert.Equal(Dong.Zero, sum.Min);
        Assert.Equal(new Dong(150_999_998), sum.Max);
        Assert.Equal("dưới 151 triệu đồng", sum.ToString(TextCulture.Vietnamese));
        Assert.Equal("under 151 million VND", sum.ToString(TextCulture.English));
    }

    [Fact]
    public void About_figures_widen_to_a_coarser_about_while_one_can_hold_the_sum()
    {
        var sum = Vi("khoảng 2,5 tỷ") + Vi("khoảng 1,2 tỷ") + Vi("khoảng 3,1 tỷ") + Vi("khoảng 0,9 tỷ") + Vi("khoảng 4,4 tỷ") + Vi("khoảng 1,1 tỷ");

        Assert.Equal(new Dong(12_600_000_000), sum.Min);
        Assert.Equal(new Dong(13_800_000_000), sum.Max);
        Assert.Equal("khoảng 13 tỷ đồng", sum.ToString(TextCulture.Vietnamese));
        Assert.Equal(new Dong(1_000_000_000), sum.ToStated()!.Value.Resolution);
    }

    [Fact]
    public void A_sum_too_wide_for_any_about_is_written_as_the_range_itself()
    {
        var sum = AmountRange.Sum(Enumerable.Repeat(Vi("khoảng 5 tỷ"), 20));

        Assert.Equal(new Dong(80_000_000_000), sum.Min);
        Assert.Equal(new Dong(120_000_000_000), sum.Max);
        Assert.Null(sum.ToStated());
        Assert.Equal("từ 80 tỷ đồng đến 120 tỷ đồng", sum.ToString(TextCulture.Vietnamese));
        Assert.Equal("from 80 billion VND to 120 billion VND", sum.ToString(TextCulture.English));
    }

    [Fact]
    public void An_about_figure_plus_a_small_exact_amount_is_written_as_a_range_rather_than_a_far_coarser_about()
    {
        var sum = Vi("khoảng 2,5 tỷ") + Exact(12_345);

        Assert.Null(sum.ToStated());
        Assert.Equal("từ 2,4 tỷ đồng đến 2,7 tỷ đồng", sum.ToString(TextCulture.Vietnamese));
    }

    [Fact]
    public void A_sum_with_a_negative_lower_bound_is_written_as_a_range_or_from_its_lower_bound_upward()
    {
        var bounded = Exact(-4_000_000_000) + Vi("2,5 tỷ") + Vi("1,2 tỷ");
        var unbounded = AmountRange.Exact(new Dong(-2_000_000_000_000)) + Vi("trên 5 tỷ");

        Assert.Null(bounded.ToStated());
        Assert.Equal(new Dong(-400_000_000), bounded.Min);
        Assert.Equal("từ -0,4 tỷ đồng đến -0,2 tỷ đồng", bounded.ToString(TextCulture.Vietnamese));
        Assert.Null(unbounded.ToStated());
        Assert.Equal("từ -1.996 tỷ đồng trở lên", unbounded.ToString(TextCulture.Vietnamese));
        Assert.Equal("-1,996 billion VND or more", unbounded.ToString(TextCulture.English));
    }

    [Fact]
    public void Exact_amounts_add_up_exactly()
    {
        var sum = AmountRange.Sum([Exact(2_407_798_600), Exact(131_500_000), AmountRange.Of(StatedDong.Exact(new Dong(1)))]);

        Assert.True(sum.IsExact);
        Assert.Equal(sum.Min, sum.Max);
        Assert.Equal(new Dong(1), sum.Resolution);
        Assert.Equal(StatedDong.Exact(new Dong(2_539_298_601)), sum.ToStated());
        Assert.Equal("2.539.298.601 đ", sum.ToString(TextCulture.Vietnamese));
    }

    [Fact]
    public void Zero_is_the_default_the_sum_of_nothing_and_adds_nothing()
    {
        Assert.Equal(AmountRange.Zero, default);
        Assert.Equal(AmountRange.Zero, AmountRange.Sum([]));
        Assert.Equal(AmountRange.Zero, Exact(0));
        Assert.True(AmountRange.Zero.IsExact);
        Assert.Equal(Dong.Zero, AmountRange.Zero.Max);
        Assert.Equal(Vi("2,5 tỷ"), Vi("2,5 tỷ") + AmountRange.Zero);
        Assert.Equal("0 đ", AmountRange.Zero.ToString(TextCulture.Vietnamese));
    }

    [Fact]
    public void Contains_holds_exactly_the_amounts_between_the_bounds()
    {
        var sum = Vi("2,5 tỷ") + Vi("1,2 tỷ");
        var over = Vi("trên 730 triệu");

        Assert.True(sum.Contains(new Dong(3_600_000_000)));
        Assert.True(sum.Contains(new Dong(3_799_999_998)));
        Assert.False(sum.Contains(new Dong(3_599_999_999)));
        Assert.False(sum.Contains(new Dong(3_799_999_999)));
        Assert.True(over.Contains(Dong.MaxValue));
        Assert.False(over.Contains(new Dong(729_500_000)));
    }

    [Fact]
    public void Addition_is_commutative_and_associative_and_Add_is_the_operator()
    {
        var (a, b, c) = (Vi("trên 730 triệu"), Vi("2,5 tỷ"), Exact(12_345));

        Assert.Equal(a + b, b + a);
        Assert.Equal((a + b) + c, a + (b + c));
        Assert.Equal(a + b, AmountRange.Add(a, b));
        Assert.True(a + b == b + a);
        Assert.True(a != b);
        Assert.False(a.Equals((object)b));
        Assert.Equal((a + b).GetHashCode(), (b + a).GetHashCode());
    }

    [Fact]
    public void A_sum_beyond_the_range_of_dong_throws()
    {
        Assert.Throws<OverflowException>(() => AmountRange.Exact(Dong.MaxValue) + Exact(1));
        Assert.Throws<OverflowException>(() => AmountRange.Sum([AmountRange.Exact(Dong.MaxValue), Exact(1)]));
        Assert.Throws<OverflowException>(() => AmountRange.Of(new StatedDong(new Dong(9_223_372_036_000_000_000), new Dong(1_000_000_000), AmountQualifier.About)));
        Assert.Throws<ArgumentNullException>(() => AmountRange.Sum(null!));
    }


    [Property(MaxTest = StatedFigureGen.Runs)]
    public Property The_range_of_a_sum_holds_the_sum_of_every_consistent_choice_and_nothing_beyond_its_ends()
    {
        return Prop.ForAll(StatedFigureGen.Parts(StatedFigureGen.Dong).ToArbitrary(), parts =>
        {
            var sum = AmountRange.Sum(parts.Select(p => AmountRange.Of(p.Stated)));
            Int128 total = 0;
            Int128 least = 0;
            Int128? greatest = 0;
            foreach (var (stated, pick) in parts)
            {
                var (min, max) = stated.ConsistentRange;
                var value = StatedFigureGen.Choose(min.Value, max?.Value, stated.Resolution.Value, pick);
                if (!stated.IsConsistentWith(new Dong((long)value)))
                {
                    return false;
                }
                total += value;
                least += min.Value;
                greatest = greatest is { } g && max is { } m ? g + m.Value : null;
            }
            var amount = new Dong((long)total);
            return sum.Contains(amount) && sum.Min.Value == least && (Int128?)sum.Max?.Value == greatest && Allows(sum, amount);
        });
    }

    [Property(MaxTest = StatedFigureGen.Runs)]
    public Property The_honest_writing_of_a_sum_holds_its_whole_range_and_reads_back()
    {
        return Prop.ForAll(StatedFigureGen.Parts(StatedFigureGen.Dong).ToArbitrary(), parts =>
        {
            var sum = AmountRange.Sum(parts.Select(p => AmountRange.Of(p.Stated)));
            if (sum.ToStated() is not { } stated)
            {
                var (low, high) = StatedFigureGen.RangeForm(sum.ToString(TextCulture.English));
                return StatedDong.Parse(low, TextCulture.English).Value <= sum.Min
                    && (high is null ? sum.Max is null : sum.Max is { } max && StatedDong.Parse(high, TextCulture.English).Value >= max);
            }
            var (min, top) = stated.ConsistentRange;
            var holds = min <= sum.Min && (top is null || (sum.Max is { } upper && top >= upper));
            var notTooWide = stated.Qualifier != AmountQualifier.About || stated.Resolution.Value <= sum.Max!.Value.Value - sum.Min.Value + 1;
            return holds && notTooWide && StatedFigureGen.Cultures.All(culture => StatedDong.Parse(sum.ToString(culture), culture) == stated);
        });
    }

    private static bool Allows(AmountRange sum, Dong amount)
    {
        if (sum.ToStated() is { } stated)
        {
            return stated.IsConsistentWith(amount);
        }
        var (low, high) = StatedFigureGen.RangeForm(sum.ToString(TextCulture.English));
        return StatedDong.Parse(low, TextCulture.English).Value <= amount && (high is null || amount <= StatedDong.Parse(high, TextCulture.English).Value);
    }
}
