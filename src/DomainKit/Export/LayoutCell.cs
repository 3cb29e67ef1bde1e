using DomainKit.Aggregation;

namespace DomainKit.Export;

/// <summary>
/// A cell of a <see cref="TableLayout"/>: the text to show, in the export's culture and styles, and what it stands
/// for: the stable key of a dimension value, or the typed value of a measure. Immutable.
/// </summary>
/// <param name="Text">The text: a label, or a number written as the options say; <see cref="TableLayout.MissingText"/> ("–") when missing.</param>
/// <param name="Key">For a dimension cell, the stable key of its value (<c>huyen-bu-dang</c>); <see langword="null"/> for the label of a total or a measure cell.</param>
/// <param name="Value">For a measure cell, the typed value (possibly missing); <see langword="null"/> for a dimension cell.</param>
public readonly record struct LayoutCell(string Text, string? Key, MeasureValue? Value)
{
    /// <summary>Returns the text.</summary>
    public override string ToString() => Text ?? string.Empty;
}
