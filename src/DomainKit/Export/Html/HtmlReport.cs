using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using DomainKit.Aggregation;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Utility;
using DomainKit.Validation;

namespace DomainKit.Export.Html;

/// <summary>
/// Writes a report as HTML: as the whole page <see cref="HtmlExporter"/> writes, or as a fragment to embed in a
/// notebook's output or another page. Both are written by the same code, so they hold the same header, tables,
/// charts, findings and notes; the fragment has no document around it, a style sheet scoped to its wrapper, and ids
/// of its own so that many fragments can share a page.
/// </summary>
internal static class HtmlReport
{
    /// <summary>How many characters are gathered before they are handed to the writer.</summary>
    private const int ChunkSize = 32 * 1024;

    /// <summary>How many rows are written between two checks of the cancellation token.</summary>
    private const int RowsPerCheck = 2048;

    /// <summary>Writes <paramref name="report"/>, whose tables and findings are those to be written, as a page.</summary>
    public static Task WritePageAsync(ReportDocument report, TextWriter writer, ExportOptions options, CancellationToken cancellationToken)
        => WriteAsync(report, writer, options, page: true, cancellationToken);

    /// <summary><paramref name="report"/>, whose tables and findings are those to be written, as a fragment.</summary>
    public static string Fragment(ReportDocument report, ExportOptions options)
        => InMemoryText.Write(writer => WriteAsync(report, writer, options, page: false, CancellationToken.None));

    /// <summary>
    /// The findings table with its heading, as on the page; nothing when there are no findings. Ids start with
    /// <paramref name="ids"/>, empty on the page.
    /// </summary>
    public static async Task WriteFindingsAsync(
        StringBuilder html, TextWriter writer, ImmutableArray<Finding> findings, TextCulture culture, string ids, CancellationToken cancellationToken)
    {
        if (findings.IsEmpty)
        {
            return;
        }
        OpenTable(html, "findings", ids, HtmlWords.Findings(culture), HtmlWords.FindingHeaders(culture), numeric: []);
        var written = 0;
        foreach (var finding in findings)
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
        CloseTable(html);
    }

    /// <summary>
    /// Opens a section with its heading and a table with its header row, as the findings table of the page and the
    /// tables of results are written; <paramref name="numeric"/> names the columns aligned right. Ids start with
    /// <paramref name="ids"/>.
    /// </summary>
    public static void OpenTable(StringBuilder html, string name, string ids, string title, IReadOnlyList<string> headers, int[] numeric)
    {
        html.Append("<section class=\"").Append(name).Append("\" id=\"").Append(ids).Append(name).Append("\">\n<h2 id=\"").Append(ids).Append("title-")
            .Append(name).Append("\">").AppendEncoded(title).Append("</h2>\n");
        html.Append("<table aria-labelledby=\"").Append(ids).Append("title-").Append(name).Append("\">\n<thead>\n<tr>");
        for (var c = 0; c < headers.Count; c++)
        {
            html.Append(numeric.Contains(c) ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">").AppendEncoded(headers[c]).Append("</th>");
        }
        html.Append("</tr>\n</thead>\n<tbody>\n");
    }

    /// <summary>Closes what <see cref="OpenTable"/> opened.</summary>
    public static void CloseTable(StringBuilder html) => html.Append("</tbody>\n</table>\n</section>\n");

    /// <summary>
    /// The prefix of a fragment's ids: "dk" and a hash of <paramref name="texts"/>, the words its ids label. A
    /// notebook shows many outputs on one page, where ids must differ; a hash keeps the same content giving the same
    /// fragment, and two fragments with the same prefix label the same words, so a label is never wrong.
    /// </summary>
    public static string FragmentIds(IEnumerable<string?> texts)
    {
        // FNV-1a over UTF-16 code units, each text ended by a control character so that ("ab", "c") and ("a", "bc") differ.
        var hash = 2166136261u;
        foreach (var text in texts)
        {
            foreach (var c in (text ?? string.Empty) + "\u0001")
            {
                hash = unchecked((hash ^ c) * 16777619u);
            }
        }
        return "dk" + hash.ToString("x8", CultureInfo.InvariantCulture) + "-";
    }

