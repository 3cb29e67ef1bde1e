using System.Text;
using DomainKit.Aggregation;
using DomainKit.Money;
using DomainKit.Export.Html;
using DomainKit.Periods;
using DomainKit.Text;

namespace DomainKit.Export;

/// <summary>
/// Writes a report as one self-contained, printable HTML page: the issuer, place and date, the title and period,
/// each table with a bar chart (inline SVG) when it distributes a count or an amount by field or by unit, then the
/// findings and the notes. The page needs no style sheet, script, font or image from elsewhere, prints on A4 with
/// table headers repeated on each page, and is XHTML-compatible (every element closed, attributes quoted), so it
/// also parses as XML.
/// </summary>
/// <remarks>
/// All text from the report is escaped, in content and in attributes, while Vietnamese letters stay readable
/// UTF-8 characters. The same report and options always give the same bytes, whatever the current culture.
/// </remarks>
/// <example>
/// <code>
/// await using var file = File.Create("bao-cao.html");
/// await new HtmlExporter().ExportAsync(report, file, new ExportOptions { DateStyle = DateStyle.Official });
/// </code>
/// </example>
public sealed class HtmlExporter : TextExporterBase
{
    /// <summary>How many characters are gathered before they are handed to the writer.</summary>
    private const int ChunkSize = 32 * 1024;

    /// <summary>How many rows are written between two checks of the cancellation token.</summary>
    private const int RowsPerCheck = 2048;

    /// <summary>Creates the exporter: format id <c>html</c>, <c>text/html</c>, <c>.html</c>, no byte order mark.</summary>
    public HtmlExporter()
        : base("html", new LocalizedText("Trang HTML", "HTML page"), "text/html", ".html")
    {
    }

