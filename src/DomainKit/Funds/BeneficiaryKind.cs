namespace DomainKit.Funds;

/// <summary>What beneficiaries are counted in.</summary>
public enum BeneficiaryKind
{
    /// <summary>People.</summary>
    People = 0,

    /// <summary>Households.</summary>
    Households = 1,

    /// <summary>Organisations or communities (a residential area, a school).</summary>
    Organisations = 2,
}
