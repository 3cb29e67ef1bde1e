using System.Text;

namespace DomainKit.Export.Html;

/// <summary>
/// The only style sheet of the HTML renderings, written inline so that they stand alone: <see cref="Css"/> for the
/// page, and <see cref="FragmentCss"/>, made from it, for a fragment embedded in a notebook's output or another page.
/// Neither has '&lt;' nor '&amp;', so it needs no escaping in a <c>style</c> element read as HTML or as XML.
/// </summary>
internal static class HtmlStyleSheet
{
    /// <summary>The class of the element every fragment is wrapped in; every rule of <see cref="FragmentCss"/> is under it.</summary>
    public const string FragmentClass = "domainkit";

    /// <summary>The class that lets amounts written in words wrap: on the page's body, on a fragment's wrapper.</summary>
    public const string MoneyWordsClass = "money-words";

    // The line endings of a raw literal are those of the source file, which a checkout may change; the page's may not.
    public static readonly string Css = Source.ReplaceLineEndings("\n") + "\n";

    /// <summary>
    /// The page's rules scoped to the fragment's wrapper, after rules that take back what a notebook's own style sheet
    /// gives tables and text (a dark theme's light text and striped rows would otherwise be unreadable on white).
    /// </summary>
    public static readonly string FragmentCss = FragmentReset.ReplaceLineEndings("\n") + "\n" + Scope(Css) + FragmentPlacement.ReplaceLineEndings("\n") + "\n";

    // Times New Roman first: Vietnamese official documents use it, and every desktop has it with the Vietnamese letters.
    private const string Source = """
        @page { size: A4; margin: 15mm 12mm 15mm 15mm; }
        html { color: #000; background: #fff; }
        body { font-family: "Times New Roman", Times, "Noto Serif", serif; font-size: 12pt; line-height: 1.35; max-width: 190mm; margin: 0 auto; padding: 8mm; }
        header.report { margin-bottom: 6mm; }
        header.report .issuer { font-weight: bold; margin: 0; }
        header.report .place-date { font-style: italic; text-align: right; margin: 0; }
        h1 { font-size: 15pt; text-align: center; margin: 5mm 0 2mm; }
        header.report .period { text-align: center; margin: 0; }
        h2 { font-size: 13pt; margin: 7mm 0 2mm; }
        table { border-collapse: collapse; width: 100%; margin: 0 0 4mm; font-size: 11pt; }
        th, td { border: 1px solid #555; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
        thead th { background: #e8e8e8; }
        td:first-child, th:first-child { min-width: 30mm; }
        thead { display: table-header-group; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        th.num, .money-words .num { white-space: normal; }
        tr.subtotal td { font-style: italic; background: #f3f3f3; }
        tr.total td { font-weight: bold; background: #e0e0e0; border-top: 2px solid #000; }
        tr.error td.severity { color: #a00; font-weight: bold; }
        tr.warning td.severity { color: #850; }
        p.missing-note { font-size: 10pt; font-style: italic; margin: -2mm 0 4mm; }
        figure.chart { margin: 0 0 4mm; }
        figure.chart svg { display: block; width: 100%; max-width: 170mm; height: auto; }
        svg .label, svg .value { font-family: inherit; font-size: 12px; fill: #000; }
        svg .bar { fill: #3b6ea5; }
        svg .bar.negative { fill: #b5523b; }
        svg .axis { stroke: #000; stroke-width: 1; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
          h1, h2 { break-after: avoid; page-break-after: avoid; }
          tr, figure.chart { break-inside: avoid; page-break-inside: avoid; }
          thead th, tr.subtotal td, tr.total td, svg .bar { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    // Notebooks style tables and text of their outputs (JupyterLab colours a table's text and stripes its rows with
    // the theme's colours, and centres it with a fixed layout). These rules come first, so that at equal specificity
    // the page's rules after them win, and the page's more specific ones (header cells, subtotals) win anyway.
    private const string FragmentReset = """
        .domainkit h1, .domainkit h2, .domainkit p, .domainkit ul, .domainkit li, .domainkit table, .domainkit tr, .domainkit th, .domainkit td { color: #000; }
        .domainkit th, .domainkit td { background: #fff; }
        .domainkit table { table-layout: auto; }
        """;

    // A page centres its body on the sheet; an output sits where the notebook puts it, left, with a narrow white edge.
    private const string FragmentPlacement = """
        .domainkit { margin: 0; padding: 3mm; }
        """;

    /// <summary>
    /// <paramref name="css"/> with every rule under the fragment's wrapper: <c>@page</c> left out, the rules of
    /// <c>html</c> and <c>body</c> made the wrapper's own, a selector starting with a class of the page's body (which
    /// the wrapper carries instead) joined to the wrapper, and any other selector put inside it. Rules inside
    /// <c>@media</c> are scoped the same way. Selectors are split at commas, which the sheet uses only between them.
    /// </summary>
    internal static string Scope(string css)
    {
        var scoped = new StringBuilder(css.Length * 2);
        ScopeRules(css, scoped, string.Empty);
        return scoped.ToString();
    }

    private static void ScopeRules(string css, StringBuilder scoped, string indent)
    {
        var position = 0;
        while (true)
        {
            var open = css.IndexOf('{', position);
            if (open < 0)
            {
                return;
            }
            var close = MatchingBrace(css, open);
            var prelude = css[position..open].Trim();
            var block = css[(open + 1)..close];
            position = close + 1;
            if (prelude.StartsWith("@page", StringComparison.Ordinal))
            {
                continue;
            }
            if (prelude.StartsWith('@'))
            {
                scoped.Append(indent).Append(prelude).Append(" {\n");
                ScopeRules(block, scoped, indent + "  ");
                scoped.Append(indent).Append("}\n");
                continue;
            }
            var selectors = prelude.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            scoped.Append(indent).AppendJoin(", ", selectors.Select(ScopeSelector)).Append(" {").Append(block).Append("}\n");
        }
    }

    private static string ScopeSelector(string selector)
    {
        const string root = "." + FragmentClass;
        if (selector is "html" or "body")
        {
            return root;
        }
        if (selector.StartsWith("." + MoneyWordsClass + " ", StringComparison.Ordinal))
        {
            return root + selector;
        }
        return root + " " + selector;
    }

    private static int MatchingBrace(string css, int open)
    {
        var depth = 0;
        for (var i = open; i < css.Length; i++)
        {
            if (css[i] == '{')
            {
                depth++;
            }
            else if (css[i] == '}' && --depth == 0)
            {
                return i;
            }
        }
        throw new InvalidOperationException("The style sheet has a '{' without its '}'.");
    }
}
