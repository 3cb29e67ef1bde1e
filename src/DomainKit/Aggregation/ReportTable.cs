using System.Collections.Immutable;
using System.Text;
using DomainKit.Text;
using DomainKit.Utility;
using DomainKit.Validation;

namespace DomainKit.Aggregation;

/// <summary>
/// The result of a report query: typed columns (the grouping dimensions, then the measures), detail rows in
/// the order of their keys, subtotals by the first dimension when there are two or more, the total, the
/// metadata, and findings about the report itself (items it could not place). Exporters consume it. Immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// Items that belong to the report but have no unit on its map are not left out: in a table grouped by unit they make
/// the row keyed <c>~unplaced</c> ("Chưa xác định được đơn vị" / "Unplaced"), after every unit, and count in the total;
/// <see cref="Findings"/> says which they are and why (DK851).
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class ReportTable
{
    internal ReportTable(ReportQuery query, ReportMetadata metadata, ImmutableArray<ReportRow> rows, ImmutableArray<ReportRow> subtotals, ReportRow total,
        ImmutableArray<Finding> findings)
    {
        Query = query;
        Metadata = metadata;
        Rows = rows;
        Subtotals = subtotals;
        Total = total;
        Findings = findings;
    }

    /// <summary>The key of the row, in a unit dimension, of items that have no unit on the report's map.</summary>
    public const string UnplacedKey = KeySpace.UnplacedKey;

    /// <summary>The query that made the table.</summary>
    public ReportQuery Query { get; }

    /// <summary>What the report is about and how it was computed.</summary>
    public ReportMetadata Metadata { get; }

    /// <summary>The dimension columns, outermost first.</summary>
    public ImmutableArray<Dimension> Dimensions => Query.GroupBy;

    /// <summary>The measure columns.</summary>
    public ImmutableArray<Measure> Measures => Query.Measures;

    /// <summary>The detail rows.</summary>
    public ImmutableArray<ReportRow> Rows { get; }

    /// <summary>One row per value of the first dimension, over the later ones; empty with fewer than two dimensions.</summary>
    public ImmutableArray<ReportRow> Subtotals { get; }

    /// <summary>The total of the whole report.</summary>
    public ReportRow Total { get; }

    /// <summary>
    /// What the engine found about the report itself (codes in <see cref="ReportRules"/>): items it could not place
    /// on the map, and why. Empty when everything was placed.
    /// </summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The value of <paramref name="measure"/> in <paramref name="row"/>.</summary>
    /// <exception cref="ArgumentException">The table has no such measure.</exception>
    public MeasureValue ValueOf(ReportRow row, Measure measure)
    {
        ArgumentNullException.ThrowIfNull(row);
        var index = Measures.IndexOf(measure);
        return index >= 0 ? row.Values[index] : throw new ArgumentException($"The table has no measure '{measure}'.", nameof(measure));
    }

    /// <summary>The detail row whose keys are <paramref name="keys"/>, or <see langword="null"/>.</summary>
    public ReportRow? Find(params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return Rows.FirstOrDefault(r => r.Keys.Select(k => k.Key).SequenceEqual(keys));
    }

    /// <summary>
    /// The table as aligned text in <paramref name="culture"/>, with subtotals and the total, for consoles and notebooks;
    /// a figure not reported shows as "–", explained on a line after the table, then the findings one per line.
    /// </summary>
    public string ToString(TextCulture culture)
    {
        var header = Dimensions.Select(d => d.Name.In(culture)).Concat(Measures.Select(m => m.Name.In(culture))).ToArray();
        var lines = new List<string[]> { header };
        var totalLabel = culture == TextCulture.Vietnamese ? "Tổng cộng" : "Total";
        var subtotalSuffix = culture == TextCulture.Vietnamese ? " (cộng)" : " (subtotal)";
        foreach (var row in Rows)
        {
            lines.Add(Cells(row, culture, null));
        }
        foreach (var row in Subtotals)
        {
            lines.Add(Cells(row, culture, subtotalSuffix));
        }
        lines.Add(Cells(Total, culture, totalLabel));
        var widths = Enumerable.Range(0, header.Length).Select(c => lines.Max(l => l[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.AppendJoin("  ", line.Select((cell, c) => c < Dimensions.Length ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c])));
            text.Append('\n');
        }
        if (Rows.Concat(Subtotals).Append(Total).Any(r => r.Values.Any(v => v.ToString(culture) == MissingFigure.Text)))
        {
            text.Append(MissingFigure.Note(culture)).Append('\n');
        }
        foreach (var finding in Findings)
        {
            text.Append(finding.ToString(culture)).Append('\n');
        }
        return text.ToString().TrimEnd('\n');
    }

    /// <summary>The table as aligned text in English.</summary>
    public override string ToString() => ToString(TextCulture.English);

    private string[] Cells(ReportRow row, TextCulture culture, string? label)
    {
        var keys = new string[Dimensions.Length];
        for (var k = 0; k < keys.Length; k++)
        {
            keys[k] = k < row.Keys.Length ? row.Keys[k].Label.In(culture) : string.Empty;
        }
        if (row.Kind == RowKind.Subtotal && keys.Length > 0)
        {
            keys[0] += label;
        }
        else if (row.Kind == RowKind.Total && keys.Length > 0)
        {
            keys[0] = label ?? string.Empty;
        }
        return [.. keys, .. row.Values.Select(v => v.ToString(culture))];
    }
}
