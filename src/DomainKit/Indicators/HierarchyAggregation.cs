namespace DomainKit.Indicators;

/// <summary>How an indicator or a measure combines over the units of a subtree.</summary>
public enum HierarchyAggregation
{
    /// <summary>Added over units: flows and stocks alike (the balances of two funds add up on the same day).</summary>
    Sum = 0,

    /// <summary>Recomputed from its numerator and denominator summed over units (participation rate).</summary>
    Recompute = 1,

    /// <summary>
    /// Not combined: each unit's figure speaks for that unit alone (a ranking, a unit's own target), so a roll-up shows
    /// it for the units that stated it and leaves the totals empty.
    /// </summary>
    None = 2,
}
