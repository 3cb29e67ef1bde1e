namespace DomainKit.Indicators;

/// <summary>How an indicator or a measure combines over time: what a total over months or quarters means.</summary>
public enum TimeAggregation
{
    /// <summary>A flow: the values of consecutive periods add up (money received, models launched).</summary>
    Sum = 0,

    /// <summary>A stock or a cumulative figure: the value at the end of the last period counts, never a sum (balances, head counts, models active).</summary>
    LastValue = 1,

    /// <summary>A ratio: recomputed from its numerator and denominator, never added or averaged (participation rate).</summary>
    Recompute = 2,
}
