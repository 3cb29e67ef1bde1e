using DomainKit.Money;
using DomainKit.Text;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;

namespace DomainKit.Tests.Money;

public sealed class QuantityRangeTests
{
    private static QuantityRange Vi(string text) => QuantityRange.Of(StatedQuantity.Parse(text, TextCulture.Vietnamese));

    [Fact]
    public void A_rounded_length_plus_an_exact_one_keeps_its_rounding()
    {
        var sum = Vi("12,5 km") + Vi("3 km");

        Assert.Equal(15.45m, sum.Min);
        Assert.Equal(15.55m, sum.Max);
        Assert.Equal(15.5m, sum.Nominal);
        Assert.Equal(0.1m, sum.Resolution);
        Assert.Equal("km", sum.Unit);
        Assert.Equal(StatedQuantity.Parse("15,5 km", TextCulture.Vietnamese), sum.ToStated());
        Assert.Equal("15,5 km", sum.ToString(TextCulture.Vietnamese));
        Assert.True(sum.Contains(15.45m));
        Assert.False(sum.Contains(15.55m));
    }

    [Fact]
    public void Two_rounded_lengths_add_up_to_about_their_sum()
    {
        var sum = Vi("12,5 km") + Vi("3,2 km");

        Assert.Equal(15.6m, sum.Min);
        Assert.Equal(15.8m, sum.Max);
        Assert.False(sum.Contains(15.8m));
        Assert.Equal("khoảng 15,7 km", sum.ToString(TextCulture.Vietnamese));
        Assert.Equal("about 15.7 km", sum.ToString());
    }

    [Fact]
    public void About_three_tonnes_plus_two_is_about_five()
    {
        Assert.Equal("khoảng 5 tấn", (Vi("khoảng 3 tấn") + Vi("2 tấn")).ToString(TextCulture.Vietnamese));
        Assert.Equal("2.500 kg", (Vi("2.000 kg") + Vi("500 kg")).ToString(TextCulture.Vietnamese));
    }

    [Fact]
    public void Over_a_length_plus_a_rounded_one_stays_over_at_the_coarser_resolution()
    {
        var sum = Vi("trên 2.000 m") + Vi("1,5 nghìn m");

        Assert.Equal(3_450m, sum.Min);
        Assert.False(sum.Contains(3_450m));
        Assert.True(sum.Contains(3_450.0000001m));
        Assert.Null(sum.Max);
        Assert.Equal("trên 3,5 nghìn m", sum.ToString(TextCulture.Vietnamese));
    }

    [Fact]
    public void Quantities_below_bounds_add_up_below_a_bound()
    {
        Assert.Equal("dưới 8 km", (Vi("dưới 5 km") + Vi("dưới 3 km")).ToString(TextCulture.Vietnamese));
    }

    [Fact]
    public void A_sum_no_single_quantity_can_state_is_written_as_its_range()
    {
        var sum = Vi("khoảng 3 tấn") + Vi("76,5 tấn");

        Assert.Null(sum.ToStated());
        Assert.Equal("từ 78 tấn đến 81 tấn", sum.ToString(TextCulture.Vietnamese));
        Assert.Equal("from 78 tấn to 81 tấn", sum.ToString(TextCulture.English));
    }

    [Fact]
    public void An_exact_total_with_decimals_is_written_to_its_last_decimal()
    {
        var total = QuantityRange.Exact(13.75m, "km");

        Assert.True(total.IsExact);
        Assert.Equal(0m, total.Resolution);
        Assert.Equal(13.75m, total.Min);
        Assert.Equal("13,75 km", total.ToString(TextCulture.Vietnamese));
        Assert.Equal(new StatedQuantity(13.75m, 0.01m, "km"), total.ToStated());
        Assert.Equal("khoảng 26,3 km", (total + Vi("12,5 km")).ToString(TextCulture.Vietnamese));
        Assert.Equal(0.1m, (total + Vi("12,5 km")).Resolution);
    }

    [Fact]
    public void Every_quantity_alone_is_written_as_it_was_stated()
    {
        foreach (var text in new[] { "12,5 km", "khoảng 3 tấn", "trên 2.000 m", "dưới 5 km", "2.500 kg", "1,5 nghìn m", "12,50 km" })
        {
            var stated = StatedQuantity.Parse(text, TextCulture.Vietnamese);
            Assert.Equal(stated, QuantityRange.Of(stated).ToStated());
        }
    }

    [Fact]
    public void Quantities_of_different_units_are_never_added()
    {
        Assert.Throws<ArgumentException>(() => Vi("12,5 km") + Vi("300 m"));
        Assert.Throws<ArgumentException>(() => QuantityRange.Sum([Vi("3 tấn"), Vi("3 Tấn")]));
    }

