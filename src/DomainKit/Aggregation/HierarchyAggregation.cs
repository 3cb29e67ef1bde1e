namespace DomainKit.Aggregation;

/// <summary>How a measure combines over the units of a subtree.</summary>
public enum HierarchyAggregation
{
    /// <summary>Added over units: flows and stocks alike (the balances of two funds add up on the same day).</summary>
    Sum = 0,

    /// <summary>Recomputed from its numerator and denominator summed over units (participation rate).</summary>
    Recompute = 1,
}
