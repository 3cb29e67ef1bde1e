using DomainKit.Aggregation;
using DomainKit.Money;
using DomainKit.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainKit.Tests.Aggregation;

public sealed class RateTests
{
    private const int Runs = 1_000;

    private static readonly TextCulture[] Cultures = [TextCulture.Vietnamese, TextCulture.English];

    /// <summary>Counts of every size: small ones (where ties and equal values are common), report-sized ones, and huge ones.</summary>
    private static Gen<long> Count() => Gen.Frequency(
        (3, Gen.Choose(0, 12).Select(n => (long)n)),
        (3, Gen.Choose(0, 10_000).Select(n => (long)n)),
        (2, Gen.Choose(0, int.MaxValue).Two().Select(p => (((long)p.Item1 << 31) | (uint)p.Item2) & long.MaxValue)),
        (1, Gen.Elements(long.MaxValue, long.MaxValue - 1, 1L << 62)));

    private static Gen<Rate> AnyRate() => Count().Two()
        .Select(p => Rate.Of(p.Item1, Math.Max(1, p.Item2)));

    [Fact]
    public void A_rate_keeps_its_fraction_as_given_and_writes_it_without_grouping()
    {
        var rate = Rate.Of(3922, 4127);

        Assert.Equal(3922, rate.Numerator);
        Assert.Equal(4127, rate.Denominator);
        Assert.Equal("3922/4127", rate.ToString());
        Assert.Equal("2/4", Rate.Of(2, 4).ToString());
        Assert.Equal("3.922/4.127", rate.ToFractionString(TextCulture.Vietnamese));
        Assert.Equal("3,922/4,127", rate.ToFractionString(TextCulture.English));
    }

