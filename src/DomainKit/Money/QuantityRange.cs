using DomainKit.Text;

namespace DomainKit.Money;

/// <summary>
/// What a sum of stated quantities of one unit is known to be: every quantity from <see cref="Min"/> to
/// <see cref="Max"/> (none: no upper bound), with the <see cref="Nominal"/> sum as written, the
/// <see cref="Resolution"/> of the coarsest part that is not exact, and the <see cref="Unit"/>. <c>12,5 km</c> plus
/// <c>3 km</c> is written <c>15,5 km</c> (the exact 3 km adds no uncertainty); <c>12,5 km</c> plus <c>3,2 km</c> is
/// from 15,6 km up to but not including 15,8 km and is written <c>khoảng 15,7 km</c>.
/// </summary>
/// <remarks>
/// <para>Build one with <see cref="Of"/> or <see cref="Exact"/> for each figure and add them with <c>+</c> or
/// <see cref="Sum"/>. Quantities of different units are never added: adding <c>km</c> to <c>m</c> is a programming
/// error and throws, since no unit is converted. <see cref="Zero"/> has no unit and adds to a range of any unit.
/// A figure that was not reported is not zero: leave it out of the sum and say so.</para>
/// <para>A quantity is not a whole number, so an end of the range may be excluded (the 15,8 km above): <see cref="Min"/>
/// and <see cref="Max"/> are the ends whether included or not, and <see cref="Contains"/> applies the rule exactly.</para>
/// <para><see cref="ToStated"/> chooses the honest writing by the rule of <see cref="AmountRange"/>: exact when exact
/// (a total with decimals, from <see cref="Exact"/>, as the plain figure to its last decimal); <c>trên X</c> with no
/// upper bound; the plain figure at the coarsest resolution R when its rounding interval holds the range;
/// <c>khoảng X</c>, X the nominal sum rounded to the smallest resolution that holds the range, no coarser than the
/// width of the range, when it starts above 0; <c>dưới V</c> when the lower bound is below R; otherwise the range
/// itself (<c>từ 12,3 km đến 15,7 km</c>).</para>
/// <para>The default value is <see cref="Zero"/>. Immutable and thread-safe; arithmetic is checked and throws
/// <see cref="OverflowException"/> when a bound leaves the range of <see cref="decimal"/>.</para>
/// </remarks>
public readonly struct QuantityRange : IEquatable<QuantityRange>
{
    // Null for the default value, which is exactly zero with no unit.
    private readonly FigureSum? sum;
    private readonly string? unit;

    private QuantityRange(FigureSum sum, string? unit)
    {
        // Checks that every bound can be given as a decimal.
        _ = QuantityGrid.FromGrid(sum.Interval.Min);
        _ = QuantityGrid.FromGrid(sum.Interval.Max ?? 0);
        _ = QuantityGrid.FromGrid(sum.Nominal);
        this.sum = sum;
        this.unit = unit;
    }

    private FigureSum Figures => sum ?? FigureSum.Zero;

    /// <summary>Exactly zero with no unit, the sum of nothing; also the default value. Adds to a range of any unit.</summary>
    public static QuantityRange Zero => default;

    /// <summary>The unit of measure as written (<c>km</c>); empty for <see cref="Zero"/>.</summary>
    public string Unit => unit ?? string.Empty;

    /// <summary>The lower end of the range, never negative; excluded when a part excludes its own (<c>trên 2.000 m</c>).</summary>
    public decimal Min => QuantityGrid.FromGrid(Figures.Interval.Min);

    /// <summary>The upper end of the range, or <see langword="null"/> when it has no upper bound: as soon as one part has none. Excluded when a part excludes its own (<c>12,5 km</c> stops short of 12,55 km).</summary>
    public decimal? Max => Figures.Interval.Max is { } max ? QuantityGrid.FromGrid(max) : null;

    /// <summary>The sum of the quantities as written: 15.7 for <c>12,5 km</c> + <c>3,2 km</c>.</summary>
    public decimal Nominal => QuantityGrid.FromGrid(Figures.Nominal);

    /// <summary>The resolution of the coarsest part that is not exact (<c>0.1m</c> for <c>12,5 km</c> + <c>3 km</c>); 0 when every part is exact.</summary>
    public decimal Resolution => Figures.Coarsest is { } exponent ? QuantityGrid.Pow10(exponent) : 0m;

    /// <summary>At least this range's least value, with no upper bound: a flow known for part of a period, for the whole period.</summary>
    internal QuantityRange AtLeast() => new(Figures.WithoutUpperBound(), unit);

    /// <summary>Whether the range holds a single quantity.</summary>
    public bool IsExact => Figures.Interval.IsPoint;

    /// <summary>What a stated quantity allows, its <see cref="StatedQuantity.ConsistentRange"/>, as a part of a sum, in its unit.</summary>
    public static QuantityRange Of(StatedQuantity stated)
        => new(FigureSum.Of(FigureScale.Quantity, stated.Figure), stated.Unit.Length == 0 ? null : stated.Unit);

    /// <summary>Exactly <paramref name="value"/> of <paramref name="unit"/>, such as a total summed from records: <c>13,75 km</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or above <see cref="long.MaxValue"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="value"/> has more than six decimals, or <paramref name="unit"/> is empty or white space, or has
    /// white space around it.
    /// </exception>
    public static QuantityRange Exact(decimal value, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, long.MaxValue);
        if (string.IsNullOrWhiteSpace(unit) || unit.Trim().Length != unit.Length)
        {
            throw new ArgumentException("The unit must be written, with no white space around it.", nameof(unit));
        }
        if (!QuantityGrid.TryToGrid(value, out var grid) || grid % FigureScale.Quantity.Unit(StatedQuantity.MinResolutionExponent) != 0)
        {
            throw new ArgumentException("A quantity has at most six decimals.", nameof(value));
        }
        return new QuantityRange(FigureSum.Exactly(grid), unit);
    }

    /// <summary>Whether <paramref name="value"/>, in this range's unit, is one of the quantities the range allows.</summary>
    public bool Contains(decimal value) => QuantityGrid.Contains(Figures.Interval, value);

    /// <summary>The range of the sum of two ranges of the same unit; see <see cref="QuantityRange"/>.</summary>
    /// <exception cref="ArgumentException">The ranges have different units (compared ordinally); <see cref="Zero"/> has none.</exception>
    /// <exception cref="OverflowException">A bound or the nominal sum does not fit in a decimal.</exception>
    public static QuantityRange operator +(QuantityRange left, QuantityRange right)
        => new(left.Figures + right.Figures, CommonUnit(left.unit, right.unit));

    /// <summary>The range of the sum of two ranges, as <c>+</c>.</summary>
    /// <exception cref="ArgumentException">The ranges have different units.</exception>
    /// <exception cref="OverflowException">A bound or the nominal sum does not fit in a decimal.</exception>
    public static QuantityRange Add(QuantityRange left, QuantityRange right) => left + right;

    /// <summary>The range of the sum of <paramref name="ranges"/>, all of one unit; <see cref="Zero"/> for none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ranges"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The ranges have different units.</exception>
    /// <exception cref="OverflowException">A bound or the nominal sum does not fit in a decimal.</exception>
    public static QuantityRange Sum(IEnumerable<QuantityRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var total = Zero;
        foreach (var range in ranges)
        {
            total += range;
        }
        return total;
    }

    /// <summary>
    /// The honest writing of the range as one statement in its unit, whose consistent range holds every quantity of the
    /// range, or <see langword="null"/> when only the range itself can be written; see <see cref="QuantityRange"/>.
    /// <see cref="Zero"/> gives the default statement, zero with no unit.
    /// </summary>
    public StatedQuantity? ToStated()
    {
        if (unit is null)
        {
            return default(StatedQuantity);
        }
        return Figures.Honest(FigureScale.Quantity).Statement is { } statement ? StatedQuantity.FromFigure(statement, unit) : null;
    }

    /// <summary>
    /// Writes the range honestly: the statement of <see cref="ToStated"/> as <see cref="StatedQuantity.ToString(TextCulture)"/>
    /// writes it (<c>15,5 km</c>, <c>khoảng 15,7 km</c>, <c>trên 2.000 m</c>), or the range
    /// <c>từ 12,3 km đến 15,7 km</c> (invariant <c>from 12.3 km to 15.7 km</c>). <see cref="Zero"/> is <c>0</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not a defined value.</exception>
    public string ToString(TextCulture culture)
    {
        DongNotation.ThrowIfUndefined(culture);
        if (unit is null)
        {
            return default(StatedQuantity).ToString(culture);
        }
        var writing = Figures.Honest(FigureScale.Quantity);
        if (writing.Statement is { } statement)
        {
            return StatedQuantity.FromFigure(statement, unit).ToString(culture);
        }
        var written = unit;
        string Bound(Int128 value) => StatedQuantity.FromFigure(new FigureStatement(value, writing.Exponent, AmountQualifier.None), written).ToString(culture);
        return FigureText.Range(Bound(writing.Low), writing.High is { } high ? Bound(high) : null, culture);
    }

    /// <summary>Writes the range honestly in the invariant culture: <c>about 15.7 km</c>.</summary>
    public override string ToString() => ToString(TextCulture.English);

    /// <summary>Whether both ranges allow the same quantities of the same unit and have the same nominal sum and coarsest resolution.</summary>
    public bool Equals(QuantityRange other) => Figures == other.Figures && string.Equals(unit, other.unit, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is QuantityRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Figures, unit is null ? 0 : StringComparer.Ordinal.GetHashCode(unit));

    /// <summary>Whether two ranges are the same.</summary>
    public static bool operator ==(QuantityRange left, QuantityRange right) => left.Equals(right);

    /// <summary>Whether two ranges differ.</summary>
    public static bool operator !=(QuantityRange left, QuantityRange right) => !left.Equals(right);

    private static string? CommonUnit(string? left, string? right)
    {
        if (left is null || right is null || string.Equals(left, right, StringComparison.Ordinal))
        {
            return left ?? right;
        }
        throw new ArgumentException($"Quantities of different units cannot be added: '{left}' and '{right}'.", nameof(right));
    }
}