    [Fact]
    public void Zero_has_no_unit_and_takes_the_unit_of_what_it_is_added_to()
    {
        Assert.Equal(QuantityRange.Zero, default);
        Assert.Equal(string.Empty, QuantityRange.Zero.Unit);
        Assert.Equal(QuantityRange.Zero, QuantityRange.Sum([]));
        Assert.Equal(Vi("12,5 km"), QuantityRange.Zero + Vi("12,5 km"));
        Assert.Equal(Vi("12,5 km"), QuantityRange.Sum([QuantityRange.Zero, Vi("12,5 km")]));
        Assert.Equal(default(StatedQuantity), QuantityRange.Zero.ToStated());
        Assert.Equal("0", QuantityRange.Zero.ToString(TextCulture.Vietnamese));
        Assert.NotEqual(QuantityRange.Zero, QuantityRange.Exact(0m, "km"));
    }

    [Fact]
    public void Sums_are_commutative_values()
    {
        var (a, b) = (Vi("12,5 km"), Vi("trên 3 km"));

        Assert.Equal(a + b, b + a);
        Assert.Equal(a + b, QuantityRange.Add(a, b));
        Assert.True(a + b == b + a);
        Assert.True(a != b);
        Assert.False(a.Equals((object)b));
        Assert.Equal((a + b).GetHashCode(), (b + a).GetHashCode());
    }

    [Fact]
    public void Misuse_throws()
    {
        Assert.Throws<ArgumentException>(() => QuantityRange.Exact(1.0000001m, "km"));
        Assert.Throws<ArgumentOutOfRangeException>(() => QuantityRange.Exact(-1m, "km"));
        Assert.Throws<ArgumentException>(() => QuantityRange.Exact(1m, ""));
        Assert.Throws<ArgumentNullException>(() => QuantityRange.Exact(1m, null!));
        Assert.Throws<ArgumentNullException>(() => QuantityRange.Sum(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => QuantityRange.Exact(decimal.MaxValue, "m"));
    }


    [Property(MaxTest = StatedFigureGen.Runs)]
    public Property The_range_of_a_sum_holds_the_sum_of_every_consistent_choice_and_nothing_beyond_its_ends()
    {
        return Prop.ForAll(StatedFigureGen.QuantityParts.ToArbitrary(), parts =>
        {
            var sum = QuantityRange.Sum(parts.Select(p => QuantityRange.Of(p.Stated)));
            var total = 0m;
            var least = 0m;
            decimal? greatest = 0m;
            foreach (var (stated, pick) in parts)
            {
                var (min, max) = stated.ConsistentRange;
                var value = StatedFigureGen.Choose(stated, pick);
                if (!stated.IsConsistentWith(value))
                {
                    return false;
                }
                total += value;
                least += min;
                greatest = greatest is { } g && max is { } m ? g + m : null;
            }
            return sum.Contains(total) && sum.Min == least && sum.Max == greatest && Allows(sum, total);
        });
    }

    [Property(MaxTest = StatedFigureGen.Runs)]
    public Property The_honest_writing_of_a_sum_holds_its_whole_range_and_reads_back()
    {
        return Prop.ForAll(StatedFigureGen.QuantityParts.ToArbitrary(), parts =>
        {
            var sum = QuantityRange.Sum(parts.Select(p => QuantityRange.Of(p.Stated)));
            // The ends, each when the range includes it, and the values just inside them.
            decimal[] edges = [sum.Min, sum.Min + 0.0000001m, .. sum.Max is { } top ? new[] { top, top - 0.0000001m } : []];
            var inside = edges.Where(sum.Contains).ToArray();
            if (sum.ToStated() is not { } stated)
            {
                var (low, high) = StatedFigureGen.RangeForm(sum.ToString(TextCulture.English));
                return StatedQuantity.Parse(low, TextCulture.English).Value <= sum.Min
                    && (high is null ? sum.Max is null : sum.Max is { } max && StatedQuantity.Parse(high, TextCulture.English).Value >= max);
            }
            var (min, upper) = stated.ConsistentRange;
            var holds = min <= sum.Min && (upper is null || (sum.Max is { } m && upper >= m)) && inside.All(stated.IsConsistentWith);
            var notTooWide = stated.Qualifier != AmountQualifier.About || stated.Resolution <= sum.Max!.Value - sum.Min;
            return holds && notTooWide && stated.Unit == sum.Unit
                && StatedFigureGen.Cultures.All(culture => StatedQuantity.Parse(sum.ToString(culture), culture) == stated);
        });
    }

    private static bool Allows(QuantityRange sum, decimal value)
    {
        if (sum.ToStated() is { } stated)
        {
            return stated.IsConsistentWith(value);
        }
        var (low, high) = StatedFigureGen.RangeForm(sum.ToString(TextCulture.English));
        return StatedQuantity.Parse(low, TextCulture.English).Value <= value && (high is null || value <= StatedQuantity.Parse(high, TextCulture.English).Value);
    }
}
