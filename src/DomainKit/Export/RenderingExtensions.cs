using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Export.Html;
using DomainKit.Interchange;
using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Export;

/// <summary>
/// DomainKit's results as Markdown and HTML strings, for notebooks, REPLs, chat messages and pages of your own:
/// reports and report tables as the Markdown and HTML exporters write them, and validation, reconciliation and
/// import results and datasets as a summary line and a table. Every text from the data is escaped.
/// </summary>
/// <remarks>
/// <para>
/// The HTML is a fragment, not a page: a <c>div</c> of class <c>domainkit</c> holding a style sheet whose every rule
/// is under that class, with a white background and black text of its own, so that it neither changes the page it is
/// put in nor becomes unreadable in a dark theme. Like the page, it parses as XML.
/// </para>
/// <para>
/// Notebooks (.NET Interactive, Polyglot Notebooks) find these renderings without any package: reports, tables,
/// results, datasets and values carry an attribute that the notebook's formatter recognises by its name. There the
/// HTML is in Vietnamese, as the exporters write by default, and plain text is <c>ToString()</c>.
/// </para>
/// <para>
/// Options, culture and styles are always explicit; the current culture plays no part. Thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// Console.WriteLine(table.ToMarkdown(new ExportOptions { Culture = TextCulture.English }));
/// File.WriteAllText("kiem-tra.html", validation.ToHtml(TextCulture.Vietnamese));
/// </code>
/// </example>
public static class RenderingExtensions
{
    // An exporter holds no state, so one serves every call.
    private static readonly MarkdownExporter Markdown = new();

    /// <summary>The report as Markdown: exactly what <see cref="MarkdownExporter"/> writes for the same report and options.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">Culture, styles and tables; <see cref="ExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options name a table the report does not have.</exception>
    public static string ToMarkdown(this ReportDocument report, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Markdown.WriteToString(report, options ?? ExportOptions.Default);
    }

    /// <summary>
    /// The report as an HTML fragment with the content of <see cref="HtmlExporter"/>'s page: the header (issuer, place
    /// and date, title, period), each table with its bar chart when it is a distribution by field or by unit, the
    /// findings and the notes.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="options">Culture, styles and tables; <see cref="ExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options name a table the report does not have.</exception>
    public static string ToHtml(this ReportDocument report, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= ExportOptions.Default;
        return HtmlReport.Fragment(ExporterBase.Select(report, options), options);
    }

    /// <summary>The table as Markdown: that of <see cref="ReportDocument.Of(ReportTable, LocalizedText?)"/> the table.</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">Culture and styles; <see cref="ExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options name a table other than <c>table</c>, the id the table has in its report.</exception>
    public static string ToMarkdown(this ReportTable table, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        return ReportDocument.Of(table).ToMarkdown(options);
    }

    /// <summary>The table as an HTML fragment: that of <see cref="ReportDocument.Of(ReportTable, LocalizedText?)"/> the table, with its chart.</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">Culture and styles; <see cref="ExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options name a table other than <c>table</c>, the id the table has in its report.</exception>
    public static string ToHtml(this ReportTable table, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        return ReportDocument.Of(table).ToHtml(options);
    }

    /// <summary>
    /// A validation or reconciliation result as Markdown: the summary line of
    /// <see cref="CheckResult.ToString(TextCulture)"/>, then a table of the findings (code, severity, item, field,
    /// message), in the report's order: by severity for validation, figure by figure for reconciliation.
    /// </summary>
    /// <param name="report">The validation or reconciliation result.</param>
    /// <param name="culture">The language of the headers and messages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string ToMarkdown(this CheckResult report, TextCulture culture)
    {
        ArgumentNullException.ThrowIfNull(report);
        return MarkdownResults.Findings(report.Summary(culture), report.Findings, culture);
    }

    /// <summary>
    /// A validation or reconciliation result as an HTML fragment: the summary line of
    /// <see cref="CheckResult.ToString(TextCulture)"/>, then the findings table of the HTML page.
    /// </summary>
    /// <param name="report">The validation or reconciliation result.</param>
    /// <param name="culture">The language of the headers and messages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string ToHtml(this CheckResult report, TextCulture culture)
    {
        ArgumentNullException.ThrowIfNull(report);
        return HtmlResults.Findings(report.Summary(culture), report.Findings, culture);
    }

    /// <summary>
    /// The import result as Markdown: the summary line of <see cref="ImportResult.ToString(TextCulture)"/>, then a
    /// table of the problems (code, severity, file, line, column, field, value as written, message).
    /// </summary>
    /// <param name="result">The import result.</param>
    /// <param name="culture">The language of the headers and messages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string ToMarkdown(this ImportResult result, TextCulture culture)
    {
        ArgumentNullException.ThrowIfNull(result);
        return MarkdownResults.Import(result, culture);
    }

    /// <summary>
    /// The import result as an HTML fragment: the summary line of <see cref="ImportResult.ToString(TextCulture)"/>,
    /// then a table of the problems (code, severity, file, line, column, field, value as written, message).
    /// </summary>
    /// <param name="result">The import result.</param>
    /// <param name="culture">The language of the headers and messages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string ToHtml(this ImportResult result, TextCulture culture)
    {
        ArgumentNullException.ThrowIfNull(result);
        return HtmlResults.Import(result, culture);
    }

    /// <summary>The dataset as a Markdown table of how many records of each kind it holds.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="culture">The language of the names of the kinds, and how counts are grouped.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>.</exception>
    public static string ToMarkdown(this Dataset dataset, TextCulture culture)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return MarkdownResults.Dataset(dataset, culture);
    }

    /// <summary>The dataset as an HTML fragment: a table of how many records of each kind it holds.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="culture">The language of the names of the kinds, and how counts are grouped.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>.</exception>
    public static string ToHtml(this Dataset dataset, TextCulture culture)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return HtmlResults.Dataset(dataset, culture);
    }
}
