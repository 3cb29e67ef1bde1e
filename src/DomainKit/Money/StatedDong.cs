using DomainKit.Text;

namespace DomainKit.Money;

/// <summary>TEMPORARY: replaced by the Money helper.</summary>
public readonly struct StatedDong
{
    /// <summary>TEMPORARY.</summary>
    public Dong Value { get; }

    /// <summary>TEMPORARY.</summary>
    public static bool TryParse(string? text, ReportCulture culture, out StatedDong result)
    {
        result = default;
        return false;
    }
}
