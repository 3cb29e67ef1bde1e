using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainKit.Text;
using DomainKit.Utility;

namespace DomainKit.Money;

/// <summary>
/// An amount of Vietnamese đồng: a whole number held in a 64-bit integer. Every arithmetic operation is
/// checked, so an overflow throws <see cref="OverflowException"/> and never wraps. Negative values are
/// allowed for differences; amounts recorded in a ledger are checked to be non-negative by validation.
/// </summary>
/// <remarks>
/// The default value is zero đồng. Immutable and thread-safe. Formatting and parsing in Vietnamese
/// (<c>6.100.542.700 đ</c>, <c>2,5 tỷ đồng</c>) are implemented by the library and do not use the host's
/// culture data; see <see cref="DongFormat"/> and <see cref="StatedDong"/>.
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public readonly struct Dong : IEquatable<Dong>, IComparable<Dong>, IComparable, ISpanFormattable, ISpanParsable<Dong>
{
    private readonly long value;

    /// <summary>Creates an amount of <paramref name="value"/> đồng.</summary>
    public Dong(long value) => this.value = value;

    /// <summary>Zero đồng.</summary>
    public static Dong Zero => default;

    /// <summary>The largest amount that can be held.</summary>
    public static Dong MaxValue => new(long.MaxValue);

    /// <summary>The smallest amount that can be held.</summary>
    public static Dong MinValue => new(long.MinValue);

    /// <summary>The number of đồng.</summary>
    public long Value => value;

    /// <summary>Whether the amount is below zero.</summary>
    public bool IsNegative => value < 0;

    /// <summary>Creates an amount from a number of đồng.</summary>
    public static Dong FromDong(long value) => new(value);

    /// <summary>Creates an amount from a number of thousands (nghìn) of đồng.</summary>
    /// <exception cref="OverflowException">The result does not fit in 64 bits.</exception>
    public static Dong FromThousands(long thousands) => new(checked(thousands * 1_000L));

    /// <summary>Creates an amount from a number of millions (triệu) of đồng.</summary>
    /// <exception cref="OverflowException">The result does not fit in 64 bits.</exception>
    public static Dong FromMillions(long millions) => new(checked(millions * 1_000_000L));

    /// <summary>Creates an amount from a number of billions (tỷ) of đồng.</summary>
    /// <exception cref="OverflowException">The result does not fit in 64 bits.</exception>
    public static Dong FromBillions(long billions) => new(checked(billions * 1_000_000_000L));

    /// <summary>Adds two amounts.</summary>
    /// <exception cref="OverflowException">The sum does not fit in 64 bits.</exception>
    public static Dong Add(Dong left, Dong right) => new(checked(left.value + right.value));

    /// <summary>Subtracts <paramref name="right"/> from <paramref name="left"/>.</summary>
    /// <exception cref="OverflowException">The difference does not fit in 64 bits.</exception>
    public static Dong Subtract(Dong left, Dong right) => new(checked(left.value - right.value));

    /// <summary>Multiplies an amount by a whole factor, for instance a daily pledge by a number of days.</summary>
    /// <exception cref="OverflowException">The product does not fit in 64 bits.</exception>
    public static Dong Multiply(Dong amount, long factor) => new(checked(amount.value * factor));

    /// <summary>Negates an amount.</summary>
    /// <exception cref="OverflowException">The amount is <see cref="MinValue"/>.</exception>
    public static Dong Negate(Dong amount) => new(checked(-amount.value));

    /// <summary>The absolute value.</summary>
    /// <exception cref="OverflowException">The amount is <see cref="MinValue"/>.</exception>
    public Dong Abs() => value < 0 ? Negate(this) : this;

    /// <summary>Adds <paramref name="right"/> to <paramref name="left"/>, with overflow checking.</summary>
    public static Dong operator +(Dong left, Dong right) => Add(left, right);

    /// <summary>Subtracts <paramref name="right"/> from <paramref name="left"/>, with overflow checking.</summary>
    public static Dong operator -(Dong left, Dong right) => Subtract(left, right);

    /// <summary>Multiplies an amount by a whole factor, with overflow checking.</summary>
    public static Dong operator *(Dong amount, long factor) => Multiply(amount, factor);

    /// <summary>Negates an amount, with overflow checking.</summary>
    public static Dong operator -(Dong amount) => Negate(amount);

    /// <summary>Whether two amounts are equal.</summary>
    public static bool operator ==(Dong left, Dong right) => left.value == right.value;

    /// <summary>Whether two amounts differ.</summary>
    public static bool operator !=(Dong left, Dong right) => left.value != right.value;

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    public static bool operator <(Dong left, Dong right) => left.value < right.value;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    public static bool operator >(Dong left, Dong right) => left.value > right.value;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    public static bool operator <=(Dong left, Dong right) => left.value <= right.value;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    public static bool operator >=(Dong left, Dong right) => left.value >= right.value;

    /// <summary>Sums amounts with overflow checking.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">The sum does not fit in 64 bits.</exception>
    public static Dong Sum(IEnumerable<Dong> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        long total = 0;
        foreach (var amount in amounts)
        {
            total = checked(total + amount.value);
        }
        return new Dong(total);
    }

    // Adds two amounts without throwing, for the validation rules that report a sum that does not fit instead of failing.
    internal static bool TryAdd(Dong left, Dong right, out Dong sum)
    {
        long result;
        try
        {
            result = checked(left.value + right.value);
        }
        catch (OverflowException)
        {
            sum = default;
            return false;
        }
        sum = new Dong(result);
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(Dong other) => value == other.value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Dong other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => value.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Dong other) => value.CompareTo(other.value);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Dong other => CompareTo(other),
        _ => throw new ArgumentException("The object is not an amount of đồng.", nameof(obj)),
    };

    /// <summary>Formats the amount in a style and culture of the library.</summary>
    public string ToString(DongStyle style, TextCulture culture) => DongFormat.Format(this, style, culture);

    /// <summary>Formats the amount in the invariant full style: <c>6,100,542,700 VND</c>.</summary>
    public override string ToString() => DongFormat.Format(this, DongStyle.Full, TextCulture.English);

    /// <summary>
    /// Formats the amount. Format <c>"F"</c> (or null) is the full style, <c>"C"</c> compact, <c>"W"</c> words,
    /// <c>"P"</c> plain digits. The provider selects Vietnamese only when it is a <see cref="CultureInfo"/>
    /// whose name starts with <c>vi</c>; every other provider gives the invariant form. Culture data is never read.
    /// </summary>
    /// <exception cref="FormatException">The format is not one of the above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var style = format switch
        {
            null or "" or "F" => DongStyle.Full,
            "C" => DongStyle.Compact,
            "W" => DongStyle.Words,
            "P" => DongStyle.Plain,
            _ => throw new FormatException($"Unknown format '{format}' for đồng; use F, C, W or P."),
        };
        return DongFormat.Format(this, style, TextCultures.Of(formatProvider));
    }

    /// <summary>Formats the amount into <paramref name="destination"/>, as <see cref="ToString(string, IFormatProvider)"/> does.</summary>
    /// <exception cref="FormatException">The format is not one of those of <see cref="ToString(string, IFormatProvider)"/>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => TextCultures.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <summary>
    /// Reads an amount written in <paramref name="culture"/>, giving its nominal value (see <see cref="StatedDong.Read"/>
    /// for what is accepted), or says why the text is not one. Never throws on bad text.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not a defined value.</exception>
    public static ParseResult<Dong> Read(ReadOnlySpan<char> text, TextCulture culture)
    {
        var stated = StatedDong.Read(text, culture);
        return stated.Success ? ParseResult<Dong>.ForValue(stated.Value.Value) : stated.ConvertFailure<Dong>();
    }

    /// <summary>Parses an amount written in <paramref name="culture"/>, giving its nominal value (see <see cref="StatedDong"/> for precision and qualifiers).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not an amount, or does not fit in 64 bits; the message says why.</exception>
    public static Dong Parse(string text, TextCulture culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseOrThrow(text.AsSpan(), culture);
    }

    /// <summary>Tries to parse an amount written in <paramref name="culture"/>; never throws on bad text.</summary>
    public static bool TryParse(string? text, TextCulture culture, out Dong amount)
    {
        if (culture is not (TextCulture.Vietnamese or TextCulture.English))
        {
            amount = default;
            return false;
        }
        return Read(text, culture).TryGetValue(out amount);
    }

    /// <summary>Parses an amount in the provider's culture (Vietnamese for a <see cref="CultureInfo"/> named <c>vi</c>..., invariant otherwise).</summary>
    /// <exception cref="FormatException">The text is not an amount; the message says why.</exception>
    public static Dong Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParseOrThrow(s, TextCultures.Of(provider));

    /// <summary>Tries to parse an amount in the provider's culture; never throws on bad text.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Dong result) => Read(s, TextCultures.Of(provider)).TryGetValue(out result);

    /// <summary>Parses an amount in the provider's culture (Vietnamese for a <see cref="CultureInfo"/> named <c>vi</c>..., invariant otherwise).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not an amount; the message says why.</exception>
    public static Dong Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseOrThrow(s.AsSpan(), TextCultures.Of(provider));
    }

    /// <summary>Tries to parse an amount in the provider's culture; never throws on bad text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Dong result) => Read(s, TextCultures.Of(provider)).TryGetValue(out result);

    private static Dong ParseOrThrow(ReadOnlySpan<char> text, TextCulture culture)
    {
        if (culture is not (TextCulture.Vietnamese or TextCulture.English))
        {
            throw new FormatException($"'{text}' is not an amount of đồng: the culture {culture} is not one of the library's.");
        }
        var result = Read(text, culture);
        return result.Success ? result.Value : throw new FormatException($"'{text}' is not an amount of đồng: {result.Reason.English}.");
    }
}
