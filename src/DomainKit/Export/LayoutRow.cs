using System.Collections.Immutable;
using DomainKit.Aggregation;

namespace DomainKit.Export;

/// <summary>A row of a <see cref="TableLayout"/>: its kind and one cell per column. Immutable.</summary>
public sealed class LayoutRow
{
    internal LayoutRow(RowKind kind, ImmutableArray<LayoutCell> cells)
    {
        Kind = kind;
        Cells = cells;
    }

    /// <summary>Detail, subtotal or total.</summary>
    public RowKind Kind { get; }

    /// <summary>One cell per column, dimensions first.</summary>
    public ImmutableArray<LayoutCell> Cells { get; }

    /// <summary>The cells' texts separated by " | ".</summary>
    public override string ToString() => string.Join(" | ", Cells.Select(c => c.Text));
}
