using System.Collections.Immutable;
using System.Text;
using DomainKit.Submissions;
using DomainKit.Text;
using DomainKit.Units;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Aggregation;

/// <summary>
/// An indicator report: a line for each indicator (and each breakdown reported), a column for each unit directly under
/// the root and a last column for the root's total, and the findings of the checks run while rolling up (a unit's own
/// total against its units' sum, submitted figures against records, a rate against its counts). Immutable and
/// thread-safe.
/// </summary>
public sealed class IndicatorTable
{
    internal IndicatorTable(IndicatorQuery query, ImmutableArray<Unit> columns, ImmutableArray<IndicatorLine> lines, ImmutableArray<Finding> findings, Instant generatedAt)
    {
        Query = query;
        Columns = columns;
        Lines = lines;
        Findings = findings;
        GeneratedAt = generatedAt;
    }

    /// <summary>The query answered.</summary>
    public IndicatorQuery Query { get; }

    /// <summary>The units of the columns: those directly under the root on the report's map, then the root itself, whose column is the total.</summary>
    public ImmutableArray<Unit> Columns { get; }

    /// <summary>The lines, in the form's order, each indicator's total before its breakdowns.</summary>
    public ImmutableArray<IndicatorLine> Lines { get; }

    /// <summary>What the checks found, each with both figures and their difference.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>When the table was computed, by the engine's clock.</summary>
    public Instant GeneratedAt { get; }

    /// <summary>The line of <paramref name="indicatorCode"/> with exactly <paramref name="keys"/> (none for the total), or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public IndicatorLine? Find(string indicatorCode, params FigureKey[] keys)
    {
        ArgumentNullException.ThrowIfNull(indicatorCode);
        ArgumentNullException.ThrowIfNull(keys);
        return Lines.FirstOrDefault(l => string.Equals(l.Indicator.Code, indicatorCode, StringComparison.OrdinalIgnoreCase)
            && l.Keys.Length == keys.Length && l.Keys.All(keys.Contains));
    }

    /// <summary>The cell of <paramref name="line"/> in the column of <paramref name="unit"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> has no column, or the line is not this table's.</exception>
    public IndicatorCell CellOf(IndicatorLine line, UnitId unit)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!Lines.Contains(line))
        {
            throw new ArgumentException("The line is not one of this table's.", nameof(line));
        }
        for (var i = 0; i < Columns.Length; i++)
        {
            if (Columns[i].Id == unit)
            {
                return line.Cells[i];
            }
        }
        throw new ArgumentException($"The unit {unit} has no column in this table.", nameof(unit));
    }

    /// <summary>The root's total of <paramref name="line"/>: its last cell.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is <see langword="null"/>.</exception>
    public static IndicatorCell TotalOf(IndicatorLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Cells[^1];
    }

    /// <summary>
    /// The table as plain text in <paramref name="culture"/>: a header of units, a row for each line with the honest
    /// writing of each value (<c>–</c> where nothing was reported), and the findings after it.
    /// </summary>
    public string ToString(TextCulture culture)
    {
        var vietnamese = culture == TextCulture.Vietnamese;
        var text = new StringBuilder();
        text.Append(vietnamese ? "Chỉ tiêu" : "Indicator");
        foreach (var column in Columns)
        {
            text.Append(" | ").Append(column.Id == Query.Root ? (vietnamese ? "Tổng cộng" : "Total") : column.Name);
        }
        text.AppendLine();
        foreach (var line in Lines)
        {
            text.Append(line.Indicator.Name.In(culture));
            if (!line.Keys.IsEmpty)
            {
                text.Append(" (").Append(string.Join(", ", line.Keys.Select(k => k.Value))).Append(')');
            }
            foreach (var cell in line.Cells)
            {
                text.Append(" | ").Append(cell.ToString(culture));
            }
            text.AppendLine();
        }
        foreach (var finding in Findings)
        {
            text.AppendLine(finding.ToString(culture));
        }
        return text.ToString();
    }

    /// <summary>The table as plain text in English.</summary>
    public override string ToString() => ToString(TextCulture.English);
}
