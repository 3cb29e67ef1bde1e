using DomainKit.Text;

namespace DomainKit.Money;

/// <summary>
/// The rates a numerator and a denominator known only as ranges can give: from the <see cref="Lowest"/> (the least
/// numerator over the greatest denominator) to the <see cref="Highest"/> (the greatest numerator over the least
/// denominator), as exact fractions. <c>3.922</c> Party members of <c>khoảng 4 nghìn</c> eligible is from 3922/5000 to
/// 3922/3000; of an exact 4.127 it is exactly 3922/4127, written <c>95,0%</c>.
/// </summary>
/// <remarks>
/// <para>The range is undetermined (<see cref="IsDetermined"/> is false) when the denominator may be zero, since for
/// that choice there is no rate at all, and then neither end is known; or when the numerator has no upper bound, and
/// then only the <see cref="Lowest"/> is. A denominator with no upper bound makes the lowest rate 0, as a limit.
/// Numerator and denominator are taken as independent: the range does not assume that the part is at most the whole.</para>
/// <para>Use <see cref="IsConsistentWith"/> to check a stated rate (<c>96,7%</c>) against approximate counts: it fails
/// only when no choice of counts consistent with both figures gives a rate the statement allows.</para>
/// <para>The default value is the rate of zero over zero: undetermined. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct RateRange : IEquatable<RateRange>
{
    private readonly CountRange numerator;
    private readonly CountRange denominator;

    private RateRange(CountRange numerator, CountRange denominator)
    {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /// <summary>The counts above the line: how many took part.</summary>
    public CountRange Numerator => numerator;

    /// <summary>The counts below the line: how many could have.</summary>
    public CountRange Denominator => denominator;

    /// <summary>
    /// The lowest rate the counts can give: the least numerator over the greatest denominator, 0 when the denominator
    /// has no upper bound; <see langword="null"/> when the denominator may be zero.
    /// </summary>
    public Rate? Lowest => denominator.Min == 0
        ? null
        : denominator.Max is { } max ? Rate.Of(numerator.Min, max) : Rate.Of(0, 1);

    /// <summary>
    /// The highest rate the counts can give: the greatest numerator over the least denominator; <see langword="null"/>
    /// when the denominator may be zero or the numerator has no upper bound.
    /// </summary>
    public Rate? Highest => denominator.Min == 0 || numerator.Max is not { } max ? null : Rate.Of(max, denominator.Min);

    /// <summary>Whether both ends are known: the denominator cannot be zero and the numerator has an upper bound.</summary>
    public bool IsDetermined => denominator.Min > 0 && numerator.Max is not null;

    /// <summary>Whether the counts allow a single rate (both ends known and equal), as when both are exact.</summary>
    public bool IsExact => Lowest is { } lowest && Highest is { } highest && lowest == highest;

    /// <summary>The rates <paramref name="numerator"/> over <paramref name="denominator"/> can give.</summary>
    public static RateRange Of(CountRange numerator, CountRange denominator) => new(numerator, denominator);

    /// <summary>
    /// Whether <paramref name="rate"/> lies between <see cref="Lowest"/> and <see cref="Highest"/>, both included; an
    /// end that is not known excludes nothing, so an undetermined range refuses no rate.
    /// </summary>
    public bool Contains(Rate rate) => (Lowest is not { } lowest || rate >= lowest) && (Highest is not { } highest || rate <= highest);

    /// <summary>
    /// Whether a stated rate can be true of these counts: whether some rate from <see cref="Lowest"/> to
    /// <see cref="Highest"/> is one the statement allows (<see cref="StatedRate.IsConsistentWith"/>). <c>96,7%</c> is
    /// not consistent with 3.922 of 4.127 (95,0%); it is with 3.922 of <c>khoảng 4 nghìn</c>. An undetermined range
    /// refutes nothing.
    /// </summary>
    public bool IsConsistentWith(StatedRate stated)
    {
        if (Lowest is not { } lowest)
        {
            return true;
        }
        // In halves of the statement's last digit, as StatedRate.IsConsistentWith works: its ends are whole numbers of halves.
        var units = (Int128)(stated.Value * Rate.Pow10(stated.Decimals));
        var twice = units * 2;
        var scale = 200 * (Int128)Rate.Pow10(stated.Decimals);
        // The sign of bound − rate, both in halves, by cross-multiplication.
        int Compare(Int128 bound, Rate rate) => (bound * rate.Denominator).CompareTo(scale * rate.Numerator);

        // The statement's lower end against the highest rate, and the lowest rate against its upper end.
        var lowerHolds = Highest is not { } highest || stated.Qualifier switch
        {
            AmountQualifier.None => Compare(twice - 1, highest) <= 0,
            AmountQualifier.Over => Compare(twice - 1, highest) < 0,
            AmountQualifier.About => Compare(twice - 2, highest) <= 0,
            _ => true,
        };
        var upperHolds = stated.Qualifier switch
        {
            AmountQualifier.None or AmountQualifier.Under => Compare(twice + 1, lowest) > 0,
            AmountQualifier.About => Compare(twice + 2, lowest) >= 0,
            _ => true,
        };
        return lowerHolds && upperHolds;
    }

    /// <summary>
    /// The honest writing of the range as one stated rate with <paramref name="decimals"/> places, which every rate of
    /// the range is consistent with, or <see langword="null"/> when the range can only be written as a range or is
    /// undetermined. The first that applies: the rate rounded to <paramref name="decimals"/> places when both ends round
    /// to it (exact counts always do: <c>95,0%</c>); <c>trên X</c> when only the lowest rate is known, X the largest whose
    /// <c>trên</c> holds it; <c>khoảng X</c> when one holds both ends, X nearest the middle of the range.
    /// </summary>
    /// <param name="decimals">The decimal places, 0 to <see cref="Rate.MaxDecimals"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    public StatedRate? ToStated(int decimals = 1)
    {
        Rate.CheckDecimals(decimals);
        if (Lowest is not { } lowest)
        {
            return null;
        }
        if (Highest is not { } highest)
        {
            // Over u allows every x > u − 1/2 (in units of the last place): the largest u with 2u − 1 < 2·lowest.
            var twiceLowest = CeilingUnits(lowest, decimals, twice: true);
            return Stated(twiceLowest / 2, decimals, AmountQualifier.Over);
        }
        var low = lowest.ScaledPercent(decimals);
        if (low == highest.ScaledPercent(decimals))
        {
            return Stated(low, decimals, AmountQualifier.None);
        }
        // About u allows u − 1 ≤ x ≤ u + 1: u from ceiling(highest) − 1 to floor(lowest) + 1.
        var from = CeilingUnits(highest, decimals, twice: false) - 1;
        var to = FloorUnits(lowest, decimals) + 1;
        if (from > to)
        {
            return null;
        }
        var middle = (low + highest.ScaledPercent(decimals) + 1) / 2;
        return Stated(Int128.Clamp(middle, from, to), decimals, AmountQualifier.About);
    }

    /// <summary>
    /// Writes the range honestly with <paramref name="decimals"/> places: the statement of <see cref="ToStated"/>
    /// (<c>96,7%</c>, <c>khoảng 96,7%</c>, <c>trên 94,5%</c>), or the range rounded outward
    /// (<c>từ 95,1% đến 98,2%</c>; invariant <c>from 95.1% to 98.2%</c>), or <c>không xác định</c> (invariant
    /// <c>undetermined</c>) when the denominator may be zero.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not defined or <paramref name="decimals"/> is out of range.</exception>
    public string ToString(TextCulture culture, int decimals = 1)
    {
        DongNotation.ThrowIfUndefined(culture);
        if (ToStated(decimals) is { } stated)
        {
            return stated.ToString(culture);
        }
        if (Lowest is not { } lowest || Highest is not { } highest)
        {
            return culture == TextCulture.Vietnamese ? "không xác định" : "undetermined";
        }
        return FigureText.Range(
            Rate.FormatPercent(FloorUnits(lowest, decimals), decimals, culture),
            Rate.FormatPercent(CeilingUnits(highest, decimals, twice: false), decimals, culture),
            culture);
    }

    /// <summary>Writes the range honestly in the invariant culture with one decimal place: <c>about 96.7%</c>.</summary>
    public override string ToString() => ToString(TextCulture.English);

    /// <summary>Whether both ranges are of the same counts.</summary>
    public bool Equals(RateRange other) => numerator == other.numerator && denominator == other.denominator;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RateRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(numerator, denominator);

    /// <summary>Whether two ranges are of the same counts.</summary>
    public static bool operator ==(RateRange left, RateRange right) => left.Equals(right);

    /// <summary>Whether two ranges are of different counts.</summary>
    public static bool operator !=(RateRange left, RateRange right) => !left.Equals(right);

    // A rate of a trillion per cent and more has no stated form; only the range itself is written then.
    private static StatedRate? Stated(Int128 units, int decimals, AmountQualifier qualifier)
        => units / Rate.Pow10(decimals) >= 1_000_000_000_000 ? null : new StatedRate(Rate.ToDecimal(units, decimals), qualifier);

    /// <summary>The percentage in units of its last place, rounded down.</summary>
    private static Int128 FloorUnits(Rate rate, int decimals)
        => (Int128)rate.Numerator * 100 * Rate.Pow10(decimals) / rate.Denominator;

    /// <summary>The percentage in units (or halves, when <paramref name="twice"/>) of its last place, rounded up.</summary>
    private static Int128 CeilingUnits(Rate rate, int decimals, bool twice)
    {
        var scaled = (Int128)rate.Numerator * (twice ? 200 : 100) * Rate.Pow10(decimals);
        return (scaled + rate.Denominator - 1) / rate.Denominator;
    }
}
