using DomainKit.Money;
using DomainKit.Text;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;

namespace DomainKit.Tests.Money;

public sealed class CountRangeTests
{
    private static CountRange Vi(string text) => CountRange.Of(StatedCount.Parse(text, TextCulture.Vietnamese));

    [Fact]
    public void Counts_of_models_by_field_add_up_exactly()
    {
        var sum = CountRange.Sum([CountRange.Exact(51), CountRange.Exact(70), CountRange.Exact(46), Vi("12")]);

        Assert.True(sum.IsExact);
        Assert.Equal(179, sum.Min);
        Assert.Equal(179, sum.Max);
        Assert.Equal(1, sum.Resolution);
        Assert.Equal(StatedCount.Exact(179), sum.ToStated());
        Assert.Equal("179", sum.ToString(TextCulture.Vietnamese));
    }

    [Fact]
    public void Over_five_hundred_plus_over_a_thousand_is_over_fifteen_hundred_and_one()
    {
        var sum = Vi("hơn 500") + Vi("hơn 1.000");

        Assert.Equal(1_502, sum.Min);
        Assert.Null(sum.Max);
        Assert.Equal(1_500, sum.Nominal);
        Assert.Equal("hơn 1.501", sum.ToString(TextCulture.Vietnamese));
        Assert.Equal("over 1,501", sum.ToString());
    }

    [Fact]
    public void Over_a_thousand_gifts_plus_an_exact_count_stays_over()
    {
        var sum = Vi("trên 1.000") + CountRange.Exact(450);

        Assert.Equal(1_451, sum.Min);
        Assert.Equal(new StatedCount(1_450, 1, AmountQualifier.Over), sum.ToStated());
        Assert.Equal("hơn 1.450", sum.ToString(TextCulture.Vietnamese));
    }

    [Fact]
    public void Counts_rounded_to_a_hundred_add_up_to_about_their_sum()
    {
        var sum = Vi("1,2 nghìn") + Vi("2,5 nghìn");

        Assert.Equal(3_600, sum.Min);
        Assert.Equal(3_798, sum.Max);
        Assert.Equal(100, sum.Resolution);
        Assert.Equal("khoảng 3,7 nghìn", sum.ToString(TextCulture.Vietnamese));
        Assert.Equal("about 3.7 thousand", sum.ToString(TextCulture.English));
    }

    [Fact]
    public void A_rounded_count_plus_an_exact_count_stays_plain_only_when_the_rounding_still_holds()
    {
        Assert.Equal("1,3 triệu", (Vi("1,2 triệu") + CountRange.Exact(100_000)).ToString(TextCulture.Vietnamese));
        Assert.Equal("khoảng 1,2 triệu", (Vi("1,2 triệu") + CountRange.Exact(40_000)).ToString(TextCulture.Vietnamese));
        Assert.Equal("khoảng 1,3 triệu", (Vi("1,2 triệu") + CountRange.Exact(60_000)).ToString(TextCulture.Vietnamese));
    }

    [Fact]
    public void Counts_below_bounds_add_up_to_below_a_bound()
    {
        var sum = Vi("dưới 500") + Vi("gần 300");

        Assert.Equal(0, sum.Min);
        Assert.Equal(798, sum.Max);
        Assert.Equal("dưới 799", sum.ToString(TextCulture.Vietnamese));
        Assert.Equal("under 799", sum.ToString(TextCulture.English));
    }

    [Fact]
    public void A_sum_that_no_single_count_can_state_is_written_as_its_range()
    {
        var sum = Vi("khoảng 2 nghìn") + CountRange.Exact(1_234) + Vi("dưới 500");

        Assert.Equal(2_234, sum.Min);
        Assert.Equal(4_733, sum.Max);
        Assert.Null(sum.ToStated());
        Assert.Equal("từ 2 nghìn đến 5 nghìn", sum.ToString(TextCulture.Vietnamese));
        Assert.Equal("from 2 thousand to 5 thousand", sum.ToString(TextCulture.English));
    }

    [Fact]
    public void Every_count_alone_is_written_as_it_was_stated()
    {
        foreach (var text in new[] { "51", "hơn 500", "dưới 500", "khoảng 2 nghìn", "1,2 triệu", "khoảng 2.000", "hơn 1 triệu 200 nghìn" })
        {
            var stated = StatedCount.Parse(text, TextCulture.Vietnamese);
            Assert.Equal(stated, CountRange.Of(stated).ToStated());
        }
    }

