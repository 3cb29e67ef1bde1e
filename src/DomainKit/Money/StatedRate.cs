using System.Globalization;
using DomainKit.Text;
using DomainKit.Utility;

namespace DomainKit.Money;

/// <summary>
/// A percentage as written in a report (<c>96,7%</c>, <c>đạt tỷ lệ 100%</c>, <c>gần 100%</c>), with what the writing
/// tells about it: its nominal <see cref="Value"/>, the <see cref="Decimals"/> it was written to, and a
/// <see cref="Qualifier"/>. <c>96,7%</c> only says that the true rate rounds to 96,7%, so it is consistent with every
/// rate from 96,65% up to but not including 96,75%; see <see cref="IsConsistentWith"/>.
/// </summary>
/// <remarks>
/// The default value is exactly <c>0%</c>, written with no decimals. Equality compares value, decimals and qualifier,
/// so <c>95%</c> and <c>95,0%</c> are different statements. Stated rates are never negative. Immutable and thread-safe.
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public readonly struct StatedRate : IEquatable<StatedRate>
{
    /// <summary>The most decimal places a stated rate may have.</summary>
    public const int MaxDecimals = Rate.MaxDecimals;

    // More integer digits than this make no sense for a rate and would not fit once scaled.
    private const int MaxIntegerDigits = 12;

    private static readonly (string[] Words, AmountQualifier Qualifier)[] VietnameseQualifiers = QualifierWords.Vietnamese;

    private static readonly (string[] Words, AmountQualifier Qualifier)[] InvariantQualifiers = QualifierWords.Invariant;

    // Words that introduce a rate and say nothing about it: "đạt tỷ lệ 96,7%", "a rate of 96.7%".
    // Folding keeps "đ", so "đạt" is "đat"; typed without marks it is "dat".
    private static readonly string[][] VietnameseLeadIns =
    [
        ["đat", "ty", "le"], ["đat", "ti", "le"], ["dat", "ty", "le"], ["dat", "ti", "le"], ["ty", "le"], ["ti", "le"], ["đat"], ["dat"],
    ];

    private static readonly string[][] InvariantLeadIns = [["a", "rate", "of"], ["rate", "of"], ["reaching"]];

    private readonly long units;
    private readonly byte decimals;
    private readonly AmountQualifier qualifier;

    /// <summary>
    /// Creates a stated rate from a percentage written with the decimal's own places: <c>96.7m</c> is <c>96,7%</c>,
    /// <c>95.0m</c> is <c>95,0%</c> (one place), <c>100m</c> is <c>100%</c>.
    /// </summary>
    /// <param name="percent">The percentage as written, with as many decimal places as were written.</param>
    /// <param name="qualifier">The word before it, if any: <c>trên</c>, <c>gần</c>, <c>khoảng</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="percent"/> is negative, has more than <see cref="MaxDecimals"/> places or is 10^12 or more,
    /// or <paramref name="qualifier"/> is not defined.
    /// </exception>
    public StatedRate(decimal percent, AmountQualifier qualifier = AmountQualifier.None)
    {
        if (percent < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A rate cannot be negative.");
        }
        var scale = percent.Scale;
        if (scale > MaxDecimals)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, $"A stated rate has at most {MaxDecimals} decimal places.");
        }
        if (percent >= 1_000_000_000_000m)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "The rate is too large.");
        }
        if (!Enum.IsDefined(qualifier))
        {
            throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Unknown qualifier.");
        }
        units = (long)(percent * Rate.Pow10(scale));
        decimals = (byte)scale;
        this.qualifier = qualifier;
    }

    private StatedRate(long units, int decimals, AmountQualifier qualifier)
    {
        this.units = units;
        this.decimals = (byte)decimals;
        this.qualifier = qualifier;
    }

    /// <summary>The percentage as written, with exactly <see cref="Decimals"/> places: <c>96.7m</c> for <c>96,7%</c>.</summary>
    public decimal Value => Rate.ToDecimal(units, decimals);

    /// <summary>The number of decimal places written: 1 for <c>96,7%</c>, 0 for <c>100%</c>.</summary>
    public int Decimals => decimals;

    /// <summary>The place value of the last written digit, in percentage points: <c>0.1m</c> for <c>96,7%</c>, <c>1m</c> for <c>100%</c>.</summary>
    public decimal Resolution => Rate.ToDecimal(1, decimals);

    /// <summary>The word before the rate, if any.</summary>
    public AmountQualifier Qualifier => qualifier;

    /// <summary>The statement a writer makes who rounds <paramref name="rate"/> half away from zero to <paramref name="decimals"/> places.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range, or the rate is 10^12% or more.</exception>
    public static StatedRate Of(Rate rate, int decimals) => new(rate.Percent(decimals));

    /// <summary>
    /// Whether an exact rate agrees with this statement. With value v and resolution r (both in percentage points), the
    /// exact percentage x is consistent when, as for <see cref="StatedDong.ConsistentRange"/>:
    /// <list type="bullet">
    /// <item><see cref="AmountQualifier.None"/>: v − r/2 ≤ x &lt; v + r/2, that is x rounds half away from zero to v
    /// (<c>96,7%</c> allows 96,65% up to but not including 96,75%).</item>
    /// <item><see cref="AmountQualifier.Over"/>: x &gt; v − r/2.</item>
    /// <item><see cref="AmountQualifier.Under"/>: x &lt; v + r/2 (<c>gần 100%</c> allows anything below 100,5%).</item>
    /// <item><see cref="AmountQualifier.About"/>: v − r ≤ x ≤ v + r.</item>
    /// </list>
    /// The comparison is exact, in integers.
    /// </summary>
    public bool IsConsistentWith(Rate rate)
    {
        // Everything in units of half the resolution: x becomes X = 2·10^d·100·n/den, compared by cross-multiplication.
        var x = (Int128)rate.Numerator * 200 * Rate.Pow10(decimals);
        Int128 den = rate.Denominator;
        Int128 twice = (Int128)units * 2;
        bool AtLeast(Int128 bound) => x >= bound * den;
        bool Above(Int128 bound) => x > bound * den;
        bool Below(Int128 bound) => x < bound * den;
        return qualifier switch
        {
            AmountQualifier.Over => Above(twice - 1),
            AmountQualifier.Under => Below(twice + 1),
            AmountQualifier.About => AtLeast(twice - 2) && !Above(twice + 2),
            _ => AtLeast(twice - 1) && Below(twice + 1),
        };
    }

    /// <summary>
    /// The stated value minus <paramref name="rate"/> rounded half away from zero to the stated places, in percentage
    /// points, with exactly <see cref="Decimals"/> places: for <c>96,7%</c> against 3922/4127 (95,0%) it is <c>1.7m</c>,
    /// against 3922/3922 (100,0%) <c>-3.3m</c>. This is the difference a reader sees between the stated figure and the
    /// exact one written to the same precision; for an unqualified statement it is zero exactly when
    /// <see cref="IsConsistentWith"/> holds.
    /// </summary>
    public decimal DifferenceFrom(Rate rate) => Rate.ToDecimal(units - rate.ScaledPercent(decimals), decimals);

    /// <summary>
    /// Parses a percentage as written in <paramref name="culture"/>; see <see cref="TryParse"/> for what is accepted.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not a defined value.</exception>
    /// <exception cref="FormatException">The text is not a percentage.</exception>
    public static StatedRate Parse(string text, TextCulture culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        DongNotation.ThrowIfUndefined(culture);
        return TryParse(text, culture, out var result)
            ? result
            : throw new FormatException($"'{text}' is not a percentage.");
    }

    /// <summary>
    /// Tries to parse a percentage as written in a report; never throws on bad text. Case, surrounding white space and
    /// runs of spaces (no-break spaces too) do not matter, and Vietnamese words match with or without their marks.
    /// </summary>
    /// <remarks>
    /// <para>The figure is digits with an optional decimal part, <c>,</c> in Vietnamese (<c>96,7%</c>) and <c>.</c>
    /// invariant (<c>96.7%</c>), at most <see cref="MaxDecimals"/> places, followed by <c>%</c> with or without a space.
    /// Digits are not grouped, so <c>96.7%</c> is refused in Vietnamese and <c>96,7%</c> invariant.</para>
    /// <para>Before the figure there may be words that introduce it (<c>đạt</c>, <c>tỷ lệ</c>/<c>tỉ lệ</c>,
    /// <c>đạt tỷ lệ</c>; invariant <c>rate of</c>, <c>a rate of</c>, <c>reaching</c>), which are dropped, and then a
    /// qualifier as amounts have (<c>trên</c>, <c>hơn</c>, <c>dưới</c>, <c>gần</c>, <c>khoảng</c>, <c>xấp xỉ</c>;
    /// invariant <c>over</c>, <c>more than</c>, <c>under</c>, <c>nearly</c>, <c>almost</c>, <c>about</c>, ...).
    /// Anything else, a sign, or text after the <c>%</c> is refused.</para>
    /// </remarks>
    public static bool TryParse(string? text, TextCulture culture, out StatedRate result)
    {
        result = default;
        if (text is null || culture is not (TextCulture.Vietnamese or TextCulture.English))
        {
            return false;
        }
        var tokens = text.Split([' ', '\t', '\n', '\r', '\u00A0', '\u202F', '\u2007'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return false;
        }

        string figure;
        int wordCount;
        if (tokens[^1] == "%")
        {
            if (tokens.Length < 2)
            {
                return false;
            }
            figure = tokens[^2];
            wordCount = tokens.Length - 2;
        }
        else if (tokens[^1].EndsWith('%'))
        {
            figure = tokens[^1][..^1];
            wordCount = tokens.Length - 1;
        }
        else
        {
            return false;
        }

        var words = tokens.Take(wordCount).Select(t => VietnameseFolding.Fold(t)).ToArray();
        var i = 0;
        foreach (var leadIn in culture == TextCulture.Vietnamese ? VietnameseLeadIns : InvariantLeadIns)
        {
            if (StartsWith(words, i, leadIn))
            {
                i += leadIn.Length;
                break;
            }
        }
        var qualifier = AmountQualifier.None;
        foreach (var (candidate, meaning) in culture == TextCulture.Vietnamese ? VietnameseQualifiers : InvariantQualifiers)
        {
            if (StartsWith(words, i, candidate))
            {
                qualifier = meaning;
                i += candidate.Length;
                break;
            }
        }
        if (i != words.Length || !TryReadFigure(figure, DongNotation.DecimalMark(culture), out var units, out var places))
        {
            return false;
        }
        result = new StatedRate(units, places, qualifier);
        return true;
    }

    /// <summary>
    /// Writes the statement so that it parses back to an equal one in the same culture, keeping its places:
    /// <c>96,7%</c>, <c>95,0%</c>, <c>gần 100%</c>; invariant <c>96.7%</c>, <c>under 100%</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not a defined value.</exception>
    public string ToString(TextCulture culture)
    {
        DongNotation.ThrowIfUndefined(culture);
        var figure = Rate.FormatPercent(units, decimals, culture);
        // Written without grouping so that it parses back; rates of a thousand per cent and more are rare.
        figure = figure.Replace(DongNotation.GroupSeparator(culture).ToString(), string.Empty, StringComparison.Ordinal);
        var word = (qualifier, culture) switch
        {
            (AmountQualifier.None, _) => null,
            (AmountQualifier.Over, TextCulture.Vietnamese) => "trên",
            (AmountQualifier.Under, TextCulture.Vietnamese) => "dưới",
            (AmountQualifier.About, TextCulture.Vietnamese) => "khoảng",
            (AmountQualifier.Over, _) => "over",
            (AmountQualifier.Under, _) => "under",
            _ => "about",
        };
        return word is null ? figure : word + " " + figure;
    }

    /// <summary>Writes the statement in the invariant culture: <c>96.7%</c>.</summary>
    public override string ToString() => ToString(TextCulture.English);

    /// <inheritdoc/>
    public bool Equals(StatedRate other) => units == other.units && decimals == other.decimals && qualifier == other.qualifier;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StatedRate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(units, decimals, qualifier);

    /// <summary>Whether two statements are the same: equal value, places and qualifier.</summary>
    public static bool operator ==(StatedRate left, StatedRate right) => left.Equals(right);

    /// <summary>Whether two statements differ in value, places or qualifier.</summary>
    public static bool operator !=(StatedRate left, StatedRate right) => !left.Equals(right);

    private static bool TryReadFigure(string figure, char decimalMark, out long units, out int places)
    {
        units = 0;
        places = 0;
        var mark = figure.IndexOf(decimalMark, StringComparison.Ordinal);
        var whole = mark < 0 ? figure : figure[..mark];
        var fraction = mark < 0 ? string.Empty : figure[(mark + 1)..];
        if (whole.Length is 0 or > MaxIntegerDigits || (mark >= 0 && fraction.Length is 0 or > MaxDecimals)
            || !whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit))
        {
            return false;
        }
        units = long.Parse(whole + fraction, NumberStyles.None, CultureInfo.InvariantCulture);
        places = fraction.Length;
        return true;
    }

    private static bool StartsWith(string[] words, int start, string[] expected)
    {
        if (start + expected.Length > words.Length)
        {
            return false;
        }
        for (var k = 0; k < expected.Length; k++)
        {
            if (words[start + k] != expected[k])
            {
                return false;
            }
        }
        return true;
    }
}
