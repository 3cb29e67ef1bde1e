using DomainKit.Text;

namespace DomainKit.Money;

/// <summary>
/// What a sum of stated amounts is known to be: every amount from <see cref="Min"/> to <see cref="Max"/> (none: no
/// upper bound), with the <see cref="Nominal"/> sum of the amounts as written and the <see cref="Resolution"/> of the
/// coarsest of them. <c>trên 730 triệu</c> plus an exact 12.345.678 đ is at least 741.845.679 đ and is written
/// <c>trên 742 triệu đồng</c>; <c>2,5 tỷ</c> plus <c>1,2 tỷ</c> is from 3,6 tỷ to just under 3,8 tỷ and is written
/// <c>khoảng 3,7 tỷ đồng</c>, never <c>3,7 tỷ</c>, which would claim a rounding of ±50 triệu that the parts do not support.
/// </summary>
/// <remarks>
/// <para>Build one with <see cref="Of"/> or <see cref="Exact"/> for each figure and add them with <c>+</c> or
/// <see cref="Sum"/>. The range of a sum holds the sum of every choice of amounts consistent with the parts
/// (<see cref="StatedDong.ConsistentRange"/>) and nothing more. A figure that was not reported is not zero: leave it
/// out of the sum and say so, rather than adding <see cref="Zero"/>.</para>
/// <para>How the sum is written, <see cref="ToStated"/>, never claims more than the range: the statement's
/// <see cref="StatedDong.ConsistentRange"/> holds the whole range. With R the resolution of the coarsest part that is
/// not exact, the first that applies:</para>
/// <list type="number">
/// <item>exact when the range is a single amount;</item>
/// <item>with no upper bound, <c>trên X</c>: X the largest multiple of R whose <c>trên</c> range holds the lower bound
/// (a coarser resolution if that X would be negative);</item>
/// <item>the plain figure at R when its rounding interval holds the range: one rounded figure plus exact ones,
/// <c>2,5 tỷ</c> + 100.000.000 đ is <c>2,6 tỷ đồng</c>;</item>
/// <item><c>khoảng X</c> at the smallest resolution R' from R up to one tỷ for which X, the nominal sum rounded to R',
/// holds the range, as long as R' is no more than the width of the range (so that <c>khoảng</c> never claims more
/// than twice the uncertainty there is) and the <c>khoảng</c> range starts above 0: <c>2,5 tỷ</c> + <c>1,2 tỷ</c> is
/// <c>khoảng 3,7 tỷ đồng</c>;</item>
/// <item>when the lower bound is below R, <c>dưới V</c> at R, V the smallest that holds the range (or the
/// <c>khoảng</c> of the previous step, reaching down to 0, if it is narrower): <c>gần 100 triệu</c> +
/// <c>gần 50 triệu</c> is <c>dưới 151 triệu đồng</c>;</item>
/// <item>otherwise no single statement holds the range without claiming too much (<c>khoảng 2,5 tỷ</c> + 12.345 đ, or
/// twenty times <c>khoảng 5 tỷ</c>): <see cref="ToStated"/> returns <see langword="null"/> and
/// <see cref="ToString(TextCulture)"/> writes the range itself, <c>từ A đến B</c> (<c>từ A trở lên</c> when
/// there is no upper bound and no <c>trên</c> can be written, below zero), A rounded down and B up to R.</item>
/// </list>
/// <para>The default value is <see cref="Zero"/>. Immutable and thread-safe; arithmetic is checked and throws
/// <see cref="OverflowException"/> when a bound or the nominal sum leaves the range of <see cref="Dong"/>.</para>
/// </remarks>
public readonly struct AmountRange : IEquatable<AmountRange>
{
    // Null for the default value, which is exactly zero.
    private readonly FigureSum? sum;

    private AmountRange(FigureSum sum) => this.sum = sum.CheckFitsInt64();

    private FigureSum Figures => sum ?? FigureSum.Zero;

    /// <summary>The sum on the common grid, for roll-ups that carry it without the range around it.</summary>
    internal FigureSum GridSum => Figures;

    /// <summary>The range of a sum on the common grid that a roll-up carried.</summary>
    internal static AmountRange FromSum(FigureSum sum) => new(sum);

    /// <summary>Exactly zero đồng, the sum of nothing; also the default value.</summary>
    public static AmountRange Zero => default;

    /// <summary>The least amount the range allows.</summary>
    public Dong Min => new((long)Figures.Interval.Min);

    /// <summary>The greatest amount the range allows, or <see langword="null"/> when it has no upper bound: as soon as one part has none (<c>trên 730 triệu</c>).</summary>
    public Dong? Max => Figures.Interval.Max is { } max ? new Dong((long)max) : null;

    /// <summary>The sum of the amounts as written: 3,700,000,000 for <c>2,5 tỷ</c> + <c>1,2 tỷ</c>, 730,000,000 for <c>trên 730 triệu</c>.</summary>
    public Dong Nominal => new((long)Figures.Nominal);

    /// <summary>The resolution of the coarsest part that is not exact; 1 đồng when every part is exact.</summary>
    public Dong Resolution => new((long)FigureScale.Pow10(Figures.Coarsest ?? 0));

    /// <summary>At least this range's least value, with no upper bound: a flow known for part of a period, for the whole period.</summary>
    internal AmountRange AtLeast() => new(Figures.WithoutUpperBound());

    /// <summary>Whether the range holds a single amount (<see cref="Min"/> equals <see cref="Max"/>).</summary>
    public bool IsExact => Figures.Interval.IsPoint;

    /// <summary>What a stated amount allows, its <see cref="StatedDong.ConsistentRange"/>, as a part of a sum.</summary>
    /// <exception cref="OverflowException">A bound of the statement lies beyond the range of <see cref="Dong"/> (amounts within a tỷ of it).</exception>
    public static AmountRange Of(StatedDong stated)
        => new(FigureSum.Of(FigureScale.Money, new FigureStatement(stated.Value.Value, ExponentOf(stated.Resolution.Value), stated.Qualifier)));

    /// <summary>Exactly <paramref name="amount"/>, such as a total summed from a ledger.</summary>
    public static AmountRange Exact(Dong amount) => new(FigureSum.Exactly(amount.Value));

    /// <summary>Whether <paramref name="amount"/> is one of the amounts the range allows.</summary>
    public bool Contains(Dong amount) => Figures.Interval.Contains(amount.Value);

    /// <summary>The range of the sum of two ranges; see <see cref="AmountRange"/>.</summary>
    /// <exception cref="OverflowException">A bound or the nominal sum does not fit in 64 bits.</exception>
    public static AmountRange operator +(AmountRange left, AmountRange right) => new(left.Figures + right.Figures);

    /// <summary>The range of the sum of two ranges, as <c>+</c>.</summary>
    /// <exception cref="OverflowException">A bound or the nominal sum does not fit in 64 bits.</exception>
    public static AmountRange Add(AmountRange left, AmountRange right) => left + right;

    /// <summary>The range of the sum of <paramref name="ranges"/>; <see cref="Zero"/> for none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ranges"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">A bound or the nominal sum does not fit in 64 bits.</exception>
    public static AmountRange Sum(IEnumerable<AmountRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var total = FigureSum.Zero;
        foreach (var range in ranges)
        {
            total = (total + range.Figures).CheckFitsInt64();
        }
        return new AmountRange(total);
    }

    /// <summary>
    /// The honest writing of the range as one statement, whose <see cref="StatedDong.ConsistentRange"/> holds every
    /// amount of the range (see <see cref="AmountRange"/> for how it is chosen), or <see langword="null"/> when no
    /// single statement can hold it without claiming too much, and only the range itself can be written.
    /// </summary>
    public StatedDong? ToStated()
        => Figures.Honest(FigureScale.Money).Statement is { } statement ? ToStatedDong(statement) : null;

    /// <summary>
    /// Writes the range honestly: the statement of <see cref="ToStated"/> as <see cref="StatedDong.ToString(TextCulture)"/>
    /// writes it (<c>trên 1.180 triệu đồng</c>, <c>khoảng 3,7 tỷ đồng</c>, <c>6.100.542.700 đ</c>), or the range
    /// <c>từ 45 tỷ đồng đến 55 tỷ đồng</c> (invariant <c>from 45 billion VND to 55 billion VND</c>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not a defined value.</exception>
    public string ToString(TextCulture culture)
    {
        DongNotation.ThrowIfUndefined(culture);
        var writing = Figures.Honest(FigureScale.Money);
        if (writing.Statement is { } statement)
        {
            return ToStatedDong(statement).ToString(culture);
        }
        string Bound(Int128 value) => ToStatedDong(new FigureStatement(value, writing.Exponent, AmountQualifier.None)).ToString(culture);
        return FigureText.Range(Bound(writing.Low), writing.High is { } high ? Bound(high) : null, culture);
    }

    /// <summary>Writes the range honestly in the invariant culture: <c>about 3.7 billion VND</c>.</summary>
    public override string ToString() => ToString(TextCulture.English);

    /// <summary>Whether both ranges allow the same amounts and have the same nominal sum and coarsest resolution.</summary>
    public bool Equals(AmountRange other) => Figures == other.Figures;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AmountRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Figures.GetHashCode();

    /// <summary>Whether two ranges are the same.</summary>
    public static bool operator ==(AmountRange left, AmountRange right) => left.Equals(right);

    /// <summary>Whether two ranges differ.</summary>
    public static bool operator !=(AmountRange left, AmountRange right) => !left.Equals(right);

    private static StatedDong ToStatedDong(FigureStatement statement)
        => new(new Dong((long)statement.Value), new Dong((long)FigureScale.Pow10(statement.Exponent)), statement.Qualifier);

    private static int ExponentOf(long resolution)
    {
        var exponent = 0;
        for (; resolution > 1; resolution /= 10)
        {
            exponent++;
        }
        return exponent;
    }
}
