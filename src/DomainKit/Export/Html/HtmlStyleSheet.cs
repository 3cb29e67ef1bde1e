namespace DomainKit.Export.Html;

/// <summary>
/// The page's only style sheet, written inline so that the file stands alone. It has neither '&lt;' nor '&amp;', so it
/// needs no escaping in a <c>style</c> element read as HTML or as XML.
/// </summary>
internal static class HtmlStyleSheet
{
    // The line endings of a raw literal are those of the source file, which a checkout may change; the page's may not.
    public static readonly string Css = Source.ReplaceLineEndings("\n") + "\n";

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
}
