namespace DomainKit.Aggregation;

/// <summary>What a measure counts or adds up.</summary>
public enum MeasureSubject
{
    /// <summary>Emulation models.</summary>
    Models = 0,

    /// <summary>Fund ledgers and their entries.</summary>
    Funds = 1,

    /// <summary>Pledges and the head counts of the pledgers' units.</summary>
    Pledges = 2,

    /// <summary>Commendations.</summary>
    Commendations = 3,
}
