using DomainKit.Text;

namespace DomainKit.Periods;

/// <summary>TEMPORARY: replaced by the Periods helper.</summary>
public static class PeriodFormat
{
    /// <summary>TEMPORARY.</summary>
    public static string Format(Period period, ReportCulture culture) => period.Id;
}
