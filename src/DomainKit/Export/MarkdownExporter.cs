using System.Text;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Export;

/// <summary>
/// Writes a report as Markdown with GitHub tables: the title as a heading, who issued it and when, each table
/// under its own heading with numeric columns right-aligned, then the findings and notes as lists. Text from the
/// data is escaped, so a name holding '|', '*' or '&lt;script&gt;' shows as written and changes no markup, and a
/// control or bidirectional formatting character (NUL, ESC, U+202E) shows as <c>\uXXXX</c>.
/// <see cref="RenderingExtensions.ToMarkdown(ReportDocument, ExportOptions?)"/> gives the same text as a string.
/// </summary>
public sealed class MarkdownExporter : TextExporterBase
{
    /// <summary>Creates the exporter.</summary>
    public MarkdownExporter()
        : base("markdown", new LocalizedText("Văn bản Markdown", "Markdown document"), "text/markdown", ".md")
    {
    }

    /// <inheritdoc/>
    protected override async Task WriteAsync(ReportDocument report, TextWriter writer, ExportOptions options, CancellationToken cancellationToken)
    {
        var culture = options.Culture;
        var vietnamese = culture == TextCulture.Vietnamese;
        var text = new StringBuilder(1 << 16);
        text.Append("# ").Append(Escape(report.Title.In(culture))).Append('\n').Append('\n');
        var heading = new List<string>();
        if (report.Issuer is { } issuer)
        {
            heading.Add(Escape(issuer));
        }
        if (report.Number is { } number)
        {
            heading.Add(Escape((vietnamese ? "Số: " : "No. ") + number));
        }
        if (report.Date is { } date)
        {
            var day = DateFormat.Format(date, options.DateStyle, culture);
            heading.Add(Escape(report.Place is { } place ? $"{place}, {day}" : day));
        }
        if (report.Period is { } period)
        {
            heading.Add(Escape((vietnamese ? "Kỳ báo cáo: " : "Period: ") + PeriodFormat.Format(period, culture)));
        }
        if (heading.Count > 0)
        {
            // Two spaces end a line inside a paragraph in Markdown.
            text.AppendJoin("  \n", heading).Append('\n');
        }
        foreach (var table in report.Tables)
        {
            text.Append('\n').Append("## ").Append(Escape(table.Title.In(culture))).Append('\n').Append('\n');
            var layout = TableLayout.Of(table, options);
            AppendHeader(text, layout.Columns.Select(c => (c.Header, c.IsNumeric)));
            var count = 0;
            foreach (var row in layout.Rows)
            {
                // Subtotals and the total are bold, as in a printed report.
                AppendRow(text, row.Cells.Select(c => c.Text), bold: row.Kind != Aggregation.RowKind.Detail);
                if (++count % 4096 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await writer.WriteAsync(text, cancellationToken).ConfigureAwait(false);
                    text.Clear();
                }
            }
            // What "–" and the source marks mean, one line each.
            var notes = layout.Notes;
            if (!notes.IsEmpty)
            {
                text.Append('\n').AppendJoin("  \n", notes.Select(Escape)).Append('\n');
            }
            cancellationToken.ThrowIfCancellationRequested();
        }
        if (report.Signer is { } signer)
        {
            text.Append('\n').Append(Escape((vietnamese ? "Người ký: " : "Signed by: ") + signer)).Append('\n');
        }
        if (!report.Findings.IsEmpty)
        {
            text.Append('\n').Append(vietnamese ? "## Phát hiện" : "## Findings").Append('\n').Append('\n');
            foreach (var finding in report.Findings)
            {
                var field = finding.Field is null ? string.Empty : "." + finding.Field;
                text.Append("- ").Append(Code(finding.Code)).Append(' ')
                    .Append(Escape(SeverityFormat.Format(finding.Severity, culture))).Append(' ')
                    .Append(Escape(finding.Entity + field)).Append(": ")
                    .Append(Escape(finding.Message.In(culture))).Append('\n');
            }
        }
        if (!report.Notes.IsEmpty)
        {
            text.Append('\n').Append(vietnamese ? "## Ghi chú" : "## Notes").Append('\n').Append('\n');
            foreach (var note in report.Notes)
            {
                text.Append("- ").Append(Escape(note.In(culture))).Append('\n');
            }
        }
        await writer.WriteAsync(text, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <paramref name="text"/> with every character Markdown or its inline HTML would read as markup escaped, and
    /// line breaks made spaces so that a cell stays on its row.
    /// </summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '\r' or '\n':
                    escaped.Append(' ');
                    break;
                case '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '#' or '~' or '!':
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    if (UnsafeText.IsUnsafe(c))
                    {
                        // Shown as \uXXXX: a backslash before a letter is no Markdown escape, so it reads as written.
                        escaped.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        escaped.Append(c);
                    }
                    break;
            }
        }
        return escaped.ToString();
    }

    /// <summary>
    /// A finding's code as code (<c>`DK501`</c>) when it is made of letters, digits, '-', '_' and '.' as codes are;
    /// any other code escaped as text, since nothing can be escaped inside a code span and a backtick would end it.
    /// </summary>
    private static string Code(string code)
        => code.Length > 0 && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') ? "`" + code + "`" : Escape(code);

    /// <summary>Appends the header row of a table and the row under it, which aligns numeric columns right.</summary>
    internal static void AppendHeader(StringBuilder text, IEnumerable<(string Header, bool IsNumeric)> columns)
    {
        var list = columns.ToList();
        AppendRow(text, list.Select(c => c.Header));
        text.Append('|');
        foreach (var column in list)
        {
            text.Append(column.IsNumeric ? " ---: |" : " --- |");
        }
        text.Append('\n');
    }

    /// <summary>Appends a table row of <paramref name="cells"/>, escaped, in bold if <paramref name="bold"/>.</summary>
    internal static void AppendRow(StringBuilder text, IEnumerable<string> cells, bool bold = false)
    {
        text.Append('|');
        foreach (var cell in cells)
        {
            text.Append(' ');
            if (bold && cell.Length > 0)
            {
                text.Append("**").Append(Escape(cell)).Append("**");
            }
            else
            {
                text.Append(Escape(cell));
            }
            text.Append(" |");
        }
        text.Append('\n');
    }
}
