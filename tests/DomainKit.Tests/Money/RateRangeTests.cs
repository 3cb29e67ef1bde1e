using DomainKit.Money;
using DomainKit.Text;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;

namespace DomainKit.Tests.Money;

public sealed class RateRangeTests
{
    private static CountRange Count(string text) => CountRange.Of(StatedCount.Parse(text, TextCulture.Vietnamese));

    private static StatedRate Stated(string text) => StatedRate.Parse(text, TextCulture.Vietnamese);

    [Fact]
    public void Exact_counts_give_one_rate_written_to_its_decimals()
    {
        var range = RateRange.Of(CountRange.Exact(3_922), CountRange.Exact(4_127));

        Assert.True(range.IsDetermined);
        Assert.True(range.IsExact);
        Assert.Equal(Rate.Of(3_922, 4_127), range.Lowest);
        Assert.Equal(Rate.Of(3_922, 4_127), range.Highest);
        Assert.Equal(StatedRate.Of(Rate.Of(3_922, 4_127), 1), range.ToStated());
        Assert.Equal("95,0%", range.ToString(TextCulture.Vietnamese));
        Assert.Equal("95.03%", range.ToString(TextCulture.English, 2));
        Assert.Equal("95.0%", range.ToString());
    }

    [Fact]
    public void A_stated_rate_is_checked_against_exact_counts_as_against_their_rate()
    {
        var registered = RateRange.Of(CountRange.Exact(3_922), CountRange.Exact(4_127));
        var eligible = RateRange.Of(CountRange.Exact(3_922), CountRange.Exact(4_127 - 205));

        Assert.False(registered.IsConsistentWith(Stated("96,7%")));
        Assert.True(registered.IsConsistentWith(Stated("95,0%")));
        Assert.True(registered.IsConsistentWith(Stated("95%")));
        Assert.True(registered.IsConsistentWith(Stated("gần 100%")));
        Assert.True(registered.IsConsistentWith(Stated("trên 90%")));
        Assert.False(registered.IsConsistentWith(Stated("trên 96%")));
        Assert.True(registered.IsConsistentWith(Stated("khoảng 96%")));
        Assert.False(registered.IsConsistentWith(Stated("khoảng 96,7%")));
        Assert.True(eligible.IsConsistentWith(Stated("100%")));
        Assert.False(eligible.IsConsistentWith(Stated("96,7%")));
    }

    [Fact]
    public void An_approximate_denominator_gives_a_range_a_stated_rate_may_fall_in()
    {
        var range = RateRange.Of(CountRange.Exact(3_922), Count("khoảng 4 nghìn"));

        Assert.Equal(Rate.Of(3_922, 5_000), range.Lowest);
        Assert.Equal(Rate.Of(3_922, 3_000), range.Highest);
        Assert.False(range.IsExact);
        Assert.Null(range.ToStated());
        Assert.Equal("từ 78,4% đến 130,8%", range.ToString(TextCulture.Vietnamese));
        Assert.Equal("from 78.4% to 130.8%", range.ToString(TextCulture.English));
        Assert.True(range.IsConsistentWith(Stated("96,7%")));
        Assert.False(range.IsConsistentWith(Stated("78,3%")));
        Assert.True(range.IsConsistentWith(Stated("78,4%")));
        Assert.True(range.IsConsistentWith(Stated("dưới 78%")));
        Assert.False(range.IsConsistentWith(Stated("dưới 77%")));
        Assert.True(range.IsConsistentWith(Stated("khoảng 130,8%")));
        Assert.False(range.IsConsistentWith(Stated("khoảng 130,9%")));
        Assert.True(range.IsConsistentWith(Stated("trên 131%")));
        Assert.False(range.IsConsistentWith(Stated("trên 132%")));
    }

    [Fact]
    public void A_narrow_range_is_written_about_its_middle()
    {
        var range = RateRange.Of(CountRange.Exact(967), Count("khoảng 1.000"));

        Assert.Equal(new StatedRate(96.7m, AmountQualifier.About), range.ToStated());
        Assert.Equal("khoảng 96,7%", range.ToString(TextCulture.Vietnamese));
        Assert.Equal("97%", range.ToString(TextCulture.Vietnamese, 0));
    }

    [Fact]
    public void A_numerator_with_no_upper_bound_gives_only_the_lowest_rate()
    {
        var range = RateRange.Of(Count("hơn 3.900"), CountRange.Exact(4_127));

        Assert.False(range.IsDetermined);
        Assert.Equal(Rate.Of(3_901, 4_127), range.Lowest);
        Assert.Null(range.Highest);
        Assert.Equal(new StatedRate(94.5m, AmountQualifier.Over), range.ToStated());
        Assert.Equal("trên 94,5%", range.ToString(TextCulture.Vietnamese));
        Assert.True(range.IsConsistentWith(Stated("96,7%")));
        Assert.False(range.IsConsistentWith(Stated("50%")));
        Assert.True(range.Contains(Rate.Of(5, 1)));
        Assert.False(range.Contains(Rate.Of(1, 2)));
    }

