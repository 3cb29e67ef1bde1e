using DomainKit.Text;

namespace DomainKit.Money;

/// <summary>TEMPORARY: replaced by the Money helper.</summary>
public static class DongFormat
{
    /// <summary>TEMPORARY.</summary>
    public static string Format(Dong amount, DongStyle style, ReportCulture culture) => amount.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
