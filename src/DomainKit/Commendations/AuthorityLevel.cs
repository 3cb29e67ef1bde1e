namespace DomainKit.Commendations;

/// <summary>The level of the body that gives a commendation.</summary>
public enum AuthorityLevel
{
    /// <summary>Central: the State President, the Prime Minister, a central department (Trung ương).</summary>
    Central = 0,

    /// <summary>A province (cấp tỉnh).</summary>
    Province = 1,

    /// <summary>A district (cấp huyện), until 1 July 2025.</summary>
    District = 2,

    /// <summary>A commune (cấp xã).</summary>
    Commune = 3,

    /// <summary>An agency, enterprise or organisation giving awards to its own people (cấp cơ sở).</summary>
    Base = 4,
}