    [Fact]
    public void Contains_holds_exactly_the_counts_between_the_bounds()
    {
        var sum = Vi("1,2 nghìn") + Vi("2,5 nghìn");

        Assert.True(sum.Contains(3_600));
        Assert.True(sum.Contains(3_798));
        Assert.False(sum.Contains(3_599));
        Assert.False(sum.Contains(3_799));
        Assert.True(Vi("hơn 500").Contains(long.MaxValue));
    }

    [Fact]
    public void Zero_is_the_default_and_sums_are_commutative_values()
    {
        var (a, b) = (Vi("hơn 500"), Vi("1,2 nghìn"));

        Assert.Equal(CountRange.Zero, default);
        Assert.Equal(CountRange.Zero, CountRange.Sum([]));
        Assert.Equal("0", CountRange.Zero.ToString(TextCulture.Vietnamese));
        Assert.Equal(a + b, b + a);
        Assert.Equal(a + b, CountRange.Add(a, b));
        Assert.True(a + b == b + a);
        Assert.True(a != b);
        Assert.False(a.Equals((object)b));
        Assert.Equal((a + b).GetHashCode(), (b + a).GetHashCode());
    }

    [Fact]
    public void Misuse_and_overflow_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CountRange.Exact(-1));
        Assert.Throws<ArgumentNullException>(() => CountRange.Sum(null!));
        Assert.Throws<OverflowException>(() => CountRange.Exact(long.MaxValue) + CountRange.Exact(1));
        Assert.Throws<OverflowException>(() => CountRange.Sum([CountRange.Exact(long.MaxValue), Vi("hơn 0")]));
    }


    [Property(MaxTest = StatedFigureGen.Runs)]
    public Property The_range_of_a_sum_holds_the_sum_of_every_consistent_choice_and_nothing_beyond_its_ends()
    {
        return Prop.ForAll(StatedFigureGen.Parts(StatedFigureGen.Count).ToArbitrary(), parts =>
        {
            var sum = CountRange.Sum(parts.Select(p => CountRange.Of(p.Stated)));
            Int128 total = 0;
            Int128 least = 0;
            Int128? greatest = 0;
            foreach (var (stated, pick) in parts)
            {
                var (min, max) = stated.ConsistentRange;
                var value = StatedFigureGen.Choose(min, max, stated.Resolution, pick);
                if (!stated.IsConsistentWith((long)value))
                {
                    return false;
                }
                total += value;
                least += min;
                greatest = greatest is { } g && max is { } m ? g + m : null;
            }
            return sum.Contains((long)total) && sum.Min == least && (Int128?)sum.Max == greatest && Allows(sum, (long)total);
        });
    }

    [Property(MaxTest = StatedFigureGen.Runs)]
    public Property The_honest_writing_of_a_sum_holds_its_whole_range_and_reads_back()
    {
        return Prop.ForAll(StatedFigureGen.Parts(StatedFigureGen.Count).ToArbitrary(), parts =>
        {
            var sum = CountRange.Sum(parts.Select(p => CountRange.Of(p.Stated)));
            if (sum.ToStated() is not { } stated)
            {
                var (low, high) = StatedFigureGen.RangeForm(sum.ToString(TextCulture.English));
                return StatedCount.Parse(low, TextCulture.English).Value <= sum.Min
                    && (high is null ? sum.Max is null : sum.Max is { } max && StatedCount.Parse(high, TextCulture.English).Value >= max);
            }
            var (min, top) = stated.ConsistentRange;
            var holds = min <= sum.Min && (top is null || (sum.Max is { } upper && top >= upper));
            var notTooWide = stated.Qualifier != AmountQualifier.About || stated.Resolution <= sum.Max!.Value - sum.Min + 1;
            return holds && notTooWide && StatedFigureGen.Cultures.All(culture => StatedCount.Parse(sum.ToString(culture), culture) == stated);
        });
    }

    private static bool Allows(CountRange sum, long count)
    {
        if (sum.ToStated() is { } stated)
        {
            return stated.IsConsistentWith(count);
        }
        var (low, high) = StatedFigureGen.RangeForm(sum.ToString(TextCulture.English));
        return StatedCount.Parse(low, TextCulture.English).Value <= count && (high is null || count <= StatedCount.Parse(high, TextCulture.English).Value);
    }
}
