using System.Collections.Immutable;
using System.Text;
using DomainKit.Data;
using DomainKit.Export.Html;
using DomainKit.Interchange;
using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Export;

/// <summary>
/// Markdown of results that are not reports: findings under their summary line (validation, reconciliation), an
/// import's problems, a dataset's counts, as GitHub tables with the same columns as their HTML and every text escaped
/// as <see cref="MarkdownExporter"/> escapes it.
/// </summary>
internal static class MarkdownResults
{
    /// <summary><paramref name="summary"/>, then a table of the findings, if any.</summary>
    public static string Findings(string summary, ImmutableArray<Finding> findings, TextCulture culture)
    {
        var text = new StringBuilder(MarkdownExporter.Escape(summary)).Append('\n');
        if (!findings.IsEmpty)
        {
            text.Append('\n');
            MarkdownExporter.AppendHeader(text, HtmlWords.FindingHeaders(culture).Select(h => (h, false)));
            foreach (var finding in findings)
            {
                MarkdownExporter.AppendRow(text,
                [
                    finding.Code, HtmlWords.Severity(finding.Severity, culture), finding.Entity.ToString(), finding.Field ?? string.Empty,
                    finding.Message.In(culture),
                ]);
            }
        }
        return text.ToString();
    }

    /// <summary>The summary line of <paramref name="result"/>, then a table of its problems, if any.</summary>
    public static string Import(ImportResult result, TextCulture culture)
    {
        var text = new StringBuilder(MarkdownExporter.Escape(result.Summary(culture))).Append('\n');
        if (!result.Problems.IsEmpty)
        {
            text.Append('\n');
            MarkdownExporter.AppendHeader(text, RenderingText.ProblemHeaders(culture).Select((h, c) => (h, c is 3 or 4)));
            foreach (var problem in result.Problems)
            {
                MarkdownExporter.AppendRow(text,
                [
                    problem.Code, HtmlWords.Severity(problem.Severity, culture), problem.File, RenderingText.Position(problem.Line),
                    RenderingText.Position(problem.Column), problem.Field ?? string.Empty, problem.Value ?? string.Empty, problem.Message.In(culture),
                ]);
            }
        }
        return text.ToString();
    }

    /// <summary>A table of how many records of each kind <paramref name="dataset"/> holds.</summary>
    public static string Dataset(Dataset dataset, TextCulture culture)
    {
        var text = new StringBuilder();
        MarkdownExporter.AppendHeader(text, RenderingText.DatasetHeaders(culture).Select((h, c) => (h, c == 1)));
        foreach (var (kind, count) in RenderingText.Records(dataset, culture))
        {
            MarkdownExporter.AppendRow(text, [kind, count]);
        }
        return text.ToString();
    }
}
