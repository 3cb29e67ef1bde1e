using DomainKit.Interchange;
using DomainKit.Interchange.Csv;
using DomainKit.Validation;
using DomainKit.Text;

namespace DomainKit.Export;

/// <summary>
/// Writes a report as CSV (RFC 4180): UTF-8, CRLF line ends, fields quoted when they hold the delimiter, a quote
/// or a line break, or start or end with a space. Each table is a block: a row with its title, the header row, the rows of its
/// <see cref="TableLayout"/>, and an empty row; the findings, when included, are a last block. Select one table
/// with <see cref="ExportOptions.Tables"/> to get a plain rectangular file.
/// </summary>
/// <remarks>
/// A spreadsheet treats a cell that starts with '=', '+', '-', '@', a tab or a carriage return as a formula, so
/// such a cell is written with a leading apostrophe ('=HYPERLINK(...) stays text). Numbers the exporter wrote
/// itself ("-1.000.000 đ", "-5") are left as they are: they hold no letters or parentheses and cannot call anything.
/// Control characters other than tab and line breaks (NUL, ESC) and bidirectional formatting characters (U+202E)
/// are written as <c>\uXXXX</c>, so that what a spreadsheet or a terminal shows is what the data holds.
/// </remarks>
public sealed class CsvExporter : TextExporterBase
{
    /// <summary>An exporter with <paramref name="options"/>, or <see cref="CsvOptions.Default"/>; the culture of a report is that of its <see cref="ExportOptions"/>.</summary>
    public CsvExporter(CsvOptions? options = null)
        : base("csv", new LocalizedText("Tệp CSV", "CSV file"), "text/csv", ".csv", (options ?? CsvOptions.Default).ByteOrderMark)
    {
        Options = options ?? CsvOptions.Default;
    }

    /// <summary>The delimiter and byte order mark.</summary>
    public CsvOptions Options { get; }

    /// <summary>RFC 4180 ends lines with CRLF.</summary>
    protected override string NewLine => "\r\n";

    /// <inheritdoc/>
    protected override async Task WriteAsync(ReportDocument report, TextWriter writer, ExportOptions options, CancellationToken cancellationToken)
    {
        var culture = options.Culture;
        var csv = new CsvWriter(writer, Options.Delimiter, CsvQuoting.FormulaSafe, culture);
        var first = true;
        foreach (var documentTable in report.Tables)
        {
            if (!first)
            {
                await csv.EndRowAsync(cancellationToken).ConfigureAwait(false);
            }
            first = false;
            var layout = TableLayout.Of(documentTable, options);
            await csv.RowAsync([documentTable.Title.In(culture)], cancellationToken).ConfigureAwait(false);
            await csv.RowAsync(layout.Columns.Select(c => c.Header), cancellationToken).ConfigureAwait(false);
            foreach (var row in layout.Rows)
            {
                await csv.RowAsync(row.Cells.Select(c => c.Text), cancellationToken).ConfigureAwait(false);
            }
            cancellationToken.ThrowIfCancellationRequested();
        }
        if (!report.Findings.IsEmpty)
        {
            if (!first)
            {
                await csv.EndRowAsync(cancellationToken).ConfigureAwait(false);
            }
            var vietnamese = culture == TextCulture.Vietnamese;
            await csv.RowAsync([vietnamese ? "Phát hiện" : "Findings"], cancellationToken).ConfigureAwait(false);
            await csv.RowAsync(vietnamese ? ["Mã", "Mức độ", "Đối tượng", "Trường", "Nội dung"] : ["Code", "Severity", "Entity", "Field", "Message"], cancellationToken).ConfigureAwait(false);
            foreach (var finding in report.Findings)
            {
                await csv.RowAsync(
                    [finding.Code, SeverityFormat.Format(finding.Severity, culture), finding.Entity.ToString(), finding.Field ?? string.Empty, finding.Message.In(culture)],
                    cancellationToken).ConfigureAwait(false);
            }
        }
        await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
