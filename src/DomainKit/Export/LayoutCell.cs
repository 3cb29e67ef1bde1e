using DomainKit.Aggregation;

namespace DomainKit.Export;

/// <summary>
/// A cell of a <see cref="TableLayout"/>: the text to show, in the export's culture and styles, and what it stands
/// for: the stable key of a dimension value, the typed value of a measure, or the figure of an indicator report or
/// a submission (<see cref="Figure"/>) with the mark of its source (<see cref="Mark"/>). Immutable.
/// </summary>
/// <param name="Text">The text: a label, or a number written as the options say; <see cref="TableLayout.MissingText"/> ("–") when missing.</param>
/// <param name="Key">For a dimension cell, the stable key of its value (<c>huyen-bu-dang</c>); <see langword="null"/> for the label of a total or a measure cell.</param>
/// <param name="Value">For a measure cell, the typed value (possibly missing); <see langword="null"/> for a dimension cell or a figure.</param>
public readonly record struct LayoutCell(string Text, string? Key, MeasureValue? Value)
{
    /// <summary>
    /// For a figure of an indicator report or of a submission, the figure: its range, whether it is exact, where it came
    /// from (possibly empty: nobody reported it); otherwise <see langword="null"/>.
    /// </summary>
    public IndicatorCell? Figure { get; init; }

    /// <summary>
    /// The mark of the figure's source that ends <see cref="Text"/> (<see cref="TableLayout.RecordsMark"/>,
    /// <see cref="TableLayout.CheckedMark"/>), so that a typed format can write the value and the mark apart; empty
    /// when there is none.
    /// </summary>
    public string Mark { get => field ?? string.Empty; init; }

    /// <summary>Returns the text.</summary>
    public override string ToString() => Text ?? string.Empty;
}
