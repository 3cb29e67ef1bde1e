namespace DomainKit.Money;

/// <summary>
/// A sum of stated figures of one kind, as <see cref="AmountRange"/>, <see cref="CountRange"/> and
/// <see cref="QuantityRange"/> hold it: the <see cref="Interval"/> every choice of values consistent with the parts
/// sums into, the power of ten of the <see cref="Coarsest"/> resolution among the parts that are not exact
/// (<see langword="null"/> when all are), and the sum of the <see cref="Nominal"/> values as written.
/// </summary>
/// <remarks>
/// An exact part does not coarsen the sum: <c>12,5 km + 2 km</c> is still known to a tenth of a km, and is written
/// <c>14,5 km</c>. The interval of a sum is the sum of the intervals, which holds the sum of every consistent choice
/// because each part's choice lies in its own interval; and holds nothing else, because each end is reached (or, when
/// open, approached) by choosing every part at that end.
/// </remarks>
internal readonly record struct FigureSum(FigureInterval Interval, int? Coarsest, Int128 Nominal)
{
    /// <summary>Exactly zero: the sum of nothing.</summary>
    public static FigureSum Zero => Exactly(0);

    /// <summary>Exactly <paramref name="value"/> grid steps.</summary>
    public static FigureSum Exactly(Int128 value) => new(FigureInterval.Point(value), null, value);

    /// <summary>What one statement allows; it is exact when plain and written to the unit.</summary>
    public static FigureSum Of(FigureScale scale, FigureStatement statement)
    {
        var exact = statement.Qualifier == AmountQualifier.None && statement.Exponent == 0;
        return new FigureSum(scale.Bounds(statement), exact ? null : statement.Exponent, statement.Value);
    }

    /// <summary>The sum of two sums. Checked: a sum beyond 128 bits throws <see cref="OverflowException"/>.</summary>
    public static FigureSum operator +(FigureSum left, FigureSum right)
    {
        var coarsest = left.Coarsest is { } a && right.Coarsest is { } b ? Math.Max(a, b) : left.Coarsest ?? right.Coarsest;
        return new FigureSum(left.Interval + right.Interval, coarsest, checked(left.Nominal + right.Nominal));
    }

    /// <summary>How the sum is written honestly; see <see cref="FigureScale.Honest"/>.</summary>
    /// <summary>The same lower end with no upper one: what a flow known for part of a period says of the whole period.</summary>
    public FigureSum WithoutUpperBound() => this with { Interval = Interval with { Max = null, MaxOpen = false }, Coarsest = Coarsest ?? 0 };

    public HonestWriting Honest(FigureScale scale) => scale.Honest(Interval, Coarsest, Nominal);

    /// <summary>Throws <see cref="OverflowException"/> unless both ends and the nominal value fit in a <see cref="long"/>.</summary>
    public FigureSum CheckFitsInt64()
    {
        static bool Fits(Int128 value) => value >= long.MinValue && value <= long.MaxValue;
        if (!Fits(Interval.Min) || (Interval.Max is { } max && !Fits(max)) || !Fits(Nominal))
        {
            throw new OverflowException("The sum does not fit in 64 bits.");
        }
        return this;
    }
}
