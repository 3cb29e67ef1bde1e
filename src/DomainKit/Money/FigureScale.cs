namespace DomainKit.Money;

/// <summary>
/// What a kind of stated figure (money, a count, a measured quantity) allows, and how a sum of such figures is
/// written honestly. All three kinds share the rule of <see cref="StatedDong.ConsistentRange"/>; they differ only in
/// the grid their values lie on, the resolutions they can be written to, and whether they can be negative.
/// </summary>
/// <remarks>
/// Values are whole steps of a grid of 10^<see cref="GridExponent"/> in the figure's unit, held in 128 bits: money and
/// counts step by one đồng or one person; quantities by 10^-7, fine enough for half of the finest resolution, 10^-6.
/// </remarks>
internal sealed class FigureScale
{
    /// <summary>Money: whole đồng, resolutions from 1 đồng to one tỷ, plain figures may be negative (differences).</summary>
    public static readonly FigureScale Money = new(0, 0, StatedDong.MaxResolutionExponent, allowsNegative: true, discrete: true);

    /// <summary>Counts: whole people, models or gifts, resolutions from 1 to one tỷ, never negative.</summary>
    public static readonly FigureScale Count = new(0, 0, StatedCount.MaxResolutionExponent, allowsNegative: false, discrete: true);

    /// <summary>Measured quantities: any value on a grid of 10^-7, resolutions from 10^-6 to 10^9, never negative.</summary>
    public static readonly FigureScale Quantity = new(-7, StatedQuantity.MinResolutionExponent, StatedQuantity.MaxResolutionExponent, allowsNegative: false, discrete: false);

    private FigureScale(int gridExponent, int minExponent, int maxExponent, bool allowsNegative, bool discrete)
    {
        GridExponent = gridExponent;
        MinExponent = minExponent;
        MaxExponent = maxExponent;
        AllowsNegative = allowsNegative;
        Discrete = discrete;
    }

    /// <summary>The power of ten, in the figure's unit, of one step of the grid.</summary>
    public int GridExponent { get; }

    /// <summary>The finest resolution a figure can be written to, as a power of ten.</summary>
    public int MinExponent { get; }

    /// <summary>The coarsest resolution a figure can be written to, as a power of ten.</summary>
    public int MaxExponent { get; }

    /// <summary>Whether a plain figure may be negative.</summary>
    public bool AllowsNegative { get; }

    /// <summary>Whether the true values are whole grid steps, so that open ends can be closed on the next step.</summary>
    public bool Discrete { get; }

    /// <summary>The resolution 10^<paramref name="exponent"/> in grid steps.</summary>
    public Int128 Unit(int exponent) => Pow10(exponent - GridExponent);

    /// <summary>
    /// Half the resolution in grid steps, and 0 at the resolution of the unit itself: a figure written to the đồng,
    /// the person or the whole km is exact, as <see cref="StatedDong"/> takes <c>6.100.542.700 đ</c> to be.
    /// </summary>
    public Int128 Half(int exponent) => exponent == 0 ? 0 : Unit(exponent) / 2;

    /// <summary>
    /// The values a statement allows, by the rule of <see cref="StatedDong.ConsistentRange"/>: with value v,
    /// resolution r and half h (<see cref="Half"/>), plain is v − h ≤ x &lt; v + h (exactly v when h is 0; mirrored for
    /// negative v), over is x &gt; v − h, under is 0 ≤ x &lt; v + h, about is max(0, v − r) ≤ x ≤ v + r. Kinds that are
    /// never negative start at 0 at the lowest.
    /// </summary>
    public FigureInterval Bounds(FigureStatement statement)
    {
        var (v, exponent, qualifier) = statement;
        var r = Unit(exponent);
        var h = Half(exponent);
        var interval = qualifier switch
        {
            AmountQualifier.Over => new FigureInterval(v - h, true, null, false),
            AmountQualifier.Under => new FigureInterval(0, false, v + h, true),
            AmountQualifier.About => new FigureInterval(Int128.Max(0, v - r), false, v + r, false),
            _ when h == 0 => FigureInterval.Point(v),
            _ when v < 0 => new FigureInterval(v - h, true, v + h, false),
            _ => new FigureInterval(v - h, false, v + h, true),
        };
        if (!AllowsNegative && interval.Min < 0)
        {
            interval = interval with { Min = 0, MinOpen = false };
        }
        return Discrete ? Close(interval) : interval;
    }

