namespace DomainKit.Export;

/// <summary>What a column of a <see cref="TableLayout"/> holds.</summary>
public enum ColumnKind
{
    /// <summary>The values of a grouping dimension: labels, with their stable keys.</summary>
    Dimension = 0,

    /// <summary>Whole counts.</summary>
    Count = 1,

    /// <summary>Amounts of đồng.</summary>
    Money = 2,

    /// <summary>Exact rates, written as percentages.</summary>
    Rate = 3,
}
