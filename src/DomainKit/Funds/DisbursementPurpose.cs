using System.Diagnostics.CodeAnalysis;
using DomainKit.Text;

namespace DomainKit.Funds;

/// <summary>What a disbursement paid for; apps may define more. Equal by code. Immutable and thread-safe.</summary>
public sealed record DisbursementPurpose : Classifier
{
    /// <summary>Creates a purpose.</summary>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    public DisbursementPurpose(string code, LocalizedText name)
        : base(code, name)
    {
    }

    /// <summary>Building or repairing a house (làm nhà, nhà tình thương, nhà đại đoàn kết).</summary>
    public static DisbursementPurpose HouseBuilding { get; } = new("house-building", new("Hỗ trợ làm nhà", "House building"));

    /// <summary>Support for production and livelihoods (hỗ trợ sản xuất, sinh kế).</summary>
    public static DisbursementPurpose ProductionSupport { get; } = new("production-support", new("Hỗ trợ sản xuất", "Production support"));

    /// <summary>Visiting the sick (thăm bệnh).</summary>
    public static DisbursementPurpose VisitingSick { get; } = new("visiting-sick", new("Thăm hỏi ốm đau", "Visiting the sick"));

    /// <summary>Gifts at Tết (quà Tết).</summary>
    public static DisbursementPurpose TetGifts { get; } = new("tet-gifts", new("Quà Tết", "Tết gifts"));

    /// <summary>Scholarships (học bổng).</summary>
    public static DisbursementPurpose Scholarships { get; } = new("scholarships", new("Học bổng", "Scholarships"));

    /// <summary>Support to people in hardship (hỗ trợ hoàn cảnh khó khăn) where the report gives no finer purpose.</summary>
    public static DisbursementPurpose HardshipSupport { get; } = new("hardship-support", new("Hỗ trợ hoàn cảnh khó khăn", "Hardship support"));

    /// <summary>Public works for the community (công trình).</summary>
    public static DisbursementPurpose PublicWorks { get; } = new("public-works", new("Công trình công cộng", "Public works"));

    /// <summary>Every built-in purpose.</summary>
    public static IReadOnlyList<DisbursementPurpose> BuiltIn { get; } =
        [HouseBuilding, ProductionSupport, VisitingSick, TetGifts, Scholarships, HardshipSupport, PublicWorks];

    /// <summary>The built-in purpose with <paramref name="code"/> (ordinal, ignoring case).</summary>
    /// <exception cref="ArgumentException">No built-in purpose has that code; an app's own values are made with the constructor.</exception>
    public static DisbursementPurpose FromCode(string code) => ClassifierCodes.Find(BuiltIn, code, "purpose");

    /// <summary>Finds the built-in purpose with <paramref name="code"/> (ordinal, ignoring case); false when there is none.</summary>
    public static bool TryFromCode([NotNullWhen(true)] string? code, [NotNullWhen(true)] out DisbursementPurpose? disbursementPurpose) => ClassifierCodes.TryFind(BuiltIn, code, out disbursementPurpose);
}
