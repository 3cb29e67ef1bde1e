using System.Globalization;
using System.Text;
using DomainKit.Text;

namespace DomainKit.Examples.BinhPhuoc;

/// <summary>
/// Writes counts the way DomainKit writes amounts: "4.127" in Vietnamese, "4,127" invariant. DomainKit formats
/// money (DongFormat), rates (Rate, StatedRate) and dates (DateFormat) but has no public formatter for plain counts,
/// so the example keeps this one; it never consults the host's culture.
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
}
