using DomainKit.Aggregation;
using DomainKit.Text;

namespace DomainKit.Examples.BinhPhuoc;

/// <summary>
/// Writes counts the way DomainKit writes them in reports: "4.127" in Vietnamese, "4,127" invariant, never
/// consulting the host's culture.
/// </summary>
public static class ReportNumbers
{
    /// <summary>Writes a count with thousands grouped: "3.922" or "3,922".</summary>
    public static string Count(long value, TextCulture culture) => MeasureValue.OfCount(value).ToString(culture);
}
