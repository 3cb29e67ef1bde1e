namespace DomainKit.Pledges;

/// <summary>Who makes a pledge.</summary>
public enum PledgerKind
{
    /// <summary>A person: a Party member, cadre, civil servant or union member.</summary>
    Individual = 0,

    /// <summary>A collective: a Party cell, a base Party organisation, an agency.</summary>
    Collective = 1,
}