    /// <inheritdoc/>
    protected override async Task WriteAsync(ReportDocument report, TextWriter writer, ExportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        var culture = options.Culture;
        var html = new StringBuilder(ChunkSize + 4096);
        WriteHead(html, report, options);
        WriteHeader(html, report, options);
        foreach (var table in report.Tables)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteTableAsync(html, writer, table, options, cancellationToken).ConfigureAwait(false);
        }
        cancellationToken.ThrowIfCancellationRequested();
        await WriteFindingsAsync(html, writer, report, culture, cancellationToken).ConfigureAwait(false);
        WriteNotes(html, report, culture);
        html.Append("</main>\n</body>\n</html>\n");
        await writer.WriteAsync(html, cancellationToken).ConfigureAwait(false);
    }

    private static void WriteHead(StringBuilder html, ReportDocument report, ExportOptions options)
    {
        var culture = options.Culture;
        var language = HtmlWords.Language(culture);
        html.Append("<!DOCTYPE html>\n");
        html.Append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").Append(language).Append("\" xml:lang=\"").Append(language).Append("\">\n");
        html.Append("<head>\n<meta charset=\"utf-8\"/>\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        html.Append("<title>").AppendEncoded(report.Title.In(culture)).Append("</title>\n");
        html.Append("<style>\n").Append(HtmlStyleSheet.Css).Append("</style>\n");
        // Amounts in words are long sentences: they may wrap, where figures may not.
        html.Append(options.MoneyStyle == DongStyle.Words ? "</head>\n<body class=\"money-words\">\n" : "</head>\n<body>\n");
    }

    private static void WriteHeader(StringBuilder html, ReportDocument report, ExportOptions options)
    {
        var culture = options.Culture;
        html.Append("<header class=\"report\">\n");
        if (report.Issuer is not null)
        {
            html.Append("<p class=\"issuer\">").AppendEncoded(report.Issuer).Append("</p>\n");
        }
        if (report.Place is not null || report.Date is not null)
        {
            html.Append("<p class=\"place-date\">").AppendEncoded(report.Place);
            if (report.Date is { } date)
            {
                html.Append(report.Place is null ? string.Empty : ", ");
                html.Append("<time datetime=\"").Append(DateFormat.Format(date, DateStyle.Short, ReportCulture.Invariant)).Append("\">")
                    .AppendEncoded(DateFormat.Format(date, options.DateStyle, culture)).Append("</time>");
            }
            html.Append("</p>\n");
        }
        html.Append("<h1>").AppendEncoded(report.Title.In(culture)).Append("</h1>\n");
        if (report.Period is { } period)
        {
            html.Append("<p class=\"period\">").AppendEncoded(HtmlWords.Period(culture)).Append(": ")
                .AppendEncoded(PeriodFormat.Format(period, culture)).Append("</p>\n");
        }
        html.Append("</header>\n<main>\n");
    }

    private static async Task WriteTableAsync(StringBuilder html, TextWriter writer, DocumentTable table, ExportOptions options, CancellationToken cancellationToken)
    {
        var id = HtmlText.Encode(table.Id);
        html.Append("<section class=\"report-table\" id=\"table-").Append(id).Append("\">\n");
        html.Append("<h2 id=\"title-").Append(id).Append("\">").AppendEncoded(table.Title.In(options.Culture)).Append("</h2>\n");
        BarChart.Of(table, options)?.WriteTo(html, cancellationToken);

        var layout = TableLayout.Of(table.Table, options);
        html.Append("<table aria-labelledby=\"title-").Append(id).Append("\">\n<thead>\n<tr>");
        foreach (var column in layout.Columns)
        {
            html.Append(column.IsNumeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">").AppendEncoded(column.Header).Append("</th>");
        }
        html.Append("</tr>\n</thead>\n<tbody>\n");
        var written = 0;
        foreach (var row in layout.Rows)
        {
            html.Append(row.Kind switch
            {
                RowKind.Subtotal => "<tr class=\"subtotal\">",
                RowKind.Total => "<tr class=\"total\">",
                _ => "<tr>",
            });
            for (var c = 0; c < row.Cells.Length; c++)
            {
                html.Append(layout.Columns[c].IsNumeric ? "<td class=\"num\">" : "<td>").AppendEncoded(row.Cells[c].Text).Append("</td>");
            }
            html.Append("</tr>\n");
            if (++written % RowsPerCheck == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            if (html.Length >= ChunkSize)
            {
                await FlushAsync(html, writer, cancellationToken).ConfigureAwait(false);
            }
        }
        html.Append("</tbody>\n</table>\n</section>\n");
        await FlushAsync(html, writer, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteFindingsAsync(StringBuilder html, TextWriter writer, ReportDocument report, ReportCulture culture, CancellationToken cancellationToken)
    {
        if (report.Findings.IsEmpty)
        {
            return;
        }
        html.Append("<section class=\"findings\" id=\"findings\">\n<h2 id=\"title-findings\">").AppendEncoded(HtmlWords.Findings(culture)).Append("</h2>\n");
        html.Append("<table aria-labelledby=\"title-findings\">\n<thead>\n<tr>");
        foreach (var header in HtmlWords.FindingHeaders(culture))
        {
            html.Append("<th scope=\"col\">").AppendEncoded(header).Append("</th>");
        }
        html.Append("</tr>\n</thead>\n<tbody>\n");
        var written = 0;
        foreach (var finding in report.Findings)
        {
            html.Append("<tr class=\"").Append(HtmlWords.SeverityClass(finding.Severity)).Append("\">");
            html.Append("<td class=\"code\">").AppendEncoded(finding.Code).Append("</td>");
            html.Append("<td class=\"severity\">").AppendEncoded(HtmlWords.Severity(finding.Severity, culture)).Append("</td>");
            html.Append("<td class=\"entity\">").AppendEncoded(finding.Entity.ToString()).Append("</td>");
            html.Append("<td class=\"field\">").AppendEncoded(finding.Field).Append("</td>");
            html.Append("<td class=\"message\">").AppendEncoded(finding.Message.In(culture)).Append("</td>");
            html.Append("</tr>\n");
            if (++written % RowsPerCheck == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            if (html.Length >= ChunkSize)
            {
                await FlushAsync(html, writer, cancellationToken).ConfigureAwait(false);
            }
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteNotes(StringBuilder html, ReportDocument report, ReportCulture culture)
    {
        if (report.Notes.IsEmpty)
        {
            return;
        }
        html.Append("<section class=\"notes\" id=\"notes\">\n<h2>").AppendEncoded(HtmlWords.Notes(culture)).Append("</h2>\n<ul>\n");
        foreach (var note in report.Notes)
        {
            html.Append("<li>").AppendEncoded(note.In(culture)).Append("</li>\n");
        }
        html.Append("</ul>\n</section>\n");
    }

    private static async Task FlushAsync(StringBuilder html, TextWriter writer, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(html, cancellationToken).ConfigureAwait(false);
        html.Clear();
    }
}
