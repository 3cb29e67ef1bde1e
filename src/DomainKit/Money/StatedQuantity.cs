using System.Diagnostics.CodeAnalysis;
using System.Text;
using DomainKit.Text;

namespace DomainKit.Money;

/// <summary>
/// A measured quantity as written in a report, with its unit of measure: <c>12,5 km</c> of lit road,
/// <c>khoảng 3 tấn</c> of rice, <c>trên 2.000 m</c>. Like <see cref="StatedDong"/> it keeps the nominal
/// <see cref="Value"/>, the <see cref="Resolution"/> it was written to (0,1 for <c>12,5 km</c>) and a
/// <see cref="Qualifier"/>, and adds the <see cref="Unit"/> as written. Use <see cref="QuantityRange"/> to add
/// stated quantities up honestly.
/// </summary>
/// <remarks>
/// <para>As the đồng is for money, the unit of measure is the smallest unit a figure is taken to: a whole figure
/// written without a scale word (<c>2.500 kg</c>, <c>3 tấn</c>) is exact, while decimals (<c>12,5 km</c>) and scale
/// words (<c>1,5 nghìn m</c>) say that the figure was rounded to its last written digit. An exact fractional total,
/// such as one summed from records, is a <see cref="QuantityRange.Exact"/>.</para>
/// <para>Units are compared ordinally, as written: <c>km</c> and <c>Km</c> are different units, and no unit is
/// converted into another. The default value is exactly zero with no unit. Quantities are never negative.
/// Equality compares value, resolution, qualifier and unit, so <c>12,5 km</c> and <c>12,50 km</c> differ.
/// Immutable and thread-safe.</para>
/// </remarks>
public readonly struct StatedQuantity : IEquatable<StatedQuantity>, ISpanFormattable, ISpanParsable<StatedQuantity>
{
    /// <summary>The finest resolution writing can express, as a power of ten: a millionth, six decimals.</summary>
    public const int MinResolutionExponent = -6;

    /// <summary>The coarsest resolution writing can express, as a power of ten: one tỷ of the unit.</summary>
    public const int MaxResolutionExponent = 9;

    private readonly decimal value;
    private readonly sbyte resolutionExponent;
    private readonly AmountQualifier qualifier;
    private readonly string? unit;

    /// <summary>Creates a stated quantity.</summary>
    /// <param name="value">The nominal quantity, as written: 12.5 for <c>12,5 km</c>.</param>
    /// <param name="resolution">The place value of the last written digit: 0.1 for <c>12,5 km</c>, 1 for <c>3 tấn</c>, 100 for <c>1,5 nghìn m</c>; a power of ten from 10^-6 to 10^9.</param>
    /// <param name="unit">The unit of measure as written: <c>km</c>, <c>tấn</c>, <c>suất quà</c>.</param>
    /// <param name="qualifier">The word before the quantity, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="value"/> is negative or above <see cref="long.MaxValue"/>, <paramref name="resolution"/> is not a
    /// power of ten from 10^-6 to 10^9, or <paramref name="qualifier"/> is not defined.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="unit"/> is empty or white space or has white space around it, <paramref name="value"/> is not a
    /// multiple of <paramref name="resolution"/>, or the statement allows no quantity at all (<c>dưới 0 km</c>).
    /// </exception>
    public StatedQuantity(decimal value, decimal resolution, string unit, AmountQualifier qualifier = AmountQualifier.None)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (string.IsNullOrWhiteSpace(unit) || unit.Trim().Length != unit.Length)
        {
            throw new ArgumentException("The unit must be written, with no white space around it.", nameof(unit));
        }
        if (value < 0 || value > long.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A quantity is from zero to the largest 64-bit integer.");
        }
        var exponent = ExponentOf(resolution);
        if (exponent is null)
        {
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "The resolution must be a power of ten from 0.000001 to 1,000,000,000.");
        }
        if (!Enum.IsDefined(qualifier))
        {
            throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Unknown qualifier.");
        }
        var problem = QuantityGrid.TryToGrid(value, out var grid)
            ? FigureScale.Quantity.Problem(new FigureStatement(grid, exponent.Value, qualifier))
            : "The value must be a multiple of the resolution: no digit is written below the last one.";
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(value));
        }
        this.value = QuantityGrid.WithPlaces(value, exponent.Value);
        resolutionExponent = (sbyte)exponent.Value;
        this.qualifier = qualifier;
        this.unit = unit;
    }

    private StatedQuantity(decimal value, int exponent, AmountQualifier qualifier, string unit)
    {
        this.value = QuantityGrid.WithPlaces(value, exponent);
        resolutionExponent = (sbyte)exponent;
        this.qualifier = qualifier;
        this.unit = unit;
    }

    /// <summary>The nominal quantity as written, with as many decimal places as were written: <c>12.5m</c> for <c>12,5 km</c>, <c>12.50m</c> for <c>12,50 km</c>.</summary>
    public decimal Value => value;

    /// <summary>The place value of the last written digit: <c>0.1m</c> for <c>12,5 km</c>, <c>1m</c> for <c>3 tấn</c>, <c>100m</c> for <c>1,5 nghìn m</c>.</summary>
    public decimal Resolution => QuantityGrid.Pow10(resolutionExponent);

    /// <summary>The word before the quantity, if any.</summary>
    public AmountQualifier Qualifier => qualifier;

    /// <summary>The unit of measure as written (<c>km</c>, <c>tấn</c>, <c>suất quà</c>); empty only for the default value.</summary>
    public string Unit => unit ?? string.Empty;

    /// <summary>Whether the writing is a whole number of the unit with no qualifier and no scale word, so that only <see cref="Value"/> is consistent with it.</summary>
    public bool IsExact => resolutionExponent == 0 && qualifier == AmountQualifier.None;

    /// <summary>
    /// The quantities the statement allows, by the rule of <see cref="StatedDong.ConsistentRange"/> with the unit as
    /// the smallest unit (value v, resolution r, and half of it h, which is 0 when r is 1), never below zero:
    /// <list type="bullet">
    /// <item><see cref="AmountQualifier.None"/>: exactly v when r is 1; otherwise v − h ≤ x &lt; v + h
    /// (<c>12,5 km</c> allows 12,45 km up to but not including 12,55 km).</item>
    /// <item><see cref="AmountQualifier.Over"/>: x &gt; v − h, no upper bound (<c>trên 2.000 m</c> allows anything above 2.000 m).</item>
    /// <item><see cref="AmountQualifier.Under"/>: 0 ≤ x &lt; v + h.</item>
    /// <item><see cref="AmountQualifier.About"/>: max(0, v − r) ≤ x ≤ v + r (<c>khoảng 3 tấn</c> allows 2 to 4 tấn).</item>
    /// </list>
    /// A quantity is not a whole number, so an end may be excluded (the 12,55 km above, the 2.000 m of <c>trên</c>);
    /// <c>Min</c> and <c>Max</c> are the ends whether included or not, and <see cref="IsConsistentWith"/> applies the
    /// rule exactly.
    /// </summary>
    public (decimal Min, decimal? Max) ConsistentRange
    {
        get
        {
            var bounds = Bounds;
            return (QuantityGrid.FromGrid(bounds.Min), bounds.Max is { } max ? QuantityGrid.FromGrid(max) : null);
        }
    }

    /// <summary>Whether an exact quantity, in the same unit, agrees with this statement; see <see cref="ConsistentRange"/>.</summary>
    public bool IsConsistentWith(decimal exact) => QuantityGrid.Contains(Bounds, exact);

    private FigureInterval Bounds => FigureScale.Quantity.Bounds(Figure);

    /// <summary>A statement of exactly <paramref name="value"/> whole units, with no qualifier: <c>2.500 kg</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is empty or white space, or has white space around it.</exception>
    public static StatedQuantity Exact(long value, string unit) => new(value, 1m, unit);

    /// <summary>Parses a quantity as written in <paramref name="culture"/>; see <see cref="Read"/> for what is accepted.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not a defined value.</exception>
    /// <exception cref="FormatException">The text is not a quantity; the message says why.</exception>
    public static StatedQuantity Parse(string text, TextCulture culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        DongNotation.ThrowIfUndefined(culture);
        return ParseOrThrow(text, culture);
    }

    /// <summary>Tries to parse a quantity as written in a report; see <see cref="Read"/>. Never throws on bad text.</summary>
    public static bool TryParse(string? text, TextCulture culture, out StatedQuantity result)
    {
        if (culture is not (TextCulture.Vietnamese or TextCulture.English))
        {
            result = default;
            return false;
        }
        return Read(text, culture).TryGetValue(out result);
    }

    /// <summary>
    /// Reads a quantity with its unit as written in a report, or says why the text is not one
    /// (<see cref="ParseResult{T}.Failure"/>: <c>12,5</c> is <see cref="ParseFailure.MissingUnit"/>, <c>13.75 km</c> in
    /// Vietnamese <see cref="ParseFailure.BadDigitGrouping"/>). Never throws on bad text.
    /// </summary>
    /// <remarks>
    /// <para>Digits are grouped and decimals marked as for amounts (<see cref="StatedDong.Read"/>): Vietnamese
    /// <c>2.500 kg</c> is two thousand five hundred and <c>12,5 km</c> twelve and a half; invariant <c>2,500 kg</c>,
    /// <c>12.5 km</c>. A figure may have up to six decimals, or a scale word (<c>1,5 nghìn m</c>), after the same
    /// qualifiers as amounts (<c>trên</c>, <c>hơn</c>, <c>dưới</c>, <c>gần</c>, <c>khoảng</c>, <c>xấp xỉ</c>;
    /// invariant <c>over</c>, <c>about</c>, ...). The unit is every word after the figure, kept as written with single
    /// spaces between words (<c>suất quà</c>); it may hold letters and the marks ², ³, ° and /.</para>
    /// <para>Refused: what the amount parser refuses; a sign; a figure with no unit; digits or other text after the unit.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not a defined value.</exception>
    public static ParseResult<StatedQuantity> Read(ReadOnlySpan<char> text, TextCulture culture)
    {
        DongNotation.ThrowIfUndefined(culture);
        var failure = FigureParser.Read(text, culture, measured: true, out var reading);
        if (failure != ParseFailure.None)
        {
            return ParseResult<StatedQuantity>.ForFailure(failure);
        }
        var grid = reading.Mantissa * FigureScale.Pow10(reading.Exponent - FigureScale.Quantity.GridExponent);
        if (FigureScale.Quantity.Problem(new FigureStatement(grid, reading.Exponent, reading.Qualifier)) is not null)
        {
            return ParseResult<StatedQuantity>.ForFailure(ParseFailure.NoAmount);
        }
        return ParseResult<StatedQuantity>.ForValue(new StatedQuantity(QuantityGrid.FromGrid(grid), reading.Exponent, reading.Qualifier, reading.Unit!));
    }

    /// <summary>Parses a quantity in the provider's culture (Vietnamese for a <see cref="System.Globalization.CultureInfo"/> named <c>vi</c>..., invariant otherwise).</summary>
    /// <exception cref="FormatException">The text is not a quantity; the message says why.</exception>
    public static StatedQuantity Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParseOrThrow(s, TextCultures.Of(provider));

    /// <summary>Tries to parse a quantity in the provider's culture; never throws on bad text.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out StatedQuantity result) => Read(s, TextCultures.Of(provider)).TryGetValue(out result);

    /// <summary>Parses a quantity in the provider's culture (Vietnamese for a <see cref="System.Globalization.CultureInfo"/> named <c>vi</c>..., invariant otherwise).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a quantity; the message says why.</exception>
    public static StatedQuantity Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseOrThrow(s, TextCultures.Of(provider));
    }

    /// <summary>Tries to parse a quantity in the provider's culture; never throws on bad text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out StatedQuantity result) => Read(s, TextCultures.Of(provider)).TryGetValue(out result);

    /// <summary>
    /// Writes the statement as <see cref="ToString(TextCulture)"/> does, in the provider's culture (Vietnamese for a
    /// <see cref="System.Globalization.CultureInfo"/> whose name starts with <c>vi</c>, invariant otherwise); the only
    /// format is <c>"G"</c> (or null).
    /// </summary>
    /// <exception cref="FormatException">The format is not <c>"G"</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format is null or "" or "G"
        ? ToString(TextCultures.Of(formatProvider))
        : throw new FormatException($"Unknown format '{format}' for a stated quantity; use G.");

    /// <summary>Writes the statement into <paramref name="destination"/>, as <see cref="ToString(string, IFormatProvider)"/> does.</summary>
    /// <exception cref="FormatException">The format is not <c>"G"</c>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => TextCultures.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <summary>
    /// Writes the statement as officers write it, so that it parses back to an equal one: the figure to its last written
    /// digit (<c>12,5 km</c>, <c>12,50 km</c>, <c>2.500 kg</c>, <c>1,5 nghìn m</c>) after its qualifier (<c>trên 2.000 m</c>,
    /// <c>dưới 5 km</c>, <c>khoảng 3 tấn</c>; invariant <c>over 2,000 m</c>, <c>about 3 tấn</c>), then the unit.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not a defined value.</exception>
    public string ToString(TextCulture culture)
    {
        DongNotation.ThrowIfUndefined(culture);
        var builder = new StringBuilder();
        if (FigureText.QualifierWord(qualifier, culture, "trên") is { } word)
        {
            builder.Append(word).Append(' ');
        }
        var grid = QuantityGrid.ToGrid(value);
        builder.AppendFigure(grid / FigureScale.Quantity.Unit(resolutionExponent), resolutionExponent, culture);
        return unit is null ? builder.ToString() : builder.Append(' ').Append(unit).ToString();
    }

    /// <summary>Writes the statement in the invariant culture: <c>12.5 km</c>, <c>about 3 tấn</c>.</summary>
    public override string ToString() => ToString(TextCulture.English);

    /// <inheritdoc/>
    public bool Equals(StatedQuantity other)
        => value == other.value && resolutionExponent == other.resolutionExponent && qualifier == other.qualifier
            && string.Equals(unit, other.unit, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StatedQuantity other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(value, resolutionExponent, qualifier, unit is null ? 0 : StringComparer.Ordinal.GetHashCode(unit));

    /// <summary>Whether two statements are the same: equal value, resolution, qualifier and unit.</summary>
    public static bool operator ==(StatedQuantity left, StatedQuantity right) => left.Equals(right);

    /// <summary>Whether two statements differ in value, resolution, qualifier or unit.</summary>
    public static bool operator !=(StatedQuantity left, StatedQuantity right) => !left.Equals(right);

    /// <summary>The statement on the common grid, for sums and their honest writing.</summary>
    internal FigureStatement Figure => new(QuantityGrid.ToGrid(value), resolutionExponent, qualifier);

    /// <summary>The statement for a figure on the common grid, which the honest writing of a sum has checked.</summary>
    internal static StatedQuantity FromFigure(FigureStatement figure, string unit)
        => new(QuantityGrid.FromGrid(figure.Value), figure.Exponent, figure.Qualifier, unit);

    private static StatedQuantity ParseOrThrow(ReadOnlySpan<char> text, TextCulture culture)
    {
        var result = Read(text, culture);
        return result.Success ? result.Value : throw new FormatException($"'{text}' is not a quantity: {result.Reason.English}.");
    }

    private static int? ExponentOf(decimal resolution)
    {
        for (var exponent = MinResolutionExponent; exponent <= MaxResolutionExponent; exponent++)
        {
            if (QuantityGrid.Pow10(exponent) == resolution)
            {
                return exponent;
            }
        }
        return null;
    }
}
