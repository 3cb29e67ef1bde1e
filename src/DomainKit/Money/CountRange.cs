using DomainKit.Text;

namespace DomainKit.Money;

/// <summary>
/// What a sum of stated counts is known to be: every count from <see cref="Min"/> to <see cref="Max"/> (none: no upper
/// bound), with the <see cref="Nominal"/> sum of the counts as written and the <see cref="Resolution"/> of the coarsest
/// of them. <c>hơn 500</c> plus <c>hơn 1.000</c> is at least 1.502 and is written <c>hơn 1.501</c>;
/// <c>1,2 nghìn</c> plus <c>2,5 nghìn</c> is from 3.600 to 3.798 and is written <c>khoảng 3,7 nghìn</c>, never
/// <c>3,7 nghìn</c>.
/// </summary>
/// <remarks>
/// <para>Build one with <see cref="Of"/> or <see cref="Exact"/> for each figure and add them with <c>+</c> or
/// <see cref="Sum"/>. The range of a sum holds the sum of every choice of counts consistent with the parts
/// (<see cref="StatedCount.ConsistentRange"/>) and nothing more. A figure that was not reported is not zero: leave it
/// out of the sum and say so, rather than adding <see cref="Zero"/>.</para>
/// <para><see cref="ToStated"/> chooses the honest writing by the rule of <see cref="AmountRange"/>: exact when exact;
/// <c>hơn X</c> with no upper bound; the plain figure at the coarsest resolution R when its rounding interval holds the
/// range; <c>khoảng X</c>, X the nominal sum rounded to the smallest resolution that holds the range, no coarser
/// than the width of the range, when it starts above 0; <c>dưới V</c> when the lower bound is below R; otherwise the
/// range itself (<c>từ 1.200 đến 1.500</c>).</para>
/// <para>The default value is <see cref="Zero"/>. Immutable and thread-safe; arithmetic is checked and throws
/// <see cref="OverflowException"/> when a bound or the nominal sum leaves the range of <see cref="long"/>.</para>
/// </remarks>
public readonly struct CountRange : IEquatable<CountRange>
{
    // Null for the default value, which is exactly zero.
    private readonly FigureSum? sum;

    private CountRange(FigureSum sum) => this.sum = sum.CheckFitsInt64();

    private FigureSum Figures => sum ?? FigureSum.Zero;

    /// <summary>The sum on the common grid, for roll-ups that carry it without the range around it.</summary>
    internal FigureSum GridSum => Figures;

    /// <summary>The range of a sum on the common grid that a roll-up carried.</summary>
    internal static CountRange FromSum(FigureSum sum) => new(sum);

    /// <summary>Exactly zero, the sum of nothing; also the default value.</summary>
    public static CountRange Zero => default;

    /// <summary>The least count the range allows; never negative.</summary>
    public long Min => (long)Figures.Interval.Min;

    /// <summary>The greatest count the range allows, or <see langword="null"/> when it has no upper bound: as soon as one part has none (<c>hơn 500</c>).</summary>
    public long? Max => Figures.Interval.Max is { } max ? (long)max : null;

    /// <summary>The sum of the counts as written: 3,700 for <c>1,2 nghìn</c> + <c>2,5 nghìn</c>, 500 for <c>hơn 500</c>.</summary>
    public long Nominal => (long)Figures.Nominal;

    /// <summary>The resolution of the coarsest part that is not exact; 1 when every part is exact.</summary>
    public long Resolution => (long)FigureScale.Pow10(Figures.Coarsest ?? 0);

    /// <summary>At least this range's least value, with no upper bound: a flow known for part of a period, for the whole period.</summary>
    internal CountRange AtLeast() => new(Figures.WithoutUpperBound());

    /// <summary>Whether the range holds a single count (<see cref="Min"/> equals <see cref="Max"/>).</summary>
    public bool IsExact => Figures.Interval.IsPoint;

    /// <summary>What a stated count allows, its <see cref="StatedCount.ConsistentRange"/>, as a part of a sum.</summary>
    /// <exception cref="OverflowException">The upper bound of the statement lies beyond the range of <see cref="long"/>.</exception>
    public static CountRange Of(StatedCount stated) => new(FigureSum.Of(FigureScale.Count, stated.Figure));

    /// <summary>Exactly <paramref name="count"/>, such as a number of records.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static CountRange Exact(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new CountRange(FigureSum.Exactly(count));
    }

    /// <summary>Whether <paramref name="count"/> is one of the counts the range allows.</summary>
    public bool Contains(long count) => Figures.Interval.Contains(count);

    /// <summary>The range of the sum of two ranges; see <see cref="CountRange"/>.</summary>
    /// <exception cref="OverflowException">A bound or the nominal sum does not fit in 64 bits.</exception>
    public static CountRange operator +(CountRange left, CountRange right) => new(left.Figures + right.Figures);

    /// <summary>The range of the sum of two ranges, as <c>+</c>.</summary>
    /// <exception cref="OverflowException">A bound or the nominal sum does not fit in 64 bits.</exception>
    public static CountRange Add(CountRange left, CountRange right) => left + right;

    /// <summary>The range of the sum of <paramref name="ranges"/>; <see cref="Zero"/> for none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ranges"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">A bound or the nominal sum does not fit in 64 bits.</exception>
    public static CountRange Sum(IEnumerable<CountRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var total = FigureSum.Zero;
        foreach (var range in ranges)
        {
            total = (total + range.Figures).CheckFitsInt64();
        }
        return new CountRange(total);
    }

    /// <summary>
    /// The honest writing of the range as one statement, whose <see cref="StatedCount.ConsistentRange"/> holds every
    /// count of the range, or <see langword="null"/> when only the range itself can be written; see <see cref="CountRange"/>.
    /// </summary>
    public StatedCount? ToStated()
        => Figures.Honest(FigureScale.Count).Statement is { } statement ? StatedCount.FromFigure(statement) : null;

    /// <summary>
    /// Writes the range honestly: the statement of <see cref="ToStated"/> as <see cref="StatedCount.ToString(TextCulture)"/>
    /// writes it (<c>hơn 1.501</c>, <c>khoảng 3,7 nghìn</c>, <c>1.234</c>), or the range <c>từ 1.200 đến 1.500</c>
    /// (invariant <c>from 1,200 to 1,500</c>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not a defined value.</exception>
    public string ToString(TextCulture culture)
    {
        DongNotation.ThrowIfUndefined(culture);
        var writing = Figures.Honest(FigureScale.Count);
        if (writing.Statement is { } statement)
        {
            return StatedCount.FromFigure(statement).ToString(culture);
        }
        string Bound(Int128 value) => StatedCount.FromFigure(new FigureStatement(value, writing.Exponent, AmountQualifier.None)).ToString(culture);
        return FigureText.Range(Bound(writing.Low), writing.High is { } high ? Bound(high) : null, culture);
    }

    /// <summary>Writes the range honestly in the invariant culture: <c>over 1,501</c>, <c>about 3.7 thousand</c>.</summary>
    public override string ToString() => ToString(TextCulture.English);

    /// <summary>Whether both ranges allow the same counts and have the same nominal sum and coarsest resolution.</summary>
    public bool Equals(CountRange other) => Figures == other.Figures;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CountRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Figures.GetHashCode();

    /// <summary>Whether two ranges are the same.</summary>
    public static bool operator ==(CountRange left, CountRange right) => left.Equals(right);

    /// <summary>Whether two ranges differ.</summary>
    public static bool operator !=(CountRange left, CountRange right) => !left.Equals(right);
}
