using System.Collections.Immutable;

namespace DomainKit.Aggregation;

/// <summary>
/// A row of a report table: the values of the grouping dimensions (fewer for a subtotal, none for the total)
/// and one value per measure, in the order of the table's columns. Immutable and thread-safe.
/// </summary>
public sealed class ReportRow
{
    internal ReportRow(RowKind kind, ImmutableArray<DimensionValue> keys, ImmutableArray<MeasureValue> values)
    {
        Kind = kind;
        Keys = keys;
        Values = values;
    }

    /// <summary>Detail, subtotal or total.</summary>
    public RowKind Kind { get; }

    /// <summary>The dimension values: one per grouping dimension for a detail row, the first only for a subtotal, none for the total.</summary>
    public ImmutableArray<DimensionValue> Keys { get; }

    /// <summary>The measures' values, in the order of <see cref="ReportTable.Measures"/>.</summary>
    public ImmutableArray<MeasureValue> Values { get; }

    /// <summary>Writes the keys and values separated by " | ", in English.</summary>
    public override string ToString()
        => string.Join(" | ", Keys.Select(k => k.Label.English).Concat(Values.Select(v => v.ToString())));
}
