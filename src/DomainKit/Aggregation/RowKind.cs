namespace DomainKit.Aggregation;

/// <summary>Whether a row holds one combination of dimension values, a subtotal over the later dimensions, or the total.</summary>
public enum RowKind
{
    /// <summary>One combination of the grouping dimensions.</summary>
    Detail = 0,

    /// <summary>All rows sharing the value of the first grouping dimension.</summary>
    Subtotal = 1,

    /// <summary>Everything in the report.</summary>
    Total = 2,
}
