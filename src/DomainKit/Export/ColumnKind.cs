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

    /// <summary>Figures of indicators as reported, of any kind (counts, amounts, quantities, rates), exact or approximate, written as stated.</summary>
    Figure = 4,

    /// <summary>Free text, such as the words a figure was quoted from.</summary>
    Text = 5,
}
