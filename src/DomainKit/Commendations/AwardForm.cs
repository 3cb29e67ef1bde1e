using System.Diagnostics.CodeAnalysis;
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

    /// <summary>The built-in form of award with <paramref name="code"/> (ordinal, ignoring case).</summary>
    /// <exception cref="ArgumentException">No built-in form of award has that code; an app's own values are made with the constructor.</exception>
    public static AwardForm FromCode(string code) => ClassifierCodes.Find(BuiltIn, code, "form of award");

    /// <summary>Finds the built-in form of award with <paramref name="code"/> (ordinal, ignoring case); false when there is none.</summary>
    public static bool TryFromCode([NotNullWhen(true)] string? code, [NotNullWhen(true)] out AwardForm? awardForm) => ClassifierCodes.TryFind(BuiltIn, code, out awardForm);
}
