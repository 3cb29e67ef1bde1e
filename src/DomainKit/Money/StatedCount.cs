using System.Diagnostics.CodeAnalysis;
using System.Text;
using DomainKit.Text;

namespace DomainKit.Money;

/// <summary>
/// A count as written in a report (people, models, gifts, occurrences), with what the writing tells about it: its
/// nominal <see cref="Value"/>, the <see cref="Resolution"/> it was written to, and a <see cref="Qualifier"/>.
/// <c>51</c> is exact; <c>hơn 500</c> says the count is above 500; <c>1,2 triệu</c> only that it rounds to 1,2 million;
/// <c>khoảng 2 nghìn</c> that it is within a thousand of 2.000. Use <see cref="IsConsistentWith"/> to check a stated
/// count against one counted from records, and <see cref="CountRange"/> to add stated counts up honestly.
/// </summary>
/// <remarks>
/// The default value is exactly zero. Counts are never negative. Equality compares all three parts, so <c>2 nghìn</c>
/// and <c>2.000</c> have the same <see cref="Value"/> but are different statements. Immutable and thread-safe.
/// </remarks>
public readonly struct StatedCount : IEquatable<StatedCount>, ISpanFormattable, ISpanParsable<StatedCount>
{
    /// <summary>The coarsest resolution writing can express, as a power of ten: one tỷ, the last digit of <c>2 tỷ</c>.</summary>
    public const int MaxResolutionExponent = 9;

    private readonly long value;

    // Stored as a power of ten so that the default value has resolution 10^0 = 1 and is exact.
    private readonly byte resolutionExponent;
    private readonly AmountQualifier qualifier;

    /// <summary>Creates a stated count.</summary>
    /// <param name="value">The nominal count, as written: 1,200,000 for <c>1,2 triệu</c>.</param>
    /// <param name="resolution">The place value of the last written digit: 1 for <c>1.234</c>, 100,000 for <c>1,2 triệu</c>; a power of ten from 1 to 10^9.</param>
    /// <param name="qualifier">The word before the count, if any.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="value"/> is negative, <paramref name="resolution"/> is not a power of ten from 1 to 10^9, or
    /// <paramref name="qualifier"/> is not defined.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a multiple of <paramref name="resolution"/>, or the statement allows no count at all (<c>dưới 0</c>).</exception>
    public StatedCount(long value, long resolution, AmountQualifier qualifier = AmountQualifier.None)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var exponent = ExponentOf(resolution);
        if (exponent < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "The resolution must be a power of ten from 1 to 1,000,000,000.");
        }
        if (!Enum.IsDefined(qualifier))
        {
            throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Unknown qualifier.");
        }
        var problem = FigureScale.Count.Problem(new FigureStatement(value, exponent, qualifier));
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(value));
        }
        this.value = value;
        resolutionExponent = (byte)exponent;
        this.qualifier = qualifier;
    }

    private StatedCount(long value, int exponent, AmountQualifier qualifier)
    {
        this.value = value;
        resolutionExponent = (byte)exponent;
        this.qualifier = qualifier;
    }

    /// <summary>The nominal count, as written: 1,200,000 for <c>1,2 triệu</c>, 500 for <c>hơn 500</c>.</summary>
    public long Value => value;

    /// <summary>The place value of the last written digit: 1 for <c>1.234</c>, 100,000 for <c>1,2 triệu</c>, 1,000 for <c>khoảng 2 nghìn</c>.</summary>
    public long Resolution => (long)FigureScale.Pow10(resolutionExponent);

    /// <summary>The word before the count, if any.</summary>
    public AmountQualifier Qualifier => qualifier;

    /// <summary>Whether the writing gives the count to the unit with no qualifier, so that only <see cref="Value"/> is consistent with it.</summary>
    public bool IsExact => resolutionExponent == 0 && qualifier == AmountQualifier.None;

    /// <summary>
    /// The counts the statement allows, with an inclusive <c>Min</c> and an inclusive <c>Max</c> that is
    /// <see langword="null"/> when there is no upper bound, by exactly the rule of <see cref="StatedDong.ConsistentRange"/>
    /// (value v, resolution r, and r/2 rounded down, so 0 when r is 1), never below zero:
    /// <list type="bullet">
    /// <item><see cref="AmountQualifier.None"/>: exactly v when r is 1; otherwise v − r/2 ≤ x &lt; v + r/2
    /// (<c>1,2 triệu</c> allows 1,150,000 to 1,249,999).</item>
    /// <item><see cref="AmountQualifier.Over"/>: x &gt; v − r/2, no upper bound (<c>hơn 500</c> allows 501 and up).</item>
    /// <item><see cref="AmountQualifier.Under"/>: 0 ≤ x &lt; v + r/2 (<c>dưới 500</c> allows 0 to 499).</item>
    /// <item><see cref="AmountQualifier.About"/>: max(0, v − r) ≤ x ≤ v + r (<c>khoảng 2 nghìn</c> allows 1.000 to 3.000).</item>
    /// </list>
    /// </summary>
    public (long Min, long? Max) ConsistentRange
    {
        get
        {
            var bounds = Bounds;
            return ((long)bounds.Min, bounds.Max is { } max ? (long)Int128.Min(max, long.MaxValue) : null);
        }
    }

    /// <summary>Whether an exact count, such as one counted from records, agrees with this statement; see <see cref="ConsistentRange"/>.</summary>
    public bool IsConsistentWith(long exact) => Bounds.Contains(exact);

    private FigureInterval Bounds => FigureScale.Count.Bounds(new FigureStatement(value, resolutionExponent, qualifier));

    /// <summary>A statement of exactly <paramref name="count"/>, to the unit, with no qualifier.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static StatedCount Exact(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new StatedCount(count, 0, AmountQualifier.None);
    }

    /// <summary>Parses a count as written in <paramref name="culture"/>; see <see cref="Read"/> for what is accepted.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not a defined value.</exception>
    /// <exception cref="FormatException">The text is not a count; the message says why.</exception>
    public static StatedCount Parse(string text, TextCulture culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        DongNotation.ThrowIfUndefined(culture);
        return ParseOrThrow(text, culture);
    }

    /// <summary>Tries to parse a count as written in a report; see <see cref="Read"/>. Never throws on bad text.</summary>
    public static bool TryParse(string? text, TextCulture culture, out StatedCount result)
    {
        if (culture is not (TextCulture.Vietnamese or TextCulture.English))
        {
            result = default;
            return false;
        }
        return Read(text, culture).TryGetValue(out result);
    }

    /// <summary>
    /// Reads a count as written in a report, or says why the text is not one (<see cref="ParseResult{T}.Failure"/>:
    /// <c>1.00.000</c> is <see cref="ParseFailure.BadDigitGrouping"/>, <c>2,5</c> <see cref="ParseFailure.DecimalWithoutScale"/>).
    /// Never throws on bad text. Case, surrounding white space and runs of spaces do not matter, and Vietnamese words
    /// match with or without their marks.
    /// </summary>
    /// <remarks>
    /// <para>Digits are grouped and decimals marked as for amounts (<see cref="StatedDong.Read"/>): Vietnamese <c>1.234</c>
    /// and <c>1,2 triệu</c>, invariant <c>1,234</c> and <c>1.2 million</c>. Accepted: a whole figure, grouped or not
    /// (<c>51</c>, <c>1.234</c>); a figure with a scale word, where a decimal is allowed (<c>2,5 nghìn</c>/<c>ngàn</c>,
    /// <c>1,2 triệu</c>, <c>2 tỷ</c>; invariant <c>2.5 thousand</c>); scale words in decreasing order
    /// (<c>1 triệu 200 nghìn</c>); each after the same qualifiers as amounts (<c>hơn</c>, <c>trên</c>, <c>dưới</c>,
    /// <c>gần</c>, <c>khoảng</c>, <c>xấp xỉ</c>; invariant <c>over</c>, <c>more than</c>, <c>under</c>, <c>nearly</c>,
    /// <c>about</c>, ...).</para>
    /// <para>Refused: what the amount parser refuses; a sign (counts are never negative); digits after scaled figures
    /// (<c>1 triệu 200</c>, <see cref="ParseFailure.DigitsAfterScale"/>); and any word after the figure, the counted noun
    /// included (<c>hơn 500 lượt</c> is <see cref="ParseFailure.UnexpectedText"/>), because whether a report counts
    /// occurrences (lượt) or people is for the caller to check against what the figure stands for, not to drop.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not a defined value.</exception>
    public static ParseResult<StatedCount> Read(ReadOnlySpan<char> text, TextCulture culture)
    {
        DongNotation.ThrowIfUndefined(culture);
        var failure = FigureParser.Read(text, culture, measured: false, out var reading);
        if (failure != ParseFailure.None)
        {
            return ParseResult<StatedCount>.ForFailure(failure);
        }
        var value = (long)(reading.Mantissa * FigureScale.Pow10(reading.Exponent));
        if (FigureScale.Count.Problem(new FigureStatement(value, reading.Exponent, reading.Qualifier)) is not null)
        {
            return ParseResult<StatedCount>.ForFailure(ParseFailure.NoAmount);
        }
        return ParseResult<StatedCount>.ForValue(new StatedCount(value, reading.Exponent, reading.Qualifier));
    }

    /// <summary>Parses a count in the provider's culture (Vietnamese for a <see cref="System.Globalization.CultureInfo"/> named <c>vi</c>..., invariant otherwise).</summary>
    /// <exception cref="FormatException">The text is not a count; the message says why.</exception>
    public static StatedCount Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParseOrThrow(s, TextCultures.Of(provider));

    /// <summary>Tries to parse a count in the provider's culture; never throws on bad text.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out StatedCount result) => Read(s, TextCultures.Of(provider)).TryGetValue(out result);

    /// <summary>Parses a count in the provider's culture (Vietnamese for a <see cref="System.Globalization.CultureInfo"/> named <c>vi</c>..., invariant otherwise).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a count; the message says why.</exception>
    public static StatedCount Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseOrThrow(s, TextCultures.Of(provider));
    }

    /// <summary>Tries to parse a count in the provider's culture; never throws on bad text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out StatedCount result) => Read(s, TextCultures.Of(provider)).TryGetValue(out result);

    /// <summary>
    /// Writes the statement as <see cref="ToString(TextCulture)"/> does, in the provider's culture (Vietnamese for a
    /// <see cref="System.Globalization.CultureInfo"/> whose name starts with <c>vi</c>, invariant otherwise); the only
    /// format is <c>"G"</c> (or null).
    /// </summary>
    /// <exception cref="FormatException">The format is not <c>"G"</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format is null or "" or "G"
        ? ToString(TextCultures.Of(formatProvider))
        : throw new FormatException($"Unknown format '{format}' for a stated count; use G.");

    /// <summary>Writes the statement into <paramref name="destination"/>, as <see cref="ToString(string, IFormatProvider)"/> does.</summary>
    /// <exception cref="FormatException">The format is not <c>"G"</c>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => TextCultures.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <summary>
    /// Writes the statement as officers write it, so that it parses back to an equal one: exact counts grouped
    /// (<c>1.234</c>), others in the smallest scale word that holds their resolution, keeping significant trailing zeros
    /// (<c>1,2 triệu</c>, <c>2,50 nghìn</c>), after their qualifier (<c>hơn 500</c>, <c>dưới 500</c>, <c>khoảng 2 nghìn</c>;
    /// invariant <c>over 500</c>, <c>about 2 thousand</c>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not a defined value.</exception>
    public string ToString(TextCulture culture)
    {
        DongNotation.ThrowIfUndefined(culture);
        var builder = new StringBuilder();
        if (FigureText.QualifierWord(qualifier, culture, "hơn") is { } word)
        {
            builder.Append(word).Append(' ');
        }
        return builder.AppendFigure(value / (long)FigureScale.Pow10(resolutionExponent), resolutionExponent, culture).ToString();
    }

    /// <summary>Writes the statement in the invariant culture: <c>over 500</c>, <c>1.2 million</c>.</summary>
    public override string ToString() => ToString(TextCulture.English);

    /// <inheritdoc/>
    public bool Equals(StatedCount other)
        => value == other.value && resolutionExponent == other.resolutionExponent && qualifier == other.qualifier;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StatedCount other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(value, resolutionExponent, qualifier);

    /// <summary>Whether two statements are the same: equal value, resolution and qualifier.</summary>
    public static bool operator ==(StatedCount left, StatedCount right) => left.Equals(right);

    /// <summary>Whether two statements differ in value, resolution or qualifier.</summary>
    public static bool operator !=(StatedCount left, StatedCount right) => !left.Equals(right);

    /// <summary>The statement on the common grid, for sums and their honest writing.</summary>
    internal FigureStatement Figure => new(value, resolutionExponent, qualifier);

    /// <summary>The statement for a figure on the common grid, which the honest writing of a sum has checked.</summary>
    internal static StatedCount FromFigure(FigureStatement figure) => new((long)figure.Value, figure.Exponent, figure.Qualifier);

    private static StatedCount ParseOrThrow(ReadOnlySpan<char> text, TextCulture culture)
    {
        var result = Read(text, culture);
        return result.Success ? result.Value : throw new FormatException($"'{text}' is not a count: {result.Reason.English}.");
    }

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

    /// <summary>The power of ten of the resolution, for the column store of submitted figures.</summary>
    internal int Exponent => resolutionExponent;

    /// <summary>A statement rebuilt from the parts <see cref="Exponent"/>, the value and the qualifier that a valid one gave.</summary>
    internal static StatedCount FromParts(long value, int exponent, AmountQualifier qualifier) => new(value, exponent, qualifier);
}
