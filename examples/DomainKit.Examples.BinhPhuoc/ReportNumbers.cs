using System.Globalization;
using System.Text;
using DomainKit.Text;

namespace DomainKit.Examples.BinhPhuoc;

/// <summary>
/// Writes counts and percentages the way DomainKit writes amounts: "4.127" and "95,0%" in Vietnamese,
/// "4,127" and "95.0%" invariant. DomainKit formats money (DongFormat) and dates (DateFormat) but has no public
/// formatter for plain counts and rates, so the example has its own; it never consults the host's culture.
/// </summary>
public static class ReportNumbers
{
    /// <summary>Writes a count with thousands grouped: "3.922" or "3,922".</summary>
    public static string Count(long value, ReportCulture culture)
    {
        var separator = culture == ReportCulture.Vietnamese ? '.' : ',';
        var digits = value.ToString(CultureInfo.InvariantCulture);
        var negative = digits.StartsWith('-');
        if (negative)
        {
            digits = digits[1..];
        }
        var text = new StringBuilder(negative ? "-" : string.Empty);
        for (var k = 0; k < digits.Length; k++)
        {
            if (k > 0 && (digits.Length - k) % 3 == 0)
            {
                text.Append(separator);
            }
            text.Append(digits[k]);
        }
        return text.ToString();
    }

    /// <summary>
    /// Writes <paramref name="part"/> / <paramref name="whole"/> as a percentage with one decimal place, rounded
    /// half away from zero: "95,0%" or "95.0%". Both must be non-negative and the whole positive.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A figure is negative or the whole is zero.</exception>
    public static string Percent(long part, long whole, ReportCulture culture)
        => PerMille(PerMilleOf(part, whole), culture);

    /// <summary>
    /// <paramref name="part"/> / <paramref name="whole"/> in tenths of a percent, rounded half up, in integers so
    /// that no floating-point rounding can differ between machines: 3.922 / 4.127 gives 950.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A figure is negative or the whole is zero.</exception>
    public static long PerMilleOf(long part, long whole)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(part);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(whole);
        return checked(((part * 2000) + whole) / (2 * whole));
    }

    /// <summary>Writes a rate given in tenths of a percent: 967 gives "96,7%" or "96.7%".</summary>
    public static string PerMille(long perMille, ReportCulture culture)
    {
        var mark = culture == ReportCulture.Vietnamese ? ',' : '.';
        return Count(perMille / 10, culture) + mark + (perMille % 10).ToString(CultureInfo.InvariantCulture) + "%";
    }
}
