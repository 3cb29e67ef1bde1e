using System.Diagnostics.CodeAnalysis;
using DomainKit.Text;

namespace DomainKit.Money;

/// <summary>
/// An amount as written in a report, with what the writing tells about it: its nominal <see cref="Value"/>, the
/// <see cref="Resolution"/> it was written to, and a <see cref="Qualifier"/> such as <c>trên</c> (over).
/// <c>6.100.542.700 đ</c> is exact; <c>6,1 tỷ</c> only says the amount rounds to 6,1 tỷ; <c>trên 5 tỷ 670 triệu</c>
/// says it is above that. Use <see cref="IsConsistentWith"/> to check a reported figure against an exact ledger total.
/// </summary>
/// <remarks>
/// The default value is exactly zero đồng. Equality compares all three parts, so <c>6,1 tỷ</c> and
/// <c>6.100.000.000 đ</c> have the same <see cref="Value"/> but are different statements.
/// Qualified amounts are never negative: they bound quantities such as funds raised.
/// </remarks>
public readonly struct StatedDong : IEquatable<StatedDong>, ISpanFormattable, ISpanParsable<StatedDong>
{
    /// <summary>The coarsest resolution writing can express: one tỷ, the last digit of <c>5 tỷ</c>.</summary>
    public const int MaxResolutionExponent = 9;

    private readonly long value;

    // Stored as a power of ten so that the default value has resolution 10^0 = 1 and is exact.
    private readonly byte resolutionExponent;
    private readonly AmountQualifier qualifier;

    /// <summary>Creates a stated amount.</summary>
    /// <param name="value">The nominal amount, as written.</param>
    /// <param name="resolution">The place value of the last written digit: 1 for <c>6.100.542.700 đ</c>, 100,000,000 for <c>6,1 tỷ</c>; a power of ten from 1 to one tỷ.</param>
    /// <param name="qualifier">The word before the amount, if any.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="resolution"/> is not a power of ten from 1 to 10^9, <paramref name="qualifier"/> is not defined,
    /// or a qualified value is negative.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a multiple of <paramref name="resolution"/>, or the statement allows no amount at all (<c>dưới 0 đồng</c>).</exception>
    public StatedDong(Dong value, Dong resolution, AmountQualifier qualifier = AmountQualifier.None)
    {
        var exponent = ExponentOf(resolution.Value);
        if (exponent < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution.Value, "The resolution must be a power of ten from 1 to 1,000,000,000.");
        }
        if (!Enum.IsDefined(qualifier))
        {
            throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Unknown qualifier.");
        }
        if (qualifier != AmountQualifier.None && value.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value.Value, "A qualified amount cannot be negative.");
        }
        var problem = Problem(value.Value, exponent, qualifier);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(value));
        }
        this.value = value.Value;
        resolutionExponent = (byte)exponent;
        this.qualifier = qualifier;
    }

    private StatedDong(long value, int exponent, AmountQualifier qualifier)
    {
        this.value = value;
        resolutionExponent = (byte)exponent;
        this.qualifier = qualifier;
    }

    /// <summary>The nominal amount, as written: 6,100,000,000 for <c>6,1 tỷ</c>.</summary>
    public Dong Value => new(value);

    /// <summary>The place value of the last written digit: 1 for <c>6.100.542.700 đ</c>, 100,000,000 for <c>6,1 tỷ</c>, 1,000,000 for <c>766 triệu</c> and for <c>5 tỷ 670 triệu</c>.</summary>
    public Dong Resolution => new(Pow10(resolutionExponent));

    /// <summary>The word before the amount, if any.</summary>
    public AmountQualifier Qualifier => qualifier;

    /// <summary>Whether the writing gives the amount to the đồng with no qualifier, so that only <see cref="Value"/> is consistent with it.</summary>
    public bool IsExact => resolutionExponent == 0 && qualifier == AmountQualifier.None;

    /// <summary>
    /// The exact amounts the statement allows, with an inclusive <c>Min</c> and an inclusive <c>Max</c> that is
    /// <see langword="null"/> when there is no upper bound. With value v and resolution r (and r/2 rounded down, so 0 when r is 1):
    /// <list type="bullet">
    /// <item><see cref="AmountQualifier.None"/>: exactly v when r is 1; otherwise the amounts that round half away from zero
    /// to v, that is v − r/2 ≤ x &lt; v + r/2 (<c>6,1 tỷ</c> allows 6,050,000,000 to 6,149,999,999), mirrored for negative
    /// v as v − r/2 &lt; x ≤ v + r/2.</item>
    /// <item><see cref="AmountQualifier.Over"/>: x &gt; v − r/2, no upper bound (<c>trên 1.000 đ</c> allows 1,001 and up).</item>
    /// <item><see cref="AmountQualifier.Under"/>: 0 ≤ x &lt; v + r/2.</item>
    /// <item><see cref="AmountQualifier.About"/>: within one resolution either side, max(0, v − r) ≤ x ≤ v + r
    /// (<c>khoảng 2,5 tỷ</c> allows 2,400,000,000 to 2,600,000,000).</item>
    /// </list>
    /// Bounds beyond the range of <see cref="Dong"/> are clipped to <see cref="Dong.MinValue"/> and <see cref="Dong.MaxValue"/>.
    /// </summary>
    public (Dong Min, Dong? Max) ConsistentRange
    {
        get
        {
            var (min, max) = Bounds(value, resolutionExponent, qualifier);
            return (new Dong(Clip(min)), max is { } upper ? new Dong(Clip(upper)) : null);
        }
    }

    /// <summary>Whether an exact amount, such as a ledger total, agrees with this statement; see <see cref="ConsistentRange"/>.</summary>
    public bool IsConsistentWith(Dong exact)
    {
        var (min, max) = Bounds(value, resolutionExponent, qualifier);
        return exact.Value >= min && (max is not { } upper || exact.Value <= upper);
    }

    /// <summary>A statement of exactly <paramref name="amount"/>, to the đồng, with no qualifier.</summary>
    public static StatedDong Exact(Dong amount) => new(amount.Value, 0, AmountQualifier.None);

    /// <summary>
    /// Parses an amount as written in a report in <paramref name="culture"/>; see <see cref="Read"/> for what is accepted.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not a defined value.</exception>
    /// <exception cref="FormatException">The text is not an amount, or does not fit in 64 bits; the message says why.</exception>
    public static StatedDong Parse(string text, TextCulture culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        DongNotation.ThrowIfUndefined(culture);
        return ParseOrThrow(text, culture);
    }

    /// <summary>Tries to parse an amount as written in a report; see <see cref="Read"/>. Never throws on bad text.</summary>
    public static bool TryParse(string? text, TextCulture culture, out StatedDong result)
    {
        if (culture is not (TextCulture.Vietnamese or TextCulture.English))
        {
            result = default;
            return false;
        }
        return Read(text, culture).TryGetValue(out result);
    }

    /// <summary>
    /// Reads an amount as written in a report, or says why the text is not one (<see cref="ParseResult{T}.Failure"/>:
    /// <c>85.300.00đ</c> is <see cref="ParseFailure.BadDigitGrouping"/>, <c>2,5</c> <see cref="ParseFailure.DecimalWithoutScale"/>).
    /// Never throws on bad text. Case, surrounding white space and runs of spaces (including no-break spaces) do not
    /// matter, and Vietnamese words match with or without their marks.
    /// </summary>
    /// <remarks>
    /// <para>Vietnamese groups thousands with <c>.</c> and marks decimals with <c>,</c>; invariant the reverse. Accepted forms:
    /// a whole figure, grouped or not (<c>6.100.542.700 đ</c>, <c>6100542700</c>, <c>-1.000 đ</c>); a figure with a scale word,
    /// where a decimal comma is allowed (<c>2,5 tỷ đồng</c>, <c>766 triệu</c>, <c>700 nghìn</c>/<c>ngàn</c>; invariant
    /// <c>2.5 billion VND</c>); or scale words in decreasing order (<c>5 tỷ 670 triệu 500 nghìn đồng</c>,
    /// <c>2 tỷ 700 đồng</c>). The currency (<c>đ</c>, <c>đồng</c>, <c>VNĐ</c>, <c>VND</c>) is optional, except after
    /// trailing đồng in scale words, because <c>1 tỷ 2</c> means 1,2 tỷ in speech. A qualifier may come first
    /// (<c>trên</c>, <c>hơn</c>, <c>dưới</c>, <c>gần</c>, <c>khoảng</c>, <c>xấp xỉ</c>; invariant <c>over</c>,
    /// <c>more than</c>, <c>under</c>, <c>nearly</c>, <c>almost</c>, <c>about</c>, <c>around</c>, <c>approximately</c>, ...).</para>
    /// <para>Refused: bad grouping (<c>1.00.000</c>), a decimal with no scale word (<c>2,5</c>), more decimals than the scale
    /// holds (<c>1,0000000001 tỷ</c>), scale words out of order (<c>5 triệu 3 tỷ</c>), amounts beyond 64 bits, a negative
    /// qualified amount, other text before or after the amount.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not a defined value.</exception>
    public static ParseResult<StatedDong> Read(ReadOnlySpan<char> text, TextCulture culture)
    {
        DongNotation.ThrowIfUndefined(culture);
        var failure = DongParser.Read(text, culture, out var reading);
        if (failure != ParseFailure.None)
        {
            return ParseResult<StatedDong>.ForFailure(failure);
        }
        if (Problem(reading.Value, reading.ResolutionExponent, reading.Qualifier) is not null)
        {
            return ParseResult<StatedDong>.ForFailure(reading.Qualifier != AmountQualifier.None && reading.Value < 0 ? ParseFailure.MisplacedSign : ParseFailure.NoAmount);
        }
        return ParseResult<StatedDong>.ForValue(new StatedDong(reading.Value, reading.ResolutionExponent, reading.Qualifier));
    }

    /// <summary>Parses an amount in the provider's culture (Vietnamese for a <see cref="System.Globalization.CultureInfo"/> named <c>vi</c>..., invariant otherwise).</summary>
    /// <exception cref="FormatException">The text is not an amount; the message says why.</exception>
    public static StatedDong Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParseOrThrow(s, TextCultures.Of(provider));

    /// <summary>Tries to parse an amount in the provider's culture; never throws on bad text.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out StatedDong result) => Read(s, TextCultures.Of(provider)).TryGetValue(out result);

    /// <summary>Parses an amount in the provider's culture (Vietnamese for a <see cref="System.Globalization.CultureInfo"/> named <c>vi</c>..., invariant otherwise).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not an amount; the message says why.</exception>
    public static StatedDong Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseOrThrow(s, TextCultures.Of(provider));
    }

    /// <summary>Tries to parse an amount in the provider's culture; never throws on bad text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out StatedDong result) => Read(s, TextCultures.Of(provider)).TryGetValue(out result);

    /// <summary>
    /// Writes the statement as <see cref="ToString(TextCulture)"/> does, in the provider's culture (Vietnamese for a
    /// <see cref="System.Globalization.CultureInfo"/> whose name starts with <c>vi</c>, invariant otherwise); the only
    /// format is <c>"G"</c> (or null).
    /// </summary>
    /// <exception cref="FormatException">The format is not <c>"G"</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format is null or "" or "G"
        ? ToString(TextCultures.Of(formatProvider))
        : throw new FormatException($"Unknown format '{format}' for a stated amount; use G.");

    /// <summary>Writes the statement into <paramref name="destination"/>, as <see cref="ToString(string, IFormatProvider)"/> does.</summary>
    /// <exception cref="FormatException">The format is not <c>"G"</c>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => TextCultures.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    private static StatedDong ParseOrThrow(ReadOnlySpan<char> text, TextCulture culture)
    {
        var result = Read(text, culture);
        return result.Success ? result.Value : throw new FormatException($"'{text}' is not an amount of đồng: {result.Reason.English}.");
    }

    /// <summary>
    /// Writes the statement so that it parses back to an equal one: exact amounts in the full style
    /// (<c>trên 6.100.542.700 đ</c>), others counted in the smallest scale word that holds their resolution, keeping
    /// significant trailing zeros (<c>6,1 tỷ đồng</c>, <c>2,50 tỷ đồng</c>, <c>5.670 triệu đồng</c>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not a defined value.</exception>
    public string ToString(TextCulture culture)
    {
        DongNotation.ThrowIfUndefined(culture);
        var amount = resolutionExponent == 0
            ? DongFormat.Format(Value, DongStyle.Full, culture)
            : DongFormat.Scaled(value, Pow10((resolutionExponent + 2) / 3 * 3), (3 - (resolutionExponent % 3)) % 3, culture);
        var word = QualifierWord(qualifier, culture);
        return word is null ? amount : word + " " + amount;
    }

    /// <summary>Writes the statement in the invariant culture: <c>over 5,670 million VND</c>, <c>6.1 billion VND</c>.</summary>
    public override string ToString() => ToString(TextCulture.English);

    /// <inheritdoc/>
    public bool Equals(StatedDong other)
        => value == other.value && resolutionExponent == other.resolutionExponent && qualifier == other.qualifier;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StatedDong other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(value, resolutionExponent, qualifier);

    /// <summary>Whether two statements are the same: equal value, resolution and qualifier.</summary>
    public static bool operator ==(StatedDong left, StatedDong right) => left.Equals(right);

    /// <summary>Whether two statements differ in value, resolution or qualifier.</summary>
    public static bool operator !=(StatedDong left, StatedDong right) => !left.Equals(right);

    private static string? QualifierWord(AmountQualifier qualifier, TextCulture culture) => (qualifier, culture) switch
    {
        (AmountQualifier.None, _) => null,
        (AmountQualifier.Over, TextCulture.Vietnamese) => "trên",
        (AmountQualifier.Under, TextCulture.Vietnamese) => "dưới",
        (AmountQualifier.About, TextCulture.Vietnamese) => "khoảng",
        (AmountQualifier.Over, _) => "over",
        (AmountQualifier.Under, _) => "under",
        _ => "about",
    };

    /// <summary>Why a combination cannot be a statement, or null; shared by the constructor and the parser so that parsing never throws.</summary>
    private static string? Problem(long value, int exponent, AmountQualifier qualifier)
    {
        if (value % Pow10(exponent) != 0)
        {
            return "The value must be a multiple of the resolution: no digit is written below the last one.";
        }
        if (qualifier != AmountQualifier.None && value < 0)
        {
            return "A qualified amount cannot be negative.";
        }
        var (min, max) = Bounds(value, exponent, qualifier);
        if (min > long.MaxValue || (max is { } upper && upper < min))
        {
            return "The statement allows no amount at all.";
        }
        return null;
    }

    /// <summary>The consistent range in 128 bits, so that bounds just beyond <see cref="long"/> need no special cases.</summary>
    private static (Int128 Min, Int128? Max) Bounds(long value, int exponent, AmountQualifier qualifier)
    {
        Int128 v = value;
        Int128 r = Pow10(exponent);
        var half = r / 2;
        return qualifier switch
        {
            AmountQualifier.Over => (v - half + 1, null),
            AmountQualifier.Under => (0, v + half - 1),
            AmountQualifier.About => (Int128.Max(0, v - r), v + r),
            _ when r == 1 => (v, v),
            _ when value < 0 => (v - half + 1, v + half),
            _ => (v - half, v + half - 1),
        };
    }

    private static long Clip(Int128 bound) => (long)Int128.Clamp(bound, long.MinValue, long.MaxValue);

    private static int ExponentOf(long resolution)
    {
        var power = 1L;
        for (var exponent = 0; exponent <= MaxResolutionExponent; exponent++, power *= 10)
        {
            if (power == resolution)
            {
                return exponent;
            }
        }
        return -1;
    }

    private static long Pow10(int exponent)
    {
        var result = 1L;
        for (var k = 0; k < exponent; k++)
        {
            result *= 10L;
        }
        return result;
    }

    /// <summary>The power of ten of the resolution, for the column store of submitted figures.</summary>
    internal int Exponent => resolutionExponent;

    /// <summary>A statement rebuilt from the parts <see cref="Exponent"/>, the value and the qualifier that a valid one gave.</summary>
    internal static StatedDong FromParts(long value, int exponent, AmountQualifier qualifier) => new(value, exponent, qualifier);
}
