using DomainKit.Aggregation;

namespace DomainKit.Export;

/// <summary>A column of a <see cref="TableLayout"/>: its stable code, its header in the export's culture and its kind. Immutable.</summary>
/// <param name="Code">The code of the dimension or measure: <c>field-root</c>, <c>contributions@since-inception</c>.</param>
/// <param name="Header">The header in the export's culture.</param>
/// <param name="Kind">What the column holds.</param>
public sealed record LayoutColumn(string Code, string Header, ColumnKind Kind)
{
    /// <summary>Whether the column holds numbers (counts, amounts, rates or figures) rather than labels or text.</summary>
    public bool IsNumeric => Kind is not (ColumnKind.Dimension or ColumnKind.Text);

    internal static ColumnKind KindOf(MeasureValueKind kind) => kind switch
    {
        MeasureValueKind.Count => ColumnKind.Count,
        MeasureValueKind.Money => ColumnKind.Money,
        _ => ColumnKind.Rate,
    };
}
