using System.Collections.Immutable;
using System.Globalization;
using DomainKit.Aggregation;
using DomainKit.Money;
using DomainKit.Submissions;
using DomainKit.Text;

namespace DomainKit.Export;

/// <summary>
/// A table of a report laid out for writing, as every built-in exporter writes it. A <see cref="ReportTable"/> gives
/// the columns with their headers in the export's culture, then the detail rows in key order with each group's
/// subtotal after its last row, then the total. An <see cref="IndicatorTable"/> gives a column for the line (the
/// indicator and its breakdown), one per unit and the total last, each value written honestly
/// (<see cref="IndicatorCell.ToString(TextCulture)"/>: <c>trên 1,2 tỷ đồng</c>) with a mark for where it came from
/// (<see cref="MarkOf"/>). A submission gives its figures as stated, with their quotes. Exporters of your own get the
/// same layout, so that their files agree with the built-in ones.
/// </summary>
/// <remarks>
/// The rows of a <see cref="ReportTable"/> are produced as they are enumerated, so a table of a million rows is laid
/// out a row at a time and never held twice in memory.
/// </remarks>
public sealed class TableLayout
{
    /// <summary>The mark after a value taken from the records because no unit submitted it: <c>*</c>.</summary>
    public const string RecordsMark = "*";

    /// <summary>The mark after a submitted value that the records were checked against: <c>†</c>.</summary>
    public const string CheckedMark = "†";

    private readonly ReportTable? table;
    private readonly ExportOptions options;
    private readonly ImmutableArray<LayoutRow> figureRows;
    private readonly int dimensionCount;

    private TableLayout(ReportTable table, ExportOptions options)
    {
        this.table = table;
        this.options = options;
        dimensionCount = table.Dimensions.Length;
        Columns =
        [
            .. table.Dimensions.Select(d => new LayoutColumn(d.Code, d.Name.In(options.Culture), ColumnKind.Dimension)),
            .. table.Measures.Select(m => new LayoutColumn(m.Code, m.Name.In(options.Culture), LayoutColumn.KindOf(m.ValueKind))),
        ];
    }

    private TableLayout(ExportOptions options, ImmutableArray<LayoutColumn> columns, int dimensionCount, ImmutableArray<LayoutRow> rows)
    {
        this.options = options;
        this.dimensionCount = dimensionCount;
        Columns = columns;
        figureRows = rows;
    }

    /// <summary>
    /// The columns: for a <see cref="ReportTable"/>, the dimensions, outermost first, then the measures; for an
    /// <see cref="IndicatorTable"/>, the line, then a column per unit, the total last; for a submission, the indicator,
    /// the breakdown, the value as stated and the quote.
    /// </summary>
    public ImmutableArray<LayoutColumn> Columns { get; }

    /// <summary>How many of the first columns are dimensions (labels with keys).</summary>
    public int DimensionCount => dimensionCount;

    /// <summary>How many rows <see cref="Rows"/> gives: for a <see cref="ReportTable"/>, details, subtotals and the total; otherwise a row per line or figure.</summary>
    public int RowCount => table is null ? figureRows.Length : table.Rows.Length + table.Subtotals.Length + 1;

    /// <summary>
    /// The rows. For a <see cref="ReportTable"/>, laid out as they are enumerated: details with each group's subtotal
    /// after it, then the total. For an indicator report or a submission, a detail row per line or figure, in order.
    /// </summary>
    public IEnumerable<LayoutRow> Rows => table is null ? figureRows : ReportRows(table);

    /// <summary>
    /// What to write under the table, in the export's culture: what <see cref="MissingText"/> means where a figure is
    /// missing, then what each mark of <see cref="MarkOf"/> that the table uses means. Empty when nothing needs saying.
    /// </summary>
    public ImmutableArray<string> Notes
    {
        get
        {
            var notes = ImmutableArray.CreateBuilder<string>();
            if (HasMissing)
            {
                notes.Add(MissingNote(options.Culture));
            }
            if (table is null)
            {
                var sources = figureRows.SelectMany(r => r.Cells).Where(c => c.Figure is not null).Select(c => c.Figure!.Source).ToHashSet();
                foreach (var source in (ReadOnlySpan<FigureSources>)[FigureSources.Records, FigureSources.Both])
                {
                    if (sources.Contains(source))
                    {
                        notes.Add(MarkNote(source, options.Culture));
                    }
                }
            }
            return notes.ToImmutable();
        }
    }