    private static async Task WriteAsync(ReportDocument report, TextWriter writer, ExportOptions options, bool page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        var culture = options.Culture;
        var html = new StringBuilder(ChunkSize + 4096);
        // Amounts in words are long sentences: they may wrap, where figures may not.
        var moneyWords = options.MoneyStyle == DongStyle.Words;
        string ids;
        if (page)
        {
            ids = string.Empty;
            WriteHead(html, report, options, moneyWords);
        }
        else
        {
            ids = FragmentIds([report.Title.In(culture), .. report.Tables.SelectMany(t => new[] { t.Id, t.Title.In(culture) })]);
            HtmlFragment.Open(html, culture, moneyWords);
        }
        WriteHeader(html, report, options);
        if (page)
        {
            html.Append("<main>\n");
        }
        foreach (var table in report.Tables)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteTableAsync(html, writer, table, options, ids, cancellationToken).ConfigureAwait(false);
        }
        if (report.Signer is not null)
        {
            html.Append("<p class=\"signer\">").AppendEncoded(HtmlWords.Signer(culture)).AppendEncoded(report.Signer).Append("</p>\n");
        }
        cancellationToken.ThrowIfCancellationRequested();
        await WriteFindingsAsync(html, writer, report.Findings, culture, ids, cancellationToken).ConfigureAwait(false);
        WriteNotes(html, report, culture, ids);
        if (page)
        {
            html.Append("</main>\n</body>\n</html>\n");
        }
        else
        {
            HtmlFragment.Close(html);
        }
        await writer.WriteAsync(html, cancellationToken).ConfigureAwait(false);
    }

    private static void WriteHead(StringBuilder html, ReportDocument report, ExportOptions options, bool moneyWords)
    {
        var culture = options.Culture;
        var language = HtmlWords.Language(culture);
        html.Append("<!DOCTYPE html>\n");
        html.Append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").Append(language).Append("\" xml:lang=\"").Append(language).Append("\">\n");
        html.Append("<head>\n<meta charset=\"utf-8\"/>\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        html.Append("<title>").AppendEncoded(report.Title.In(culture)).Append("</title>\n");
        html.Append("<style>\n").Append(HtmlStyleSheet.Css).Append("</style>\n");
        html.Append(moneyWords ? "</head>\n<body class=\"" + HtmlStyleSheet.MoneyWordsClass + "\">\n" : "</head>\n<body>\n");
    }

    private static void WriteHeader(StringBuilder html, ReportDocument report, ExportOptions options)
    {
        var culture = options.Culture;
        html.Append("<header class=\"report\">\n");
        if (report.Issuer is not null)
        {
            html.Append("<p class=\"issuer\">").AppendEncoded(report.Issuer).Append("</p>\n");
        }
        if (report.Number is not null)
        {
            html.Append("<p class=\"number\">").AppendEncoded(HtmlWords.Number(culture)).AppendEncoded(report.Number).Append("</p>\n");
        }
        if (report.Place is not null || report.Date is not null)
        {
            html.Append("<p class=\"place-date\">").AppendEncoded(report.Place);
            if (report.Date is { } date)
            {
                html.Append(report.Place is null ? string.Empty : ", ");
                html.Append("<time datetime=\"").Append(DateFormat.Format(date, DateStyle.Short, TextCulture.English)).Append("\">")
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
        html.Append("</header>\n");
    }

    private static async Task WriteTableAsync(
        StringBuilder html, TextWriter writer, DocumentTable table, ExportOptions options, string ids, CancellationToken cancellationToken)
    {
        var id = HtmlText.Encode(table.Id);
        html.Append("<section class=\"report-table\" id=\"").Append(ids).Append("table-").Append(id).Append("\">\n");
        html.Append("<h2 id=\"").Append(ids).Append("title-").Append(id).Append("\">").AppendEncoded(table.Title.In(options.Culture)).Append("</h2>\n");
        BarChart.Of(table, options)?.WriteTo(html, cancellationToken);

        var layout = TableLayout.Of(table, options);
        html.Append("<table aria-labelledby=\"").Append(ids).Append("title-").Append(id).Append("\">\n<thead>\n<tr>");
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
        html.Append("</tbody>\n</table>\n");
        foreach (var note in layout.Notes)
        {
            html.Append("<p class=\"missing-note\">").AppendEncoded(note).Append("</p>\n");
        }
        html.Append("</section>\n");
        await FlushAsync(html, writer, cancellationToken).ConfigureAwait(false);
    }

    private static void WriteNotes(StringBuilder html, ReportDocument report, TextCulture culture, string ids)
    {
        if (report.Notes.IsEmpty)
        {
            return;
        }
        html.Append("<section class=\"notes\" id=\"").Append(ids).Append("notes\">\n<h2>").AppendEncoded(HtmlWords.Notes(culture)).Append("</h2>\n<ul>\n");
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
