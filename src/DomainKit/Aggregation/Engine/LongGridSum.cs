using DomainKit.Indicators;
using DomainKit.Money;

namespace DomainKit.Aggregation;

/// <summary>
/// A <see cref="FigureSum"/> of counts or amounts held in 64 bits, as a roll-up adds thousands of them: the same
/// interval (ends, openness, no upper bound), coarsest inexact resolution and nominal sum, added the same way with
/// checked arithmetic (a count or an amount never leaves 64 bits: the ranges built from a sum throw beyond them).
/// </summary>
internal readonly record struct LongGridSum(long Min, bool MinOpen, long Max, bool HasMax, bool MaxOpen, sbyte Coarsest, long Nominal)
{
    /// <summary>Exactly <paramref name="value"/>, the sum of exact figures.</summary>
    public static LongGridSum Exactly(long value) => new(value, false, value, true, false, -1, value);

    /// <summary>
    /// The range a count or an amount stated as <paramref name="value"/> at a resolution of 10^<paramref name="exponent"/>
    /// with <paramref name="qualifier"/> allows, as <see cref="CountRange"/> and <see cref="AmountRange"/> make it.
    /// </summary>
    /// <remarks>
    /// <see cref="FigureScale.Bounds"/>' rule in 64 bits, as a roll-up reads many approximate figures: with resolution r
    /// and half h, over is x &gt; v − h, under 0 ≤ x &lt; v + h, about max(0, v − r) ≤ x ≤ v + r, plain v − h ≤ x &lt; v + h
    /// (mirrored below 0); a count never below 0; open ends closed on the next whole unit. A value too large for that
    /// arithmetic to stay within 64 bits goes through the 128-bit rule itself.
    /// </remarks>
    public static LongGridSum Of(IndicatorKind kind, long value, int exponent, AmountQualifier qualifier)
    {
        if (exponent == 0 && qualifier == AmountQualifier.None)
        {
            return Exactly(value);
        }
        if (exponent is < 0 or >= 19 || value is > SafeMagnitude or < -SafeMagnitude)
        {
            return From(FigureSum.Of(kind == IndicatorKind.Count ? FigureScale.Count : FigureScale.Money, new FigureStatement(value, exponent, qualifier)));
        }
        var r = PowersOfTen[exponent];
        var h = exponent == 0 ? 0 : r / 2;
        var (min, minOpen, max, hasMax, maxOpen) = qualifier switch
        {
            AmountQualifier.Over => (value - h, true, 0L, false, false),
            AmountQualifier.Under => (0L, false, value + h, true, true),
            AmountQualifier.About => (Math.Max(0, value - r), false, value + r, true, false),
            _ when value < 0 => (value - h, true, value + h, true, false),
            _ => (value - h, false, value + h, true, true),
        };
        if (kind == IndicatorKind.Count && min < 0)
        {
            (min, minOpen) = (0, false);
        }
        return new(minOpen ? min + 1 : min, false, hasMax && maxOpen ? max - 1 : max, hasMax, false, (sbyte)exponent, value);
    }

    // Below 2^61 a value plus or minus a resolution up to 10^18 stays within 64 bits.
    private const long SafeMagnitude = 1L << 61;

    private static readonly long[] PowersOfTen = Powers();

    private static long[] Powers()
    {
        var powers = new long[19];
        powers[0] = 1;
        for (var e = 1; e < powers.Length; e++)
        {
            powers[e] = powers[e - 1] * 10;
        }
        return powers;
    }

    /// <summary>The sum as the ranges hold it; it throws when it does not fit in 64 bits.</summary>
    public static LongGridSum From(FigureSum sum)
    {
        var fits = sum.CheckFitsInt64();
        return new((long)fits.Interval.Min, fits.Interval.MinOpen, fits.Interval.Max is { } max ? (long)max : 0, fits.Interval.Max is not null,
            fits.Interval.MaxOpen, (sbyte)(fits.Coarsest ?? -1), (long)fits.Nominal);
    }

    public FigureSum ToFigureSum()
        => new(new FigureInterval(Min, MinOpen, HasMax ? Max : null, HasMax && MaxOpen), Coarsest < 0 ? null : Coarsest, Nominal);

    public static LongGridSum operator +(LongGridSum left, LongGridSum right)
    {
        var bounded = left.HasMax && right.HasMax;
        // The coarser of two inexact resolutions, or the one there is: -1 for none is below every resolution.
        var coarsest = Math.Max(left.Coarsest, right.Coarsest);
        return new(
            checked(left.Min + right.Min),
            left.MinOpen || right.MinOpen,
            bounded ? checked(left.Max + right.Max) : 0,
            bounded,
            bounded && (left.MaxOpen || right.MaxOpen),
            (sbyte)coarsest,
            checked(left.Nominal + right.Nominal));
    }

    /// <summary>At least the least value, with no upper bound, as <see cref="FigureSum.WithoutUpperBound"/>.</summary>
    public LongGridSum WithoutUpperBound() => this with { Max = 0, HasMax = false, MaxOpen = false, Coarsest = Coarsest < 0 ? (sbyte)0 : Coarsest };
}