    [Fact]
    public void A_denominator_that_may_be_zero_leaves_the_rate_undetermined()
    {
        var range = RateRange.Of(CountRange.Exact(5), Count("dưới 10"));

        Assert.False(range.IsDetermined);
        Assert.False(range.IsExact);
        Assert.Null(range.Lowest);
        Assert.Null(range.Highest);
        Assert.Null(range.ToStated());
        Assert.Equal("không xác định", range.ToString(TextCulture.Vietnamese));
        Assert.Equal("undetermined", range.ToString(TextCulture.English));
        Assert.True(range.Contains(Rate.Of(0, 1)));
        Assert.True(range.IsConsistentWith(Stated("96,7%")));
        Assert.Equal("undetermined", default(RateRange).ToString());
    }

    [Fact]
    public void A_denominator_with_no_upper_bound_lets_the_rate_fall_towards_zero()
    {
        var range = RateRange.Of(CountRange.Exact(3_922), Count("trên 4.000"));

        Assert.Equal(Rate.Of(0, 1), range.Lowest);
        Assert.Equal(Rate.Of(3_922, 4_001), range.Highest);
        Assert.Equal("từ 0,0% đến 98,1%", range.ToString(TextCulture.Vietnamese));
        Assert.True(RateRange.Of(CountRange.Zero, Count("trên 4.000")).IsExact);
        Assert.Equal("0,0%", RateRange.Of(CountRange.Zero, Count("trên 4.000")).ToString(TextCulture.Vietnamese));
    }

    [Fact]
    public void Contains_holds_the_rates_between_the_ends_both_included()
    {
        var range = RateRange.Of(Count("khoảng 2.000"), CountRange.Exact(4_000));

        Assert.True(range.Contains(Rate.Of(1_999, 4_000)));
        Assert.True(range.Contains(Rate.Of(2_001, 4_000)));
        Assert.True(range.Contains(Rate.Of(1, 2)));
        Assert.False(range.Contains(Rate.Of(1_998, 4_000)));
        Assert.False(range.Contains(Rate.Of(2_002, 4_000)));
    }

    [Fact]
    public void Ranges_of_the_same_counts_are_equal()
    {
        var a = RateRange.Of(CountRange.Exact(1), Count("khoảng 2.000"));

        Assert.Equal(a, RateRange.Of(CountRange.Exact(1), Count("khoảng 2.000")));
        Assert.True(a == RateRange.Of(CountRange.Exact(1), Count("khoảng 2.000")));
        Assert.True(a != RateRange.Of(CountRange.Exact(2), Count("khoảng 2.000")));
        Assert.Equal(CountRange.Exact(1), a.Numerator);
        Assert.Equal(Count("khoảng 2.000"), a.Denominator);
        Assert.False(a.Equals((object)1));
        Assert.Equal(a.GetHashCode(), RateRange.Of(CountRange.Exact(1), Count("khoảng 2.000")).GetHashCode());
    }

    [Fact]
    public void Decimals_out_of_range_are_refused()
    {
        var range = RateRange.Of(CountRange.Exact(1), CountRange.Exact(3));

        Assert.Throws<ArgumentOutOfRangeException>(() => range.ToStated(7));
        Assert.Throws<ArgumentOutOfRangeException>(() => range.ToString(TextCulture.Vietnamese, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => range.ToString((TextCulture)9));
    }


    [Property(MaxTest = StatedFigureGen.Runs)]
    public Property A_rate_range_holds_the_rate_of_every_consistent_choice_of_counts_and_its_writing_allows_it()
    {
        var side = StatedFigureGen.Parts(StatedFigureGen.Count).Select(parts => parts.Take(3).ToArray());
        return Prop.ForAll(side.Two().ToArbitrary(), pair =>
        {
            var (numerator, denominator) = pair;
            static (CountRange Range, long Choice) Choose((StatedCount Stated, int Pick)[] parts)
            {
                Int128 total = 0;
                foreach (var (stated, pick) in parts)
                {
                    var (min, max) = stated.ConsistentRange;
                    total += StatedFigureGen.Choose(min, max, stated.Resolution, pick);
                }
                return (CountRange.Sum(parts.Select(p => CountRange.Of(p.Stated))), (long)total);
            }
            var (n, chosenN) = Choose(numerator);
            var (d, chosenD) = Choose(denominator);
            var range = RateRange.Of(n, d);
            if (chosenD == 0)
            {
                // No rate for this choice; a range whose denominator may be zero is undetermined.
                return !range.IsDetermined && range.Lowest is null;
            }
            var rate = Rate.Of(chosenN, chosenD);
            // A stated rate stops short of a trillion per cent.
            return range.Contains(rate)
                && (chosenN / chosenD >= 1_000_000_000 || Enumerable.Range(0, 3).All(decimals =>
                    range.IsConsistentWith(StatedRate.Of(rate, decimals))
                    && (range.ToStated(decimals) is not { } stated || stated.IsConsistentWith(rate))));
        });
    }
}
