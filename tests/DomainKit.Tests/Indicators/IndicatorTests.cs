using DomainKit.Aggregation;
using DomainKit.Indicators;

namespace DomainKit.Tests.Indicators;

public sealed class IndicatorTests
{
    [Fact]
    public void A_built_in_indicator_is_found_by_its_code_in_any_case()
    {
        Assert.Same(Indicator.FromCode("models-launched"), Indicator.FromCode("MODELS-LAUNCHED"));
        Assert.True(Indicator.TryFromCode("money-raised", out var raised));
        Assert.Equal(IndicatorKind.Money, raised.Kind);
        Assert.False(Indicator.TryFromCode("no-such-indicator", out _));
        Assert.False(Indicator.TryFromCode(null, out _));
        var error = Assert.Throws<ArgumentException>(() => Indicator.FromCode("no-such-indicator"));
        Assert.Contains("models-launched", error.Message);
    }

    [Fact]
    public void Every_built_in_indicator_names_a_real_measure_and_real_dimensions_or_none()
    {
        foreach (var indicator in Indicator.BuiltIn)
        {
            if (indicator.MeasureCode is { } measure)
            {
                Assert.True(Measure.TryFromCode(measure, out _), $"{indicator.Code}: {measure}");
            }
            foreach (var dimension in indicator.Disaggregations)
            {
                Assert.True(Dimension.TryFromCode(dimension, out _), $"{indicator.Code}: {dimension}");
            }
        }
        Assert.Equal(Indicator.BuiltIn.Count, Indicator.BuiltIn.Select(i => i.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void A_built_in_rate_divides_two_built_in_counts()
    {
        foreach (var rate in Indicator.BuiltIn.Where(i => i.Kind == IndicatorKind.Rate))
        {
            Assert.Equal(IndicatorKind.Count, Indicator.FromCode(rate.Numerator!).Kind);
            Assert.Equal(IndicatorKind.Count, Indicator.FromCode(rate.Denominator!).Kind);
            Assert.Equal(TimeAggregation.Recompute, rate.OverTime);
            Assert.Equal(HierarchyAggregation.Recompute, rate.OverUnits);
        }
    }

    [Fact]
    public void An_apps_indicator_combines_as_a_flow_added_over_units_unless_it_says_otherwise()
    {
        var wells = new Indicator("wells-dug", new("Giếng nước đào mới", "Wells dug"), IndicatorKind.Count) { Unit = new("giếng", "wells") };
        Assert.Equal(TimeAggregation.Sum, wells.OverTime);
        Assert.Equal(HierarchyAggregation.Sum, wells.OverUnits);
        Assert.Empty(wells.Disaggregations);
        var rank = new Indicator("rank", new("Xếp hạng", "Rank"), IndicatorKind.Count) { OverTime = TimeAggregation.LastValue, OverUnits = HierarchyAggregation.None };
        Assert.Equal(HierarchyAggregation.None, rank.OverUnits);
        Assert.Equal("wells-dug (Wells dug)", wells.ToString());
    }

    [Fact]
    public void An_indicator_with_a_built_in_code_is_that_indicator()
    {
        var own = new Indicator("Models-Launched", new("Mô hình mới", "New models"), IndicatorKind.Count);
        Assert.Equal(Indicator.FromCode("models-launched"), own);
        Assert.Equal(Indicator.FromCode("models-launched").GetHashCode(), own.GetHashCode());
    }

    [Fact]
    public void A_rate_is_only_ever_recomputed_and_nothing_else_is()
    {
        Assert.Throws<ArgumentException>(() => new Indicator("r", new("r", "r"), IndicatorKind.Rate) { OverTime = TimeAggregation.Sum });
        Assert.Throws<ArgumentException>(() => new Indicator("r", new("r", "r"), IndicatorKind.Rate) { OverUnits = HierarchyAggregation.Sum });
        Assert.Throws<ArgumentException>(() => new Indicator("c", new("c", "c"), IndicatorKind.Count) { OverTime = TimeAggregation.Recompute });
        Assert.Throws<ArgumentException>(() => new Indicator("c", new("c", "c"), IndicatorKind.Money) { OverUnits = HierarchyAggregation.Recompute });
        Assert.Equal(HierarchyAggregation.None, new Indicator("r", new("r", "r"), IndicatorKind.Rate) { OverUnits = HierarchyAggregation.None }.OverUnits);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("mô-hình")]
    [InlineData("a b")]
    [InlineData("a,b")]
    public void A_code_outside_letters_digits_and_dashes_is_refused(string code)
    {
        Assert.ThrowsAny<ArgumentException>(() => new Indicator(code, new("x", "x"), IndicatorKind.Count));
        Assert.ThrowsAny<ArgumentException>(() => new Indicator("ok", new("x", "x"), IndicatorKind.Count) { Disaggregations = [code] });
    }

    [Fact]
    public void Misuse_of_the_constructor_throws()
    {
        Assert.Throws<ArgumentNullException>(() => new Indicator(null!, new("x", "x"), IndicatorKind.Count));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Indicator("x", new("x", "x"), (IndicatorKind)9));
        Assert.Throws<ArgumentException>(() => new Indicator("x", new("x", "x"), IndicatorKind.Count) { Disaggregations = ["field", "FIELD"] });
        Assert.Throws<ArgumentNullException>(() => Indicator.FromCode(null!));
    }
}
