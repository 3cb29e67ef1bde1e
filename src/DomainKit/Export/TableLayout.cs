using System.Collections.Immutable;
using System.Globalization;
using DomainKit.Aggregation;
using DomainKit.Money;
using DomainKit.Text;

namespace DomainKit.Export;

/// <summary>
/// A <see cref="ReportTable"/> laid out for writing, as every built-in exporter writes it: the columns with their
/// headers in the export's culture, then the detail rows in key order with each group's subtotal after its last
/// row, then the total. Exporters of your own get the same layout, so that their files agree with the built-in ones.
/// </summary>
/// <remarks>
/// The rows are produced as they are enumerated, so a table of a million rows is laid out a row at a time and
/// never held twice in memory.
/// </remarks>
public sealed class TableLayout
{
    private readonly ReportTable table;
    private readonly ExportOptions options;

    private TableLayout(ReportTable table, ExportOptions options)
    {
        this.table = table;
        this.options = options;
        Columns =
        [
            .. table.Dimensions.Select(d => new LayoutColumn(d.Code, d.Name.In(options.Culture), ColumnKind.Dimension)),
            .. table.Measures.Select(m => new LayoutColumn(m.Code, m.Name.In(options.Culture), LayoutColumn.KindOf(m.ValueKind))),
        ];
    }

    /// <summary>The columns: the dimensions, outermost first, then the measures.</summary>
    public ImmutableArray<LayoutColumn> Columns { get; }

    /// <summary>How many of the first columns are dimensions.</summary>
    public int DimensionCount => table.Dimensions.Length;

    /// <summary>How many rows <see cref="Rows"/> gives: details, subtotals and the total.</summary>
    public int RowCount => table.Rows.Length + table.Subtotals.Length + 1;

    /// <summary>The rows, laid out as they are enumerated: details with each group's subtotal after it, then the total.</summary>
    public IEnumerable<LayoutRow> Rows
    {
        get
        {
            var subtotals = table.Subtotals;
            var subtotalOf = new Dictionary<string, int>(subtotals.Length, StringComparer.Ordinal);
            for (var s = 0; s < subtotals.Length; s++)
            {
                subtotalOf.TryAdd(subtotals[s].Keys[0].Key, s);
            }
            var written = new bool[subtotals.Length];
            for (var i = 0; i < table.Rows.Length; i++)
            {
                var row = table.Rows[i];
                yield return Lay(row);
                var lastOfGroup = i + 1 == table.Rows.Length || table.Rows[i + 1].Keys[0].Key != row.Keys[0].Key;
                if (lastOfGroup && subtotals.Length > 0 && subtotalOf.TryGetValue(row.Keys[0].Key, out var index) && !written[index])
                {
                    written[index] = true;
                    yield return Lay(subtotals[index]);
                }
            }
            // A subtotal whose group has no detail rows still appears, so that nothing computed is left out.
            for (var s = 0; s < subtotals.Length; s++)
            {
                if (!written[s])
                {
                    yield return Lay(subtotals[s]);
                }
            }
            yield return Lay(table.Total);
        }
    }

    /// <summary>The columns' headers and how many rows there are: <c>3 columns (Quỹ, Số tiền đóng góp, Số dư quỹ), 2 rows</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Columns.Length} columns ({string.Join(", ", Columns.Select(c => c.Header))}), {RowCount} rows");

    /// <summary>Lays out <paramref name="table"/> in the culture and styles of <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static TableLayout Of(ReportTable table, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        return new TableLayout(table, options);
    }

    /// <summary>
    /// The text of a figure that was not reported, "–", in every culture: a fund with no entries, a unit with no
    /// models, a balance on a day inside a summary entry's span. It is never written as 0.
    /// </summary>
    public const string MissingText = MissingFigure.Text;

    /// <summary>Whether a figure of the table is missing, so that the file should say what <see cref="MissingText"/> means (<see cref="MissingNote"/>).</summary>
    public bool HasMissing => table.Rows.Concat(table.Subtotals).Append(table.Total).Any(r => r.Values.Any(v => !v.HasValue || (v.Kind == MeasureValueKind.Rate && v.Rate is null)));

    /// <summary>Writes <paramref name="value"/> as the options say: a count grouped ("3.922") or plain, an amount in the money style, a rate as a percentage with one decimal; <see cref="MissingText"/> when missing.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static string Format(MeasureValue value, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!value.HasValue)
        {
            return MissingText;
        }
        return value.Kind switch
        {
            MeasureValueKind.Count when options.MoneyStyle == DongStyle.Plain => value.Count!.Value.ToString(CultureInfo.InvariantCulture),
            MeasureValueKind.Money => DongFormat.Format(value.Money!.Value, options.MoneyStyle, options.Culture),
            _ => value.ToString(options.Culture),
        };
    }

    /// <summary>What <see cref="MissingText"/> means, to write under a table that has it: "–: không có số liệu" or "–: not reported".</summary>
    public static string MissingNote(TextCulture culture) => MissingFigure.Note(culture);

    /// <summary>The label of the total row: "Tổng cộng" or "Total".</summary>
    public static string TotalLabel(TextCulture culture) => culture == TextCulture.Vietnamese ? "Tổng cộng" : "Total";

    /// <summary>The label of a subtotal row: "Huyện Bù Đăng (cộng)" or "Huyện Bù Đăng (subtotal)".</summary>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is <see langword="null"/>.</exception>
    public static string SubtotalLabel(string label, TextCulture culture)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label + (culture == TextCulture.Vietnamese ? " (cộng)" : " (subtotal)");
    }

    private LayoutRow Lay(ReportRow row)
    {
        var culture = options.Culture;
        var cells = ImmutableArray.CreateBuilder<LayoutCell>(Columns.Length);
        for (var d = 0; d < table.Dimensions.Length; d++)
        {
            if (d < row.Keys.Length)
            {
                var key = row.Keys[d];
                var label = key.Label.In(culture);
                cells.Add(new LayoutCell(row.Kind == RowKind.Subtotal ? SubtotalLabel(label, culture) : label, key.Key, null));
            }
            else
            {
                cells.Add(new LayoutCell(row.Kind == RowKind.Total && d == 0 ? TotalLabel(culture) : string.Empty, null, null));
            }
        }
        foreach (var value in row.Values)
        {
            cells.Add(new LayoutCell(Format(value, options), null, value));
        }
        return new LayoutRow(row.Kind, cells.MoveToImmutable());
    }
}
