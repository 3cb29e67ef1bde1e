using System.Diagnostics.CodeAnalysis;
using DomainKit.Text;

namespace DomainKit.Units;

/// <summary>
/// The kind of a unit: the well-known kinds of the Vietnamese political system as static values, and any
/// kind an app defines with <see cref="UnitKind(string, LocalizedText)"/>. Equal by code. Immutable and thread-safe.
/// </summary>
public sealed record UnitKind : Classifier
{
    /// <summary>Creates a unit kind; use it for kinds the built-ins do not cover.</summary>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    public UnitKind(string code, LocalizedText name)
        : base(code, name)
    {
    }

    /// <summary>A province or centrally governed city (tỉnh, thành phố trực thuộc Trung ương).</summary>
    public static UnitKind Province { get; } = new("province", new("Tỉnh, thành phố trực thuộc Trung ương", "Province"));

    /// <summary>A district-level unit (huyện, thị xã, thành phố thuộc tỉnh); the level was abolished on 1 July 2025.</summary>
    public static UnitKind District { get; } = new("district", new("Huyện, thị xã, thành phố thuộc tỉnh", "District"));

    /// <summary>A commune-level unit (xã, phường, thị trấn).</summary>
    public static UnitKind Commune { get; } = new("commune", new("Xã, phường, thị trấn", "Commune"));

    /// <summary>A village or residential area (thôn, ấp, khu dân cư, tổ dân phố).</summary>
    public static UnitKind Village { get; } = new("village", new("Thôn, ấp, khu dân cư, tổ dân phố", "Village or residential area"));

    /// <summary>A Party committee or Party organisation above the base (Tỉnh ủy, Huyện ủy, Thị ủy, Thành ủy, đảng bộ).</summary>
    public static UnitKind PartyCommittee { get; } = new("party-committee", new("Cấp ủy, đảng bộ", "Party committee"));

    /// <summary>A base Party organisation (tổ chức cơ sở đảng).</summary>
    public static UnitKind BasePartyOrganisation { get; } = new("base-party-organisation", new("Tổ chức cơ sở đảng", "Base Party organisation"));

    /// <summary>A Party cell (chi bộ).</summary>
    public static UnitKind PartyCell { get; } = new("party-cell", new("Chi bộ", "Party cell"));

    /// <summary>A Party advisory body, such as the propaganda department (Ban Tuyên giáo).</summary>
    public static UnitKind PartyDepartment { get; } = new("party-department", new("Ban đảng", "Party department"));

    /// <summary>The Fatherland Front (Mặt trận Tổ quốc).</summary>
    public static UnitKind FatherlandFront { get; } = new("fatherland-front", new("Mặt trận Tổ quốc", "Fatherland Front"));

    /// <summary>The Ho Chi Minh Communist Youth Union (Đoàn Thanh niên).</summary>
    public static UnitKind YouthUnion { get; } = new("youth-union", new("Đoàn Thanh niên", "Youth Union"));

    /// <summary>The Women's Union (Hội Liên hiệp Phụ nữ).</summary>
    public static UnitKind WomensUnion { get; } = new("womens-union", new("Hội Liên hiệp Phụ nữ", "Women's Union"));

    /// <summary>The Farmers' Association (Hội Nông dân).</summary>
    public static UnitKind FarmersAssociation { get; } = new("farmers-association", new("Hội Nông dân", "Farmers' Association"));

    /// <summary>The Veterans' Association (Hội Cựu chiến binh).</summary>
    public static UnitKind VeteransAssociation { get; } = new("veterans-association", new("Hội Cựu chiến binh", "Veterans' Association"));

    /// <summary>The labour confederation and trade unions (Liên đoàn Lao động, Công đoàn).</summary>
    public static UnitKind TradeUnion { get; } = new("trade-union", new("Liên đoàn Lao động, Công đoàn", "Trade union"));

    /// <summary>The Red Cross Society (Hội Chữ thập đỏ).</summary>
    public static UnitKind RedCross { get; } = new("red-cross", new("Hội Chữ thập đỏ", "Red Cross"));

    /// <summary>The Study Promotion Association (Hội Khuyến học).</summary>
    public static UnitKind StudyPromotionAssociation { get; } = new("study-promotion", new("Hội Khuyến học", "Study Promotion Association"));

    /// <summary>A military command (Bộ/Ban Chỉ huy quân sự).</summary>
    public static UnitKind MilitaryCommand { get; } = new("military-command", new("Bộ/Ban Chỉ huy quân sự", "Military command"));

    /// <summary>The border guard (Bộ đội Biên phòng).</summary>
    public static UnitKind BorderGuard { get; } = new("border-guard", new("Bộ đội Biên phòng", "Border guard"));

    /// <summary>The police (Công an).</summary>
    public static UnitKind Police { get; } = new("police", new("Công an", "Police"));

    /// <summary>A state enterprise (doanh nghiệp nhà nước, công ty).</summary>
    public static UnitKind Enterprise { get; } = new("enterprise", new("Doanh nghiệp", "Enterprise"));

    /// <summary>A government agency or sector (cơ quan, phòng, ngành).</summary>
    public static UnitKind Agency { get; } = new("agency", new("Cơ quan, phòng, ngành", "Agency or sector"));

    /// <summary>Every built-in kind, in the order above.</summary>
    public static IReadOnlyList<UnitKind> BuiltIn { get; } =
    [
        Province, District, Commune, Village, PartyCommittee, BasePartyOrganisation, PartyCell, PartyDepartment,
        FatherlandFront, YouthUnion, WomensUnion, FarmersAssociation, VeteransAssociation, TradeUnion, RedCross,
        StudyPromotionAssociation, MilitaryCommand, BorderGuard, Police, Enterprise, Agency,
    ];

    /// <summary>The built-in kind of unit with <paramref name="code"/> (ordinal, ignoring case).</summary>
    /// <exception cref="ArgumentException">No built-in kind of unit has that code; an app's own values are made with the constructor.</exception>
    public static UnitKind FromCode(string code) => ClassifierCodes.Find(BuiltIn, code, "kind of unit");

    /// <summary>Finds the built-in kind of unit with <paramref name="code"/> (ordinal, ignoring case); false when there is none.</summary>
    public static bool TryFromCode([NotNullWhen(true)] string? code, [NotNullWhen(true)] out UnitKind? unitKind) => ClassifierCodes.TryFind(BuiltIn, code, out unitKind);
}
