using System.Globalization;
using System.Text;
using DomainKit.Text;
using DomainKit.Utility;

namespace DomainKit.Money;

/// <summary>
/// A rate held as an exact fraction of two counts, such as the 3.922 Party members who registered out of 4.127:
/// <see cref="Numerator"/> / <see cref="Denominator"/>, never reduced and never turned into a floating-point number.
/// It is rounded only when written as a percentage (<see cref="ToString(TextCulture, int)"/>, <see cref="Percent"/>).
/// </summary>
/// <remarks>
/// <para>Equality and ordering are by value, by cross-multiplication in 128 bits: 2/4 equals 1/2 and cannot overflow.
/// The fraction as given is kept, so <see cref="ToString()"/> of 3922/4127 is <c>3922/4127</c> and of 2/4 is <c>2/4</c>.</para>
/// <para>The numerator is never negative and the denominator always positive. A rate whose denominator is zero is
/// undefined, which is not the same as 0%: <see cref="TryOf"/> returns <see langword="null"/> for it. The default
/// value is 0/1. Immutable and thread-safe.</para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public readonly struct Rate : IEquatable<Rate>, IComparable<Rate>, IComparable
{
    /// <summary>The most decimal places <see cref="Percent"/> and <see cref="ToString(TextCulture, int)"/> accept.</summary>
    public const int MaxDecimals = 6;

    private readonly long numerator;

    // Stored less one so that the default value is 0/1, a valid rate.
    private readonly long denominatorLessOne;

    private Rate(long numerator, long denominator)
    {
        this.numerator = numerator;
        denominatorLessOne = denominator - 1;
    }

    /// <summary>The count above the line: how many took part.</summary>
    public long Numerator => numerator;

    /// <summary>The count below the line: how many could have; always positive.</summary>
    public long Denominator => denominatorLessOne + 1;

    /// <summary>Creates the rate <paramref name="numerator"/> / <paramref name="denominator"/>, kept as given.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numerator"/> is negative or <paramref name="denominator"/> is zero or negative.</exception>
    public static Rate Of(long numerator, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        return new Rate(numerator, denominator);
    }

    /// <summary>
    /// Creates the rate <paramref name="numerator"/> / <paramref name="denominator"/>, or returns <see langword="null"/>
    /// when the denominator is zero: a rate of nobody is missing, not 0%.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static Rate? TryOf(long numerator, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegative(denominator);
        return denominator == 0 ? null : new Rate(numerator, denominator);
    }

    /// <summary>
    /// The rate as a percentage rounded half away from zero to <paramref name="decimals"/> places, computed in integers
    /// so that it is exact: 3922/4127 gives <c>95.0m</c> for one place, 2/3 gives <c>66.67m</c> for two. The
    /// <see cref="decimal"/> carries exactly <paramref name="decimals"/> places, trailing zeros included.
    /// </summary>
    /// <param name="decimals">The decimal places, 0 to <see cref="MaxDecimals"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    public decimal Percent(int decimals)
    {
        CheckDecimals(decimals);
        return ToDecimal(ScaledPercent(decimals), decimals);
    }

    /// <summary>
    /// Writes the rate as a percentage with exactly <paramref name="decimals"/> places, rounded half away from zero
    /// in integer arithmetic: Vietnamese <c>95,0%</c>, invariant <c>95.0%</c>; the whole part is not grouped
    /// (<c>1250,0%</c>). The host's culture data is never read.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not defined or <paramref name="decimals"/> is out of range.</exception>
    public string ToString(TextCulture culture, int decimals = 1)
    {
        DongNotation.ThrowIfUndefined(culture);
        CheckDecimals(decimals);
        return FormatPercent(ScaledPercent(decimals), decimals, culture);
    }

    /// <summary>Writes the fraction with counts grouped as the culture writes them: <c>3.922/4.127</c>, invariant <c>3,922/4,127</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not defined.</exception>
    public string ToFractionString(TextCulture culture)
    {
        DongNotation.ThrowIfUndefined(culture);
        return new StringBuilder()
            .AppendGrouped((ulong)numerator, culture)
            .Append('/')
            .AppendGrouped((ulong)Denominator, culture)
            .ToString();
    }

    /// <summary>Writes the fraction as given, with no grouping: <c>3922/4127</c>.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{numerator}/{Denominator}");

    /// <summary>Whether both fractions have the same value (2/4 equals 1/2).</summary>
    public bool Equals(Rate other) => Cross(this, other) == 0;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Rate other && Equals(other);

    /// <summary>A hash of the reduced fraction, so that equal rates hash alike.</summary>
    public override int GetHashCode()
    {
        var divisor = Gcd(numerator, Denominator);
        return HashCode.Combine(numerator / divisor, Denominator / divisor);
    }

    /// <summary>Compares the values of two rates.</summary>
    public int CompareTo(Rate other) => Cross(this, other);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Rate"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Rate other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a Rate.", nameof(obj)),
    };

    /// <summary>Whether two rates have the same value.</summary>
    public static bool operator ==(Rate left, Rate right) => left.Equals(right);

    /// <summary>Whether two rates have different values.</summary>
    public static bool operator !=(Rate left, Rate right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is the smaller rate.</summary>
    public static bool operator <(Rate left, Rate right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is the larger rate.</summary>
    public static bool operator >(Rate left, Rate right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is not larger.</summary>
    public static bool operator <=(Rate left, Rate right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is not smaller.</summary>
    public static bool operator >=(Rate left, Rate right) => left.CompareTo(right) >= 0;

    /// <summary>The percentage times 10^decimals, rounded half up (the rate is never negative); fits easily in 128 bits.</summary>
    internal Int128 ScaledPercent(int decimals)
    {
        Int128 scale = 100 * Pow10(decimals);
        Int128 denominator = Denominator;
        return ((numerator * scale * 2) + denominator) / (denominator * 2);
    }

    /// <summary>Writes a percentage given times 10^decimals, with a sign when negative.</summary>
    internal static string FormatPercent(Int128 scaled, int decimals, TextCulture culture)
    {
        var builder = new StringBuilder();
        if (scaled < 0)
        {
            builder.Append('-');
            scaled = -scaled;
        }
        var unit = (Int128)Pow10(decimals);
        // Percentages are written without grouping, as reports write them and as StatedRate reads them back.
        builder.Append((scaled / unit).ToString(CultureInfo.InvariantCulture));
        if (decimals > 0)
        {
            builder.Append(DongNotation.DecimalMark(culture))
                .Append(((long)(scaled % unit)).ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0'));
        }
        return builder.Append('%').ToString();
    }

    /// <summary>A decimal of exactly <paramref name="decimals"/> places from its scaled integer.</summary>
    internal static decimal ToDecimal(Int128 scaled, int decimals)
    {
        var negative = scaled < 0;
        var magnitude = (UInt128)(negative ? -scaled : scaled);
        if (magnitude >> 96 != 0)
        {
            throw new OverflowException("The percentage does not fit in a decimal.");
        }
        // The 96-bit magnitude split into the three 32-bit words of a decimal.
        var low = unchecked((ulong)magnitude);
        var high = unchecked((uint)(magnitude >> 64));
        return new decimal(unchecked((int)(uint)low), unchecked((int)(uint)(low >> 32)), unchecked((int)high), negative, (byte)decimals);
    }

    internal static long Pow10(int exponent)
    {
        var result = 1L;
        for (var k = 0; k < exponent; k++)
        {
            result *= 10L;
        }
        return result;
    }

    internal static void CheckDecimals(int decimals)
    {
        if (decimals is < 0 or > MaxDecimals)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, $"A percentage has 0 to {MaxDecimals} decimal places.");
        }
    }

    private static int Cross(Rate left, Rate right)
        => ((Int128)left.numerator * right.Denominator).CompareTo((Int128)right.numerator * left.Denominator);

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }
        return a == 0 ? 1 : a;
    }
}