    /// <summary>Why a statement cannot be made, or <see langword="null"/>; the constructors throw it, the parsers report it.</summary>
    public string? Problem(FigureStatement statement)
    {
        if (statement.Exponent < MinExponent || statement.Exponent > MaxExponent)
        {
            return "The resolution is out of range.";
        }
        if (statement.Value % Unit(statement.Exponent) != 0)
        {
            return "The value must be a multiple of the resolution: no digit is written below the last one.";
        }
        if (statement.Value < 0 && (!AllowsNegative || statement.Qualifier != AmountQualifier.None))
        {
            return AllowsNegative ? "A qualified figure cannot be negative." : "The figure cannot be negative.";
        }
        return Bounds(statement).IsEmpty ? "The statement allows no value at all." : null;
    }

    /// <summary>
    /// The honest writing of <paramref name="range"/>, a sum of statements whose coarsest inexact resolution is
    /// 10^<paramref name="coarsest"/> (<see langword="null"/> when every part is exact) and whose nominal values sum to
    /// <paramref name="nominal"/>: a statement whose <see cref="Bounds"/> contain the whole range, never fewer values.
    /// </summary>
    /// <remarks>
    /// With R = 10^<paramref name="coarsest"/>, the first that applies:
    /// <list type="number">
    /// <item>a single value: the exact figure (a quantity with decimals: the plain figure to its last decimal);</item>
    /// <item>no upper bound: over X, X the largest multiple of R whose over-range holds the range (a coarser
    /// resolution when that X would be negative; the range itself when none is);</item>
    /// <item>the plain figure X at R, when its rounding interval holds the range;</item>
    /// <item>about X at the smallest resolution R' from R up for which X, the nominal sum rounded to R', is above zero and
    /// holds the range, R' being at most the width of the range (an about-range is never more than twice as wide as
    /// what is known), when that about-range starts above 0;</item>
    /// <item>when the range's lower bound is below R: under V at R, V the smallest that holds the range, or the
    /// about-range of the previous step (which then reaches down to 0) if it is narrower;</item>
    /// <item>otherwise the range itself, its lower bound rounded down and its upper bound rounded up to R.</item>
    /// </list>
    /// </remarks>
    public HonestWriting Honest(FigureInterval range, int? coarsest, Int128 nominal)
    {
        if (range.IsPoint)
        {
            return Exactly(range.Min);
        }
        var exponent = coarsest ?? MinExponent;
        return range.Max is null ? Unbounded(range, exponent) : Bounded(range, exponent, nominal);
    }

    /// <summary>Whether <paramref name="statement"/> allows every value of <paramref name="range"/>.</summary>
    public bool Holds(FigureStatement statement, FigureInterval range)
        => Problem(statement) is null && Bounds(statement).Contains(range);

    private HonestWriting Exactly(Int128 value)
    {
        // A quantity with decimals has no exact statement: the plain figure to its last decimal allows it, and others
        // within half a step of it; the fewest decimals that write the value are used.
        for (var exponent = Math.Min(0, MaxExponent); exponent >= MinExponent; exponent--)
        {
            var statement = new FigureStatement(value, exponent, AmountQualifier.None);
            if (Holds(statement, FigureInterval.Point(value)))
            {
                return Writing(statement, exponent);
            }
        }
        return new HonestWriting(null, value, value, MinExponent);
    }

    private HonestWriting Unbounded(FigureInterval range, int coarsest)
    {
        for (var exponent = coarsest; exponent <= MaxExponent; exponent++)
        {
            var r = Unit(exponent);
            // The largest X with X − h at or below the lower bound, then down a step or two until its range holds.
            var x = FloorMultiple(range.Min + Half(exponent), r);
            for (var step = 0; step < 3 && x >= 0; step++, x -= r)
            {
                var statement = new FigureStatement(x, exponent, AmountQualifier.Over);
                if (Holds(statement, range))
                {
                    return Writing(statement, exponent);
                }
            }
        }
        return new HonestWriting(null, FloorMultiple(range.Min, Unit(coarsest)), null, coarsest);
    }

