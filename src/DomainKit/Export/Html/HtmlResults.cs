using System.Collections.Immutable;
using System.Text;
using DomainKit.Data;
using DomainKit.Interchange;
using DomainKit.Text;
using DomainKit.Utility;
using DomainKit.Validation;

namespace DomainKit.Export.Html;

/// <summary>
/// HTML fragments of results that are not reports: findings under their summary line (validation, reconciliation),
/// an import's problems, a dataset's counts. Each is wrapped and styled as a report's fragment is, and its findings
/// table is the page's own.
/// </summary>
internal static class HtmlResults
{
    /// <summary><paramref name="summary"/>, then the findings table.</summary>
    public static string Findings(string summary, ImmutableArray<Finding> findings, TextCulture culture)
        => InMemoryText.Write(async writer =>
        {
            var html = new StringBuilder(4096);
            HtmlFragment.Open(html, culture);
            AppendSummary(html, summary);
            await HtmlReport.WriteFindingsAsync(html, writer, findings, culture, HtmlReport.FragmentIds([summary]), CancellationToken.None)
                .ConfigureAwait(false);
            HtmlFragment.Close(html);
            await writer.WriteAsync(html, CancellationToken.None).ConfigureAwait(false);
        });

    /// <summary>The summary line of <paramref name="result"/>, then a table of its problems, if any.</summary>
    public static string Import(ImportResult result, TextCulture culture)
    {
        var summary = result.Summary(culture);
        var html = new StringBuilder(4096);
        HtmlFragment.Open(html, culture);
        AppendSummary(html, summary);
        if (!result.Problems.IsEmpty)
        {
            var ids = HtmlReport.FragmentIds([summary]);
            HtmlReport.OpenTable(html, "problems", ids, RenderingText.Problems(culture), RenderingText.ProblemHeaders(culture), numeric: [3, 4]);
            foreach (var problem in result.Problems)
            {
                html.Append("<tr class=\"").Append(HtmlWords.SeverityClass(problem.Severity)).Append("\">");
                html.Append("<td class=\"code\">").AppendEncoded(problem.Code).Append("</td>");
                html.Append("<td class=\"severity\">").AppendEncoded(HtmlWords.Severity(problem.Severity, culture)).Append("</td>");
                html.Append("<td class=\"file\">").AppendEncoded(problem.File).Append("</td>");
                html.Append("<td class=\"num\">").Append(RenderingText.Position(problem.Line)).Append("</td>");
                html.Append("<td class=\"num\">").Append(RenderingText.Position(problem.Column)).Append("</td>");
                html.Append("<td class=\"field\">").AppendEncoded(problem.Field).Append("</td>");
                html.Append("<td class=\"value\">").AppendEncoded(problem.Value).Append("</td>");
                html.Append("<td class=\"message\">").AppendEncoded(problem.Message.In(culture)).Append("</td>");
                html.Append("</tr>\n");
            }
            HtmlReport.CloseTable(html);
        }
        return HtmlFragment.Close(html).ToString();
    }

    /// <summary>A table of how many records of each kind <paramref name="dataset"/> holds.</summary>
    public static string Dataset(Dataset dataset, TextCulture culture)
    {
        var html = new StringBuilder(4096);
        HtmlFragment.Open(html, culture);
        var title = RenderingText.Dataset(culture);
        var records = RenderingText.Records(dataset, culture).ToList();
        HtmlReport.OpenTable(html, "dataset", HtmlReport.FragmentIds([title, .. records.Select(r => r.Count)]), title, RenderingText.DatasetHeaders(culture), numeric: [1]);
        foreach (var (kind, count) in records)
        {
            html.Append("<tr><td>").AppendEncoded(kind).Append("</td><td class=\"num\">").AppendEncoded(count).Append("</td></tr>\n");
        }
        HtmlReport.CloseTable(html);
        return HtmlFragment.Close(html).ToString();
    }

    private static void AppendSummary(StringBuilder html, string summary)
        => html.Append("<p class=\"summary\">").AppendEncoded(summary).Append("</p>\n");
}
