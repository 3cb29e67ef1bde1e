using System.Text;
using DomainKit.Aggregation;
using DomainKit.Export;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Examples.Bulletin;

/// <summary>
/// A custom exporter: the report as a short plain-text bulletin to paste into a messaging group, where tables do
/// not survive. Each table becomes a few lines, one per row ("• Kinh tế: 12 mô hình đang hoạt động, 3 tiêu biểu"),
/// the longest cut short; the findings become one line of counts. It derives from <see cref="TextExporterBase"/>,
/// which gives it the argument checks, the choice of tables and a UTF-8 writer, and lays tables out with
/// <see cref="TableLayout"/>, so its figures are written exactly as the built-in exporters write them.
/// </summary>
public sealed class BulletinExporter : TextExporterBase
{
    /// <summary>An exporter writing at most <paramref name="maxRowsPerTable"/> rows of each table before the total.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRowsPerTable"/> is less than 1.</exception>
    public BulletinExporter(int maxRowsPerTable = 5)
        : base("bulletin", new LocalizedText("Bản tin nhắn nhóm", "Messaging bulletin"), "text/plain", ".txt")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRowsPerTable, 1);
        MaxRowsPerTable = maxRowsPerTable;
    }

    /// <summary>The most rows of a table the bulletin lists before its total.</summary>
    public int MaxRowsPerTable { get; }

    /// <inheritdoc/>
    protected override async Task WriteAsync(ReportDocument report, TextWriter writer, ExportOptions options, CancellationToken cancellationToken)
    {
        var culture = options.Culture;
        var vietnamese = culture == TextCulture.Vietnamese;
        var text = new StringBuilder();
        if (report.Issuer is { } issuer)
        {
            text.Append(issuer.ToUpperInvariant()).Append('\n');
        }
        text.Append(report.Title.In(culture)).Append('\n');
        var dateLine = new List<string>();
        if (report.Period is { } period)
        {
            dateLine.Add(PeriodFormat.Format(period, culture));
        }
        if (report.Date is { } date)
        {
            dateLine.Add((vietnamese ? "số liệu đến " : "figures to ") + DateFormat.Format(date, options.DateStyle, culture));
        }
        if (dateLine.Count > 0)
        {
            text.Append('(').AppendJoin("; ", dateLine).Append(")\n");
        }

        foreach (var table in report.Tables)
        {
            cancellationToken.ThrowIfCancellationRequested();
            text.Append('\n').Append("▪ ").Append(table.Title.In(culture)).Append('\n');
            var layout = TableLayout.Of(table, options);
            var details = layout.Rows.Where(r => r.Kind == RowKind.Detail).ToList();
            foreach (var row in details.Take(MaxRowsPerTable))
            {
                text.Append("  • ").Append(Line(layout, row)).Append('\n');
            }
            if (details.Count > MaxRowsPerTable)
            {
                var more = details.Count - MaxRowsPerTable;
                text.Append("  • ").Append(vietnamese ? $"và {more} dòng khác" : $"and {more} more").Append('\n');
            }
            var total = layout.Rows.Last();
            text.Append("  = ").Append(Line(layout, total)).Append('\n');
        }

        if (!report.Findings.IsEmpty)
        {
            var counts = Enum.GetValues<Severity>()
                .Select(s => (Severity: s, Count: report.Findings.Count(f => f.Severity == s)))
                .Where(c => c.Count > 0)
                .Select(c => $"{c.Count} {SeverityFormat.Format(c.Severity, culture)}");
            text.Append('\n').Append(vietnamese ? "⚠ Kiểm tra số liệu: " : "⚠ Checks: ").AppendJoin(", ", counts).Append('\n');
        }
        await writer.WriteAsync(text, cancellationToken).ConfigureAwait(false);
    }

    // "Label: header value, header value", leaving out missing figures, since a gap reads as nothing to report.
    private static string Line(TableLayout layout, LayoutRow row)
    {
        var label = string.Join(" / ", row.Cells.Take(layout.DimensionCount).Select(c => c.Text).Where(t => t.Length > 0));
        var figures = row.Cells.Skip(layout.DimensionCount)
            .Select((cell, i) => (cell, column: layout.Columns[layout.DimensionCount + i]))
            .Where(x => x.cell.Text.Length > 0)
            .Select(x => $"{x.column.Header.ToLowerInvariant()} {x.cell.Text}");
        return $"{label}: {string.Join(", ", figures)}";
    }
}
