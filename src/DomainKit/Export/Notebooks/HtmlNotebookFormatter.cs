using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Export.Html;
using DomainKit.Interchange;
using DomainKit.Utility;
using DomainKit.Validation;

namespace DomainKit.Export.Notebooks;

/// <summary>
/// Writes a DomainKit result as HTML for a notebook: a report, a table, a validation, reconciliation or import
/// result or a dataset as its <see cref="RenderingExtensions"/> fragment in <see cref="ExportOptions.Default"/>
/// (Vietnamese, as the exporters write by default); any other value as its <c>ToString()</c>, encoded.
/// </summary>
/// <remarks>The notebook finds <see cref="Format"/> by name, so it must stay the only public method of that name.</remarks>
internal sealed class HtmlNotebookFormatter
{
    /// <summary>The MIME type written: <c>text/html</c>.</summary>
    public string MimeType => "text/html";

    /// <summary>Writes <paramref name="instance"/> to <paramref name="writer"/>; <see langword="false"/>, writing nothing, when it is not DomainKit's to format.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!NotebookFormatterSource.Formats(instance))
        {
            return false;
        }
        var culture = ExportOptions.Default.Culture;
        writer.Write(instance switch
        {
            ReportDocument report => report.ToHtml(ExportOptions.Default),
            ReportTable table => table.ToHtml(ExportOptions.Default),
            CheckResult findings => findings.ToHtml(culture),
            ImportResult import => import.ToHtml(culture),
            Dataset dataset => dataset.ToHtml(culture),
            _ => HtmlText.Encode(instance.ToString()),
        });
        return true;
    }
}
