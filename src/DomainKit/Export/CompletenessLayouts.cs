using System.Collections.Immutable;
using DomainKit.Aggregation;
using DomainKit.Periods;
using DomainKit.Text;

namespace DomainKit.Export;

/// <summary>
/// Lays out a completeness table: its counts, a row for each unit directly under the root and the total; or its units,
/// a row each under the column it counts in. Counts are counts, so a spreadsheet can add them; a day late that does
/// not apply is missing, not 0.
/// </summary>
internal static class CompletenessLayouts
{
    public static TableLayout Of(CompletenessTable table, CompletenessView view, ExportOptions options)
        => view == CompletenessView.Units ? Units(table, options) : Summary(table, options);

    private static TableLayout Summary(CompletenessTable table, ExportOptions options)
    {
        var culture = options.Culture;
        ImmutableArray<LayoutColumn> columns =
        [
            new("unit", Words.Unit.In(culture), ColumnKind.Dimension),
            new("expected", Words.Expected.In(culture), ColumnKind.Count),
            new("filed", Words.Filed.In(culture), ColumnKind.Count),
            new("on-time", Words.OnTime.In(culture), ColumnKind.Count),
            new("late", Words.Late.In(culture), ColumnKind.Count),
            new("date-unknown", Words.DateUnknown.In(culture), ColumnKind.Count),
            new("missing", Words.Missing.In(culture), ColumnKind.Count),
            new("not-due-yet", Words.NotDueYet.In(culture), ColumnKind.Count),
            new("not-expected", Words.NotExpected.In(culture), ColumnKind.Count),
            new("awaiting-approval", Words.AwaitingApproval.In(culture), ColumnKind.Count),
            new("returned", Words.Returned.In(culture), ColumnKind.Count),
            new("approved", Words.Approved.In(culture), ColumnKind.Count),
            new("filed-rate", Words.FiledRate.In(culture), ColumnKind.Rate),
            new("on-time-rate", Words.OnTimeRate.In(culture), ColumnKind.Rate),
        ];
        var rows = ImmutableArray.CreateBuilder<LayoutRow>(table.Summaries.Length);
        foreach (var summary in table.Summaries)
        {
            var total = summary.Column.Id == table.Query.Root;
            var cells = ImmutableArray.CreateBuilder<LayoutCell>(columns.Length);
            cells.Add(total
                ? new LayoutCell(TableLayout.TotalLabel(culture), null, null)
                : new LayoutCell(summary.Column.Name, summary.Column.Id.ToString(), null));
            foreach (var count in (ReadOnlySpan<int>)[summary.Expected, summary.Filed, summary.OnTime, summary.Late, summary.FiledDateUnknown,
                summary.Missing, summary.NotDueYet, summary.NotExpected, summary.AwaitingApproval, summary.Returned, summary.Approved])
            {
                cells.Add(Cell(MeasureValue.OfCount(count), options));
            }
            cells.Add(Cell(RateOf(summary.Filed, summary.Expected), options));
            cells.Add(Cell(RateOf(summary.OnTime, summary.Expected), options));
            rows.Add(new LayoutRow(total ? RowKind.Total : RowKind.Detail, cells.MoveToImmutable()));
        }
        return TableLayout.Of(options, columns, 1, rows.MoveToImmutable());
    }

    private static TableLayout Units(CompletenessTable table, ExportOptions options)
    {
        var culture = options.Culture;
        ImmutableArray<LayoutColumn> columns =
        [
            new("column", Words.Under.In(culture), ColumnKind.Dimension),
            new("unit", Words.Unit.In(culture), ColumnKind.Dimension),
            new("status", Words.Status.In(culture), ColumnKind.Text),
            new("filed-on", Words.FiledOn.In(culture), ColumnKind.Text),
            new("days-late", Words.DaysLate.In(culture), ColumnKind.Count),
            new("approval", Words.Approval.In(culture), ColumnKind.Text),
        ];
        var names = table.Columns.ToDictionary(c => c.Id, c => c.Name);
        var root = table.Columns[^1];
        var rows = ImmutableArray.CreateBuilder<LayoutRow>(table.Rows.Length);
        foreach (var row in table.Rows)
        {
            // A unit that counts only in the total (the root itself, or one the map places under no column) is shown under the root.
            var column = row.Column is { } id && names.TryGetValue(id, out var name) ? (Id: id, Name: name) : (Id: root.Id, Name: root.Name);
            rows.Add(new LayoutRow(RowKind.Detail,
            [
                new LayoutCell(column.Name, column.Id.ToString(), null),
                new LayoutCell(row.Unit?.Name ?? row.UnitId.ToString(), row.UnitId.ToString(), null),
                new LayoutCell(CompletenessTexts.Of(row.Status).In(culture), null, null),
                new LayoutCell(row.FiledOn is { } filed ? DateFormat.Format(filed, DateStyle.Short, culture) : string.Empty, null, null),
                Cell(row.DaysLate is { } days ? MeasureValue.OfCount(days) : MeasureValue.Missing(MeasureValueKind.Count), options),
                new LayoutCell(row.HasFiled ? CompletenessTexts.Of(row.Approval).In(culture) : string.Empty, null, null),
            ]));
        }
        return TableLayout.Of(options, columns, 2, rows.MoveToImmutable());
    }

    // A share of the expected units; missing, not 0 %, where no unit was expected.
    private static MeasureValue RateOf(int part, int expected)
        => expected == 0 ? MeasureValue.Missing(MeasureValueKind.Rate) : MeasureValue.OfRate(part, expected);

    private static LayoutCell Cell(MeasureValue value, ExportOptions options) => new(TableLayout.Format(value, options), null, value);

    private static class Words
    {
        public static readonly LocalizedText Unit = new("Đơn vị", "Unit");
        public static readonly LocalizedText Under = new("Trực thuộc", "Under");
        public static readonly LocalizedText Expected = new("Phải báo cáo", "Expected");
        public static readonly LocalizedText Filed = new("Đã gửi", "Filed");
        public static readonly LocalizedText OnTime = new("Đúng hạn", "On time");
        public static readonly LocalizedText Late = new("Trễ hạn", "Late");
        public static readonly LocalizedText DateUnknown = new("Chưa rõ ngày gửi", "Date unknown");
        public static readonly LocalizedText Missing = new("Chưa gửi", "Missing");
        public static readonly LocalizedText NotDueYet = new("Chưa đến hạn", "Not due yet");
        public static readonly LocalizedText NotExpected = new("Không thuộc diện", "Not expected");
        public static readonly LocalizedText AwaitingApproval = new("Chờ phê duyệt", "Awaiting approval");
        public static readonly LocalizedText Returned = new("Bị trả lại", "Returned");
        public static readonly LocalizedText Approved = new("Đã phê duyệt", "Approved");
        public static readonly LocalizedText FiledRate = new("Tỷ lệ đã gửi", "Rate filed");
        public static readonly LocalizedText OnTimeRate = new("Tỷ lệ đúng hạn", "Rate on time");
        public static readonly LocalizedText Status = new("Tình trạng", "Status");
        public static readonly LocalizedText FiledOn = new("Ngày gửi", "Filed on");
        public static readonly LocalizedText DaysLate = new("Số ngày trễ", "Days late");
        public static readonly LocalizedText Approval = new("Phê duyệt", "Approval");
    }
}
