using DomainKit.Aggregation;
using DomainKit.Money;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainKit.Tests.Aggregation;

public sealed class LongGridSumTests
{
    private static readonly Gen<StatedCount> Counts =
        from exponent in Gen.Choose(0, 4)
        from units in Gen.Choose(0, 100_000)
        from qualifier in Gen.Elements(AmountQualifier.None, AmountQualifier.Over, AmountQualifier.Under, AmountQualifier.About)
        let resolution = (long)Math.Pow(10, exponent)
        where qualifier != AmountQualifier.Under || units > 0
        select new StatedCount(units * resolution, resolution, qualifier);

    [Property(MaxTest = 300)]
    public Property A_sum_in_64_bits_is_the_sum_the_ranges_make_with_or_without_an_upper_bound()
        => Prop.ForAll(Gen.NonEmptyListOf(Counts).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (counts, atLeast) =>
        {
            var expected = counts.Select(CountRange.Of).Aggregate((a, b) => a + b);
            var actual = counts.Select(c => LongGridSum.From(CountRange.Of(c).GridSum)).Aggregate((a, b) => a + b);
            if (atLeast)
            {
                expected = expected.AtLeast();
                actual = actual.WithoutUpperBound();
            }

            Assert.Equal(expected.GridSum, actual.ToFigureSum());
            Assert.Equal(expected, CountRange.FromSum(actual.ToFigureSum()));
        });

    [Property(MaxTest = 2000)]
    public Property A_count_read_in_64_bits_allows_what_its_range_allows()
        => Prop.ForAll(Tests.Money.StatedFigureGen.Count.ToArbitrary(), count =>
        {
            var figure = count.Figure;
            Assert.Equal(LongGridSum.From(CountRange.Of(count).GridSum), LongGridSum.Of(DomainKit.Indicators.IndicatorKind.Count, (long)figure.Value, figure.Exponent, figure.Qualifier));
        });

    [Property(MaxTest = 2000)]
    public Property An_amount_read_in_64_bits_allows_what_its_range_allows()
        => Prop.ForAll(Tests.Money.StatedFigureGen.Dong.ToArbitrary(), amount =>
            Assert.Equal(LongGridSum.From(AmountRange.Of(amount).GridSum), LongGridSum.Of(DomainKit.Indicators.IndicatorKind.Money, amount.Value.Value, amount.Exponent, amount.Qualifier)));

    [Fact]
    public void An_exact_sum_is_the_sum_of_exact_counts()
        => Assert.Equal(CountRange.Exact(51).GridSum + CountRange.Exact(70).GridSum, (LongGridSum.Exactly(51) + LongGridSum.Exactly(70)).ToFigureSum());
}
