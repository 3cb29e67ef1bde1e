namespace DomainKit.Commendations;

/// <summary>Who a commendation goes to.</summary>
public enum RecipientKind
{
    /// <summary>A collective (tập thể): a unit.</summary>
    Collective = 0,

    /// <summary>An individual (cá nhân).</summary>
    Individual = 1,

    /// <summary>A household (hộ gia đình).</summary>
    Household = 2,
}
