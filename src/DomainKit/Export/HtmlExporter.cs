using DomainKit.Export.Html;
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
/// <see cref="RenderingExtensions.ToHtml(ReportDocument, ExportOptions?)"/> gives the same content as a fragment to embed
/// in a notebook or another page.
/// </remarks>
/// <example>
/// <code>
/// await using var file = File.Create("bao-cao.html");
/// await new HtmlExporter().ExportAsync(report, file, new ExportOptions { DateStyle = DateStyle.Official });
/// </code>
/// </example>
public sealed class HtmlExporter : TextExporterBase
{
    /// <summary>Creates the exporter: format id <c>html</c>, <c>text/html</c>, <c>.html</c>, no byte order mark.</summary>
    public HtmlExporter()
        : base("html", new LocalizedText("Trang HTML", "HTML page"), "text/html", ".html")
    {
    }

    /// <inheritdoc/>
    protected override Task WriteAsync(ReportDocument report, TextWriter writer, ExportOptions options, CancellationToken cancellationToken)
        => HtmlReport.WritePageAsync(report, writer, options, cancellationToken);
}
