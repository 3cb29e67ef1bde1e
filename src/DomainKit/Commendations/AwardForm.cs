using DomainKit.Text;

namespace DomainKit.Commendations;

/// <summary>
/// A form of award (hình thức khen thưởng): an order, a medal, a certificate of merit, a certificate.
/// Kept apart from emulation titles (<see cref="EmulationTitle"/>). Apps may define more. Equal by code.
/// Immutable and thread-safe.
/// </summary>
public sealed record AwardForm : Classifier
{
    /// <summary>Creates a form of award.</summary>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    public AwardForm(string code, LocalizedText name)
        : base(code, name)
    {
    }

    /// <summary>An order (huân chương).</summary>
    public static AwardForm Order { get; } = new("huan-chuong", new("Huân chương", "Order"));

    /// <summary>A medal (huy chương).</summary>
    public static AwardForm Medal { get; } = new("huy-chuong", new("Huy chương", "Medal"));

    /// <summary>A certificate of merit (bằng khen), from a province or a central department and above.</summary>
    public static AwardForm CertificateOfMerit { get; } = new("bang-khen", new("Bằng khen", "Certificate of merit"));

    /// <summary>A certificate (giấy khen), from a district, commune or agency.</summary>
    public static AwardForm Certificate { get; } = new("giay-khen", new("Giấy khen", "Certificate"));

    /// <summary>Every built-in form.</summary>
    public static IReadOnlyList<AwardForm> BuiltIn { get; } = [Order, Medal, CertificateOfMerit, Certificate];
}