    private IEnumerable<LayoutRow> ReportRows(ReportTable table)
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
    /// Lays out <paramref name="table"/> in the culture of <paramref name="options"/>: a column for the line
    /// ("Mô hình đang thực hiện – Kinh tế"), a column per unit and the total ("Tổng cộng") last. Each cell's text is
    /// the value written honestly (<see cref="IndicatorCell.ToString(TextCulture)"/>), <see cref="MissingText"/> when
    /// nobody reported it, followed by the mark of its source (<see cref="MarkOf"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static TableLayout Of(IndicatorTable table, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        return FigureLayouts.Of(table, options);
    }

    /// <summary>
    /// Lays out what <paramref name="table"/> holds: its computed table, its indicator report, its submission's figures,
    /// or its completeness table's counts (a row for each unit directly under the root, then the total) or units (a
    /// row each, under the unit directly under the root it counts in).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static TableLayout Of(DocumentTable table, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        return table.Table is { } computed ? new TableLayout(computed, options)
            : table.Indicators is { } indicators ? FigureLayouts.Of(indicators, options)
            : table.Completeness is { } completeness ? CompletenessLayouts.Of(completeness, table.CompletenessView, options)
            : FigureLayouts.Of(table.Submission!, table.SubmissionSet!, options);
    }

    /// <summary>
    /// The mark written after a value of an indicator report to say where it came from: <see cref="RecordsMark"/> for
    /// a value taken from the records, <see cref="CheckedMark"/> for a submitted value the records were checked
    /// against, nothing for a value as units submitted it or an empty cell.
    /// </summary>
    public static string MarkOf(FigureSources source) => source switch
    {
        FigureSources.Records => RecordsMark,
        FigureSources.Both => CheckedMark,
        _ => string.Empty,
    };

    /// <summary>
    /// What the mark of <paramref name="source"/> means, to write under a table that uses it: "*: lấy từ dữ liệu
    /// (không đơn vị nào báo cáo)"; empty for a source that has no mark.
    /// </summary>
    public static string MarkNote(FigureSources source, TextCulture culture) => (source, culture) switch
    {
        (FigureSources.Records, TextCulture.Vietnamese) => RecordsMark + ": lấy từ dữ liệu (không đơn vị nào báo cáo số liệu này)",
        (FigureSources.Records, _) => RecordsMark + ": from the records (no unit submitted this figure)",
        (FigureSources.Both, TextCulture.Vietnamese) => CheckedMark + ": số liệu báo cáo, đã đối chiếu với dữ liệu",
        (FigureSources.Both, _) => CheckedMark + ": as submitted, checked against the records",
        _ => string.Empty,
    };

    internal static TableLayout Of(ExportOptions options, ImmutableArray<LayoutColumn> columns, int dimensionCount, ImmutableArray<LayoutRow> rows)
        => new(options, columns, dimensionCount, rows);

    /// <summary>
    /// The text of a figure that was not reported, "–", in every culture: a fund with no entries, a unit with no
    /// models, a balance on a day inside a summary entry's span. It is never written as 0.
    /// </summary>
    public const string MissingText = MissingFigure.Text;

    /// <summary>Whether a figure of the table is missing, so that the file should say what <see cref="MissingText"/> means (<see cref="MissingNote"/>).</summary>
    public bool HasMissing => table is null
        ? figureRows.Any(r => r.Cells.Any(c => c.Figure is { HasValue: false } || c.Value is { HasValue: false }))
        : table.Rows.Concat(table.Subtotals).Append(table.Total).Any(r => r.Values.Any(v => !v.HasValue || (v.Kind == MeasureValueKind.Rate && v.Rate is null)));

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
        var table = this.table!;
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
