using System.Text;
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
    /// <summary>An exporter with <paramref name="options"/>, or <see cref="CsvOptions.Default"/>.</summary>
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
        var text = new StringBuilder(1 << 16);
        var first = true;
        foreach (var documentTable in report.Tables)
        {
            if (!first)
            {
                text.Append(NewLine);
            }
            first = false;
            var layout = TableLayout.Of(documentTable.Table, options);
            AppendRow(text, [documentTable.Title.In(culture)]);
            AppendRow(text, [.. layout.Columns.Select(c => c.Header)]);
            var count = 0;
            foreach (var row in layout.Rows)
            {
                AppendRow(text, [.. row.Cells.Select(c => c.Text)]);
                if (++count % 4096 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await writer.WriteAsync(text, cancellationToken).ConfigureAwait(false);
                    text.Clear();
                }
            }
            cancellationToken.ThrowIfCancellationRequested();
        }
        if (!report.Findings.IsEmpty)
        {
            if (!first)
            {
                text.Append(NewLine);
            }
            var vietnamese = culture == ReportCulture.Vietnamese;
            AppendRow(text, [vietnamese ? "Phát hiện" : "Findings"]);
            AppendRow(text, vietnamese ? ["Mã", "Mức độ", "Đối tượng", "Trường", "Nội dung"] : ["Code", "Severity", "Entity", "Field", "Message"]);
            foreach (var finding in report.Findings)
            {
                AppendRow(text, [finding.Code, SeverityFormat.Format(finding.Severity, culture), finding.Entity.ToString(), finding.Field ?? string.Empty, finding.Message.In(culture)]);
            }
        }
        await writer.WriteAsync(text, cancellationToken).ConfigureAwait(false);
    }

    private void AppendRow(StringBuilder text, IReadOnlyCollection<string> fields)
    {
        if (fields.Count == 1 && fields.First().Length == 0)
        {
            // A row of one empty field would be an empty line, which readers skip.
            text.Append("\"\"").Append(NewLine);
            return;
        }
        var firstField = true;
        foreach (var field in fields)
        {
            if (!firstField)
            {
                text.Append(Options.Delimiter);
            }
            firstField = false;
            AppendField(text, field);
        }
        text.Append(NewLine);
    }

    private void AppendField(StringBuilder text, string field)
    {
        // Control and bidirectional characters are written \uXXXX: seen, never acted on.
        var value = SpreadsheetText.Neutralise(UnsafeText.Escape(field));
        // Spaces at either end are quoted too, since some readers trim them from a bare field.
        var quote = value.AsSpan().IndexOfAny(['"', '\r', '\n', Options.Delimiter]) >= 0
            || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])));
        if (!quote)
        {
            text.Append(value);
            return;
        }
        text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