    [Fact]
    public void Bu_Dang_rates_are_95_0_percent_of_all_members_and_100_0_percent_of_the_eligible()
    {
        Assert.Equal("95,0%", Rate.Of(3922, 4127).ToString(TextCulture.Vietnamese));
        Assert.Equal("95.0%", Rate.Of(3922, 4127).ToString(TextCulture.English));
        Assert.Equal("100,0%", Rate.Of(3922, 3922).ToString(TextCulture.Vietnamese));
        Assert.Equal("95,03%", Rate.Of(3922, 4127).ToString(TextCulture.Vietnamese, 2));
        Assert.Equal(95.0m, Rate.Of(3922, 4127).Percent(1));
        Assert.Equal("95.0", Rate.Of(3922, 4127).Percent(1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Percentages_round_half_away_from_zero_exactly()
    {
        // 1/8 = 12.5%: a true tie at zero places, which floating point would also get right; 1/3 is not a tie.
        Assert.Equal("13%", Rate.Of(1, 8).ToString(TextCulture.English, 0));
        Assert.Equal("12.5%", Rate.Of(1, 8).ToString(TextCulture.English, 1));
        Assert.Equal("33.3%", Rate.Of(1, 3).ToString(TextCulture.English));
        Assert.Equal("66.7%", Rate.Of(2, 3).ToString(TextCulture.English));
        // 96.65% exactly is a tie at one place: 1933/2000.
        Assert.Equal("96.7%", Rate.Of(1933, 2000).ToString(TextCulture.English));
        Assert.Equal("96.6%", Rate.Of(19_329_999, 20_000_000).ToString(TextCulture.English));
        Assert.Equal("0,0%", default(Rate).ToString(TextCulture.Vietnamese));
        Assert.Equal("1250,0%", Rate.Of(25, 2).ToString(TextCulture.Vietnamese));
        Assert.Equal(66.667m, Rate.Of(2, 3).Percent(3));
    }

    [Fact]
    public void The_largest_rate_is_formatted_without_overflow()
    {
        var rate = Rate.Of(long.MaxValue, 1);

        Assert.Equal("922337203685477580700.000000%", rate.ToString(TextCulture.English, Rate.MaxDecimals));
        Assert.Equal(922_337_203_685_477_580_700.000000m, rate.Percent(Rate.MaxDecimals));
    }

    [Fact]
    public void A_zero_denominator_is_a_missing_rate_not_zero_and_bad_counts_throw()
    {
        Assert.Null(Rate.TryOf(0, 0));
        Assert.Null(Rate.TryOf(5, 0));
        Assert.Equal(Rate.Of(3, 4), Rate.TryOf(3, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rate.Of(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rate.Of(1, -4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rate.Of(-1, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rate.TryOf(-1, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rate.Of(1, 2).ToString(TextCulture.English, Rate.MaxDecimals + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rate.Of(1, 2).Percent(-1));
    }

    [Fact]
    public void The_default_rate_is_zero_over_one()
    {
        Assert.Equal(0, default(Rate).Numerator);
        Assert.Equal(1, default(Rate).Denominator);
        Assert.Equal(Rate.Of(0, 7), default);
    }

    [Fact]
    public void Equality_is_by_value_so_two_quarters_equal_one_half()
    {
        Assert.Equal(Rate.Of(1, 2), Rate.Of(2, 4));
        Assert.True(Rate.Of(1, 2) == Rate.Of(2, 4));
        Assert.Equal(Rate.Of(1, 2).GetHashCode(), Rate.Of(2, 4).GetHashCode());
        Assert.NotEqual(Rate.Of(3922, 4127), Rate.Of(3922, 3922));
        Assert.True(Rate.Of(3922, 4127) < Rate.Of(3922, 3922));
    }

    [Property(MaxTest = Runs)]
    public Property Equality_and_hashing_are_value_based_for_random_rates_scaled_by_any_factor()
    {
        return Prop.ForAll(AnyRate().ToArbitrary(), Gen.Choose(1, 1000).ToArbitrary(), (rate, factor) =>
        {
            var scaled = rate.Numerator <= long.MaxValue / factor && rate.Denominator <= long.MaxValue / factor
                ? Rate.Of(rate.Numerator * factor, rate.Denominator * factor)
                : rate;
            return scaled == rate && scaled.Equals((object)rate) && scaled.GetHashCode() == rate.GetHashCode()
                && scaled.CompareTo(rate) == 0;
        });
    }

    [Property(MaxTest = Runs)]
    public Property Ordering_is_cross_multiplication_in_128_bits_and_is_antisymmetric()
    {
        return Prop.ForAll(AnyRate().ToArbitrary(), AnyRate().ToArbitrary(), (a, b) =>
        {
            var expected = ((Int128)a.Numerator * b.Denominator).CompareTo((Int128)b.Numerator * a.Denominator);
            return Math.Sign(a.CompareTo(b)) == Math.Sign(expected)
                && Math.Sign(b.CompareTo(a)) == -Math.Sign(expected)
                && (a == b) == (expected == 0)
                && (a < b) == (expected < 0) && (a >= b) == (expected >= 0);
        });
    }

    [Property(MaxTest = Runs)]
    public Property A_formatted_rate_parses_back_as_a_statement_consistent_with_the_rate_in_both_cultures()
    {
        return Prop.ForAll(AnyRate().ToArbitrary(), Gen.Choose(0, Rate.MaxDecimals).ToArbitrary(), (rate, decimals) =>
        {
            foreach (var culture in Cultures)
            {
                var text = rate.ToString(culture, decimals).Replace(culture == TextCulture.Vietnamese ? "." : ",", string.Empty, StringComparison.Ordinal);
                if (!StatedRate.TryParse(text, culture, out var stated))
                {
                    // Rates of 10^12 % and more are beyond what a statement holds.
                    if (rate.Percent(0) < 1_000_000_000_000m)
                    {
                        return false;
                    }
                    continue;
                }
                if (!stated.IsConsistentWith(rate) || stated.Decimals != decimals || stated.DifferenceFrom(rate) != 0
                    || stated != StatedRate.Of(rate, decimals) || stated.ToString(culture) != text)
                {
                    return false;
                }
            }
            return true;
        });
    }

    [Property(MaxTest = Runs)]
    public Property An_unqualified_statement_is_consistent_exactly_when_the_rate_rounds_to_it()
    {
        return Prop.ForAll(AnyRate().ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), (rate, units, decimals) =>
        {
            var stated = StatedRate.Parse(Rate.FormatPercent(units, decimals, TextCulture.English), TextCulture.English);
            return stated.IsConsistentWith(rate) == (rate.Percent(decimals) == stated.Value)
                && (stated.DifferenceFrom(rate) == 0) == stated.IsConsistentWith(rate);
        });
    }
}

public sealed class StatedRateTests
{
    [Theory]
    [InlineData("96,7%", 96.7, 1, AmountQualifier.None)]
    [InlineData("đạt tỷ lệ 96,7%", 96.7, 1, AmountQualifier.None)]
    [InlineData("dat ty le 96,7 %", 96.7, 1, AmountQualifier.None)]
    [InlineData("Đạt tỉ lệ 95,0%", 95.0, 1, AmountQualifier.None)]
    [InlineData("100%", 100, 0, AmountQualifier.None)]
    [InlineData("gần 100%", 100, 0, AmountQualifier.Under)]
    [InlineData("trên 95%", 95, 0, AmountQualifier.Over)]
    [InlineData("đạt tỷ lệ khoảng 80,25%", 80.25, 2, AmountQualifier.About)]
    [InlineData("  05%  ", 5, 0, AmountQualifier.None)]
    public void Vietnamese_percentages_parse_with_their_places_and_qualifier(string text, double value, int decimals, AmountQualifier qualifier)
    {
        var stated = StatedRate.Parse(text, TextCulture.Vietnamese);

        Assert.Equal((decimal)value, stated.Value);
        Assert.Equal(decimals, stated.Decimals);
        Assert.Equal(qualifier, stated.Qualifier);
    }

    [Theory]
    [InlineData("96.7%", 96.7, 1, AmountQualifier.None)]
    [InlineData("a rate of 96.7%", 96.7, 1, AmountQualifier.None)]
    [InlineData("nearly 100%", 100, 0, AmountQualifier.Under)]
    [InlineData("more than 95.0 %", 95.0, 1, AmountQualifier.Over)]
    public void Invariant_percentages_parse_with_their_places_and_qualifier(string text, double value, int decimals, AmountQualifier qualifier)
    {
        var stated = StatedRate.Parse(text, TextCulture.English);

        Assert.Equal((decimal)value, stated.Value);
        Assert.Equal(decimals, stated.Decimals);
        Assert.Equal(qualifier, stated.Qualifier);
    }

    [Theory]
    [InlineData("96.7%", TextCulture.Vietnamese)]
    [InlineData("96,7%", TextCulture.English)]
    [InlineData("96,7", TextCulture.Vietnamese)]
    [InlineData("%", TextCulture.Vietnamese)]
    [InlineData("-5%", TextCulture.Vietnamese)]
    [InlineData("96,7% đảng viên", TextCulture.Vietnamese)]
    [InlineData("khoảng", TextCulture.Vietnamese)]
    [InlineData("96,%", TextCulture.Vietnamese)]
    [InlineData("1,2345678%", TextCulture.Vietnamese)]
    [InlineData("", TextCulture.Vietnamese)]
    [InlineData(null, TextCulture.Vietnamese)]
    public void Text_that_is_not_a_percentage_in_the_culture_is_refused(string? text, TextCulture culture)
    {
        Assert.False(StatedRate.TryParse(text, culture, out _));
        if (text is not null)
        {
            Assert.Throws<FormatException>(() => StatedRate.Parse(text, culture));
        }
    }

    [Fact]
    public void Ninety_six_point_seven_percent_is_consistent_from_96_65_up_to_but_not_including_96_75()
    {
        var stated = StatedRate.Parse("96,7%", TextCulture.Vietnamese);

        Assert.True(stated.IsConsistentWith(Rate.Of(9665, 10_000)));
        Assert.False(stated.IsConsistentWith(Rate.Of(966_499_999, 1_000_000_000)));
        Assert.True(stated.IsConsistentWith(Rate.Of(967_499_999, 1_000_000_000)));
        Assert.False(stated.IsConsistentWith(Rate.Of(9675, 10_000)));
        Assert.False(stated.IsConsistentWith(Rate.Of(3922, 4127)));
        Assert.False(stated.IsConsistentWith(Rate.Of(3922, 3922)));
    }

    [Fact]
    public void Qualified_statements_bound_the_rate_on_one_side_or_both()
    {
        var nearlyAll = StatedRate.Parse("gần 100%", TextCulture.Vietnamese);
        var over = StatedRate.Parse("trên 95%", TextCulture.Vietnamese);
        var about = StatedRate.Parse("khoảng 96%", TextCulture.Vietnamese);

        Assert.True(nearlyAll.IsConsistentWith(Rate.Of(3922, 4127)));
        Assert.True(nearlyAll.IsConsistentWith(Rate.Of(1, 1)));
        Assert.False(nearlyAll.IsConsistentWith(Rate.Of(201, 200)));
        Assert.True(over.IsConsistentWith(Rate.Of(3922, 4127)));
        Assert.False(over.IsConsistentWith(Rate.Of(189, 200)));
        Assert.True(over.IsConsistentWith(Rate.Of(1891, 2000)));
        Assert.True(about.IsConsistentWith(Rate.Of(95, 100)));
        Assert.True(about.IsConsistentWith(Rate.Of(97, 100)));
        Assert.False(about.IsConsistentWith(Rate.Of(9701, 10_000)));
    }

    [Fact]
    public void The_difference_is_stated_minus_exact_at_the_stated_places_in_percentage_points()
    {
        var stated = StatedRate.Parse("96,7%", TextCulture.Vietnamese);

        Assert.Equal(1.7m, stated.DifferenceFrom(Rate.Of(3922, 4127)));
        Assert.Equal(-3.3m, stated.DifferenceFrom(Rate.Of(3922, 3922)));
        Assert.Equal(0.0m, stated.DifferenceFrom(Rate.Of(967, 1000)));
        Assert.Equal("1.7", stated.DifferenceFrom(Rate.Of(3922, 4127)).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_statement_writes_back_with_its_places_and_qualifier()
    {
        Assert.Equal("96,7%", StatedRate.Parse("đạt tỷ lệ 96,7%", TextCulture.Vietnamese).ToString(TextCulture.Vietnamese));
        Assert.Equal("96.7%", StatedRate.Parse("96,7%", TextCulture.Vietnamese).ToString());
        // "gần" (nearly) and "dưới" (under) bound the rate alike, and are written as "dưới".
        Assert.Equal("dưới 100%", StatedRate.Parse("gần 100%", TextCulture.Vietnamese).ToString(TextCulture.Vietnamese));
        Assert.Equal("under 100%", StatedRate.Parse("gần 100%", TextCulture.Vietnamese).ToString());
        Assert.Equal("95,0%", new StatedRate(95.0m).ToString(TextCulture.Vietnamese));
        Assert.NotEqual(new StatedRate(95m), new StatedRate(95.0m));
        Assert.Equal(new StatedRate(96.7m), StatedRate.Parse("96,7%", TextCulture.Vietnamese));
        Assert.Equal("0%", default(StatedRate).ToString());
        Assert.Equal(0.1m, new StatedRate(96.7m).Resolution);
    }

    [Fact]
    public void Bad_constructor_arguments_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatedRate(-1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatedRate(1.1234567m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatedRate(1_000_000_000_000m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatedRate(1m, (AmountQualifier)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatedRate.Parse("1%", (TextCulture)9));
    }
}
