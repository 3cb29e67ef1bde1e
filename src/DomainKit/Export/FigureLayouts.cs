using System.Collections.Immutable;
using DomainKit.Aggregation;
using DomainKit.Indicators;
using DomainKit.Models;
using DomainKit.Submissions;
using DomainKit.Text;
using DomainKit.Units;

namespace DomainKit.Export;

/// <summary>
/// Lays out the tables of figures: an indicator report (a line per indicator and breakdown, a column per unit) and
/// the figures of one submission as stated. They are small (lines times units), so their rows are built at once.
/// </summary>
internal static class FigureLayouts
{
    /// <summary>The code of the column of lines, and of a submission's indicators.</summary>
    public const string IndicatorColumn = "indicator";

    public static TableLayout Of(IndicatorTable table, ExportOptions options)
    {
        var culture = options.Culture;
        var root = table.Query.Root;
        var columns = ImmutableArray.CreateBuilder<LayoutColumn>(table.Columns.Length + 1);
        columns.Add(new LayoutColumn(IndicatorColumn, Words.Indicator.In(culture), ColumnKind.Dimension));
        foreach (var unit in table.Columns)
        {
            columns.Add(new LayoutColumn(unit.Id.ToString(), unit.Id == root ? TableLayout.TotalLabel(culture) : unit.Name, ColumnKind.Figure));
        }
        var rows = ImmutableArray.CreateBuilder<LayoutRow>(table.Lines.Length);
        foreach (var line in table.Lines)
        {
            var cells = ImmutableArray.CreateBuilder<LayoutCell>(line.Cells.Length + 1);
            cells.Add(new LayoutCell(LineLabel(line.Indicator.Name, line.Keys, culture), line.ToString(), null));
            foreach (var cell in line.Cells)
            {
                var mark = TableLayout.MarkOf(cell.Source);
                cells.Add(new LayoutCell(cell.ToString(culture) + mark, null, null) { Figure = cell, Mark = mark });
            }
            rows.Add(new LayoutRow(RowKind.Detail, cells.MoveToImmutable()));
        }
        return TableLayout.Of(options, columns.MoveToImmutable(), 1, rows.MoveToImmutable());
    }

    public static TableLayout Of(Submission submission, SubmissionSet submissions, ExportOptions options)
    {
        var culture = options.Culture;
        ImmutableArray<LayoutColumn> columns =
        [
            new(IndicatorColumn, Words.Indicator.In(culture), ColumnKind.Dimension),
            new("breakdown", Words.Breakdown.In(culture), ColumnKind.Dimension),
            new("value", Words.Stated.In(culture), ColumnKind.Figure),
            new("quote", Words.Quote.In(culture), ColumnKind.Text),
        ];
        var rows = ImmutableArray.CreateBuilder<LayoutRow>(submission.Figures.Length);
        foreach (var figure in submission.Figures)
        {
            var indicator = submissions.FindIndicator(figure.IndicatorCode);
            var name = indicator?.Name.In(culture) ?? figure.IndicatorCode;
            var breakdown = string.Join(", ", figure.Keys.Select(k => KeyLabel(k, culture)));
            rows.Add(new LayoutRow(RowKind.Detail,
            [
                new LayoutCell(name, figure.IndicatorCode, null),
                new LayoutCell(breakdown, figure.Keys.IsEmpty ? null : string.Join(", ", figure.Keys), null),
                new LayoutCell(figure.Value.ToString(culture), null, null) { Figure = Stated(figure.Value, submission.Key.Unit) },
                new LayoutCell(figure.Quote ?? string.Empty, null, null),
            ]));
        }
        return TableLayout.Of(options, columns, 2, rows.MoveToImmutable());
    }

    /// <summary>The line's label: the indicator's name, then its breakdown: <c>Mô hình đang thực hiện – Kinh tế</c>.</summary>
    public static string LineLabel(LocalizedText name, ImmutableArray<FigureKey> keys, TextCulture culture)
        => keys.IsEmpty ? name.In(culture) : name.In(culture) + " – " + string.Join(", ", keys.Select(k => KeyLabel(k, culture)));

    /// <summary>
    /// The label of a breakdown's value: the name of a built-in field for the field dimensions ("Kinh tế"), otherwise
    /// the value as the submission gives it.
    /// </summary>
    public static string KeyLabel(FigureKey key, TextCulture culture)
        => key.Dimension is "field-root" or "field" && ModelField.TryFromCode(key.Value, out var field) ? field.Name.In(culture) : key.Value;

    // A figure as stated is a range like a rolled-up one, so that typed formats write both alike.
    private static IndicatorCell Stated(FigureValue value, UnitId unit)
        => value.Kind == IndicatorKind.Rate
            ? IndicatorCell.OfStatedRate(value.Rate!.Value, [unit])
            : IndicatorCell.Of(FigureRange.Of(value)!.Value, FigureSources.Submissions, [unit]);

    private static class Words
    {
        public static readonly LocalizedText Indicator = new("Chỉ tiêu", "Indicator");
        public static readonly LocalizedText Breakdown = new("Phân tổ", "Breakdown");
        public static readonly LocalizedText Stated = new("Số liệu báo cáo", "Figure as stated");
        public static readonly LocalizedText Quote = new("Trích từ báo cáo", "Quoted from the report");
    }
}
