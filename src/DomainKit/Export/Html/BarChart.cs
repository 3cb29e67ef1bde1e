using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using DomainKit.Aggregation;
using DomainKit.Money;
using DomainKit.Text;

namespace DomainKit.Export.Html;

/// <summary>
/// A horizontal bar chart, as inline SVG, of a table that distributes a count or an amount by field or by unit: one
/// bar per value of the first dimension, for the table's first count or money measure. Lengths are worked out in
/// whole tenths of a pixel from the exact values, so money never passes through floating point and the same table
/// always gives the same bytes.
/// </summary>
internal sealed class BarChart
{
    /// <summary>The width of the drawing, in pixels: about 180 mm at 96 dpi, the text width of an A4 page.</summary>
    public const int Width = 680;

    private const int Top = 6;
    private const int RowHeight = 34;
    private const int LabelBaseline = 13;
    private const int BarOffset = 17;
    private const int BarHeight = 13;
    private const int Bottom = 4;

    /// <summary>How many bars are drawn between two checks of the cancellation token.</summary>
    private const int CancellationCheck = 2048;

    private readonly ImmutableArray<Bar> bars;
    private readonly string description;

    private BarChart(ImmutableArray<Bar> bars, string description)
    {
        this.bars = bars;
        this.description = description;
    }

    /// <summary>The chart of <paramref name="table"/>, or <see langword="null"/> when it is not a distribution by field or by unit, has no count or money measure, or has no value to draw.</summary>
    public static BarChart? Of(DocumentTable table, ExportOptions options)
    {
        // Only computed tables are charted: an indicator report mixes kinds and approximate figures in one column.
        if (table.Table is not { } report || report.Dimensions.IsEmpty || !IsDistribution(report.Dimensions[0]))
        {
            return null;
        }
        var measure = -1;
        for (var m = 0; m < report.Measures.Length; m++)
        {
            if (report.Measures[m].ValueKind is MeasureValueKind.Count or MeasureValueKind.Money)
            {
                measure = m;
                break;
            }
        }
        if (measure < 0)
        {
            return null;
        }
        // With two or more dimensions the subtotals hold one row per value of the first; with one, the detail rows do.
        var rows = report.Dimensions.Length >= 2 ? report.Subtotals : report.Rows;
        // Amounts in words would not fit beside a bar; the table beside the chart has them.
        var textOptions = options.MoneyStyle == DongStyle.Words ? options with { MoneyStyle = DongStyle.Compact } : options;
        var culture = options.Culture;
        var bars = ImmutableArray.CreateBuilder<Bar>(rows.Length);
        var anyValue = false;
        foreach (var row in rows)
        {
            var key = row.Keys.IsEmpty ? default : row.Keys[0];
            var value = row.Values[measure];
            long? number = value.Kind == MeasureValueKind.Money ? value.Money?.Value : value.Count;
            anyValue |= number is not null;
            bars.Add(new Bar(key.Key ?? string.Empty, key.Label.In(culture) ?? string.Empty, number, TableLayout.Format(value, textOptions)));
        }
        if (!anyValue)
        {
            return null;
        }
        var title = HtmlWords.ChartOf(report.Measures[measure].Name.In(culture), report.Dimensions[0].Name.In(culture), culture);
        return new BarChart(bars.MoveToImmutable(), $"{table.Title.In(culture)}: {title}");
    }

    /// <summary>Whether a table grouped first by <paramref name="dimension"/> is a distribution by field or by unit.</summary>
    public static bool IsDistribution(Dimension dimension) => dimension.Source
        is DimensionSource.Field or DimensionSource.FieldRoot or DimensionSource.ChildOfRoot or DimensionSource.UnitAtLevel;

    /// <summary>Writes the chart as an <c>svg</c> element in a <c>figure</c>, checking <paramref name="cancellationToken"/> every few thousand bars.</summary>
    public void WriteTo(StringBuilder html, CancellationToken cancellationToken)
    {
        // Negative values (an overdrawn balance) are drawn to the left of a zero line set as far in as the largest
        // of them needs; with none, the zero line is the left edge. The scale spans the largest value either side.
        Int128 positive = 0, negative = 0;
        foreach (var bar in bars)
        {
            if (bar.Value is long v)
            {
                positive = Int128.Max(positive, v);
                negative = Int128.Max(negative, -(Int128)v);
            }
        }
        var span = positive + negative;
        const long plot = Width * 10L;
        var zero = span == 0 ? 0 : (long)((negative * plot + span / 2) / span);
        var height = Top + bars.Length * RowHeight + Bottom;

        html.Append("<figure class=\"chart\">\n");
        html.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
            .Append(Number(Width)).Append(' ').Append(Number(height))
            .Append("\" width=\"").Append(Number(Width)).Append("\" height=\"").Append(Number(height))
            .Append("\" aria-label=\"").AppendEncoded(description).Append("\">\n");
        html.Append("<title>").AppendEncoded(description).Append("</title>\n");
        for (var i = 0; i < bars.Length; i++)
        {
            if (i % CancellationCheck == CancellationCheck - 1)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            var bar = bars[i];
            var y = Top + i * RowHeight;
            html.Append("<g>");
            html.Append("<title>").AppendEncoded(bar.Label);
            if (bar.Text.Length > 0)
            {
                html.Append(": ").AppendEncoded(bar.Text);
            }
            html.Append("</title>");
            html.Append("<text class=\"label\" x=\"0\" y=\"").Append(Number(y + LabelBaseline)).Append("\">").AppendEncoded(bar.Label).Append("</text>");
            if (bar.Value is long value)
            {
                html.Append("<text class=\"value\" text-anchor=\"end\" x=\"").Append(Number(Width)).Append("\" y=\"").Append(Number(y + LabelBaseline))
                    .Append("\">").AppendEncoded(bar.Text).Append("</text>");
                var length = span == 0 ? 0 : (long)((Int128.Abs(value) * plot + span / 2) / span);
                var x = value < 0 ? zero - length : zero;
                html.Append("<rect class=\"").Append(value < 0 ? "bar negative" : "bar")
                    .Append("\" x=\"").Append(Tenths(x)).Append("\" y=\"").Append(Number(y + BarOffset))
                    .Append("\" width=\"").Append(Tenths(length)).Append("\" height=\"").Append(Number(BarHeight))
                    .Append("\" data-key=\"").AppendEncoded(bar.Key)
                    .Append("\" data-value=\"").Append(Number(value)).Append("\"/>");
            }
            else
            {
                // No bar for a figure not reported, and no zero either: its "–" says so.
                html.Append("<text class=\"value\" text-anchor=\"end\" x=\"").Append(Number(Width)).Append("\" y=\"").Append(Number(y + LabelBaseline))
                    .Append("\">").AppendEncoded(bar.Text).Append("</text>");
            }
            html.Append("</g>\n");
        }
        html.Append("<line class=\"axis\" x1=\"").Append(Tenths(zero)).Append("\" y1=\"").Append(Number(Top + BarOffset - 3))
            .Append("\" x2=\"").Append(Tenths(zero)).Append("\" y2=\"").Append(Number(height - Bottom)).Append("\"/>\n");
        html.Append("</svg>\n</figure>\n");
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A non-negative length in tenths of a pixel as an SVG number: 1234 gives "123.4", 1230 gives "123".</summary>
    private static string Tenths(long tenths)
    {
        var whole = Number(tenths / 10);
        var tenth = tenths % 10;
        return tenth == 0 ? whole : whole + "." + Number(tenth);
    }

    private sealed record Bar(string Key, string Label, long? Value, string Text);
}