    private HonestWriting Bounded(FigureInterval range, int coarsest, Int128 nominal)
    {
        var max = range.Max!.Value;
        var unit = Unit(coarsest);
        if (Half(coarsest) > 0)
        {
            foreach (var x in (ReadOnlySpan<Int128>)[FloorMultiple(range.Min, unit), CeilMultiple(range.Min, unit), FloorMultiple(max, unit), CeilMultiple(max, unit)])
            {
                var plain = new FigureStatement(x, coarsest, AmountQualifier.None);
                if (Holds(plain, range))
                {
                    return Writing(plain, coarsest);
                }
            }
        }

        // About is used when its range starts above zero; one that reaches down to zero, or none, leaves the choice
        // between "dưới" (for a range that starts below one resolution) and the range itself.
        var about = About(range, coarsest, nominal);
        if (about is { } a && Bounds(a).Min > 0)
        {
            return Writing(a, a.Exponent);
        }
        if (FloorMultiple(range.Min, unit) == 0 && Under(range, coarsest) is { } under)
        {
            return about is { } low && Bounds(low).Width < Bounds(under).Width ? Writing(low, low.Exponent) : Writing(under, coarsest);
        }
        return new HonestWriting(null, FloorMultiple(range.Min, unit), CeilMultiple(max, unit), coarsest);
    }

    /// <summary>
    /// About X at the smallest resolution r from 10^<paramref name="coarsest"/> up that holds the range, X the nominal
    /// sum rounded to r and above zero; only while r is at most the width of the range, so that an about-range is never
    /// more than twice as wide as what is known.
    /// </summary>
    private FigureStatement? About(FigureInterval range, int coarsest, Int128 nominal)
    {
        if (range.Min < 0)
        {
            return null;
        }
        // The width counting both ends: whole values from 1 to 3 span three, not two.
        var width = range.Width!.Value + (Discrete ? 1 : 0);
        for (var exponent = coarsest; exponent <= MaxExponent && Unit(exponent) <= width; exponent++)
        {
            var r = Unit(exponent);
            var x = FloorMultiple(nominal + (r / 2), r);
            var statement = new FigureStatement(x, exponent, AmountQualifier.About);
            if (x > 0 && Holds(statement, range))
            {
                return statement;
            }
        }
        return null;
    }

    private FigureStatement? Under(FigureInterval range, int exponent)
    {
        if (range.Min < 0)
        {
            return null;
        }
        var r = Unit(exponent);
        var v = Int128.Max(0, CeilMultiple(range.Max!.Value - Half(exponent), r));
        for (var step = 0; step < 3; step++, v += r)
        {
            var statement = new FigureStatement(v, exponent, AmountQualifier.Under);
            if (Holds(statement, range))
            {
                return statement;
            }
        }
        return null;
    }

    private static HonestWriting Writing(FigureStatement statement, int exponent) => new(statement, 0, null, exponent);

    private static FigureInterval Close(FigureInterval interval) => new(
        interval.MinOpen ? interval.Min + 1 : interval.Min,
        false,
        interval.Max is { } max && interval.MaxOpen ? max - 1 : interval.Max,
        false);

    /// <summary>The largest multiple of <paramref name="step"/> at or below <paramref name="value"/>.</summary>
    public static Int128 FloorMultiple(Int128 value, Int128 step)
    {
        var quotient = value / step;
        if (value % step != 0 && value < 0)
        {
            quotient--;
        }
        return quotient * step;
    }

    /// <summary>The smallest multiple of <paramref name="step"/> at or above <paramref name="value"/>.</summary>
    public static Int128 CeilMultiple(Int128 value, Int128 step)
    {
        var quotient = value / step;
        if (value % step != 0 && value > 0)
        {
            quotient++;
        }
        return quotient * step;
    }

    /// <summary>10^<paramref name="exponent"/>, for exponents from 0 to 38.</summary>
    public static Int128 Pow10(int exponent)
    {
        Int128 result = 1;
        for (var k = 0; k < exponent; k++)
        {
            result *= 10;
        }
        return result;
    }
}
