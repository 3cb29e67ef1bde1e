using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Export;
using DomainKit.Indicators;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Tests.Submissions;
using DomainKit.Tests.Validation;
using DomainKit.Text;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Tests.Export;

public sealed class CompletenessExportTests
{
    private static readonly ReportingPeriod FirstHalf = ReportingPeriod.HalfYear(2023, 1);
    private static readonly LocalDate Due = new(2023, 7, 15);
    private static readonly ExportOptions English = ExportOptions.Default with { Culture = TextCulture.English };

    private static readonly Form HalfYearly = new("so-ket", new("Báo cáo sơ kết", "Half-year report"), PeriodKind.HalfYear, new FormItem("models-launched"))
    {
        Submitters = [UnitKind.Commune],
        DueAfter = Period.FromDays(15),
    };

    // tinh ─┬─ huyen-a ─┬─ xa-a1 (on time, approved)
    //       │           └─ xa-a2 (3 days late, awaiting approval)
    //       └─ huyen-b ─── xa-b1 (missing)
    // and xa-khac, which no map holds, filed too.
    internal static CompletenessTable Table { get; } = Run(
        [Filed("xa-a1", Due), Filed("xa-a2", Due.PlusDays(3)), Filed("xa-khac", Due)],
        approvals: [Approvals.Approved(Approvals.Clock(), Key("xa-a1")), Approvals.Submitted(Approvals.Clock(), Key("xa-a2"))]);

    private static CompletenessTable Run(IEnumerable<Submission> submissions, IEnumerable<ApprovalHistory>? approvals = null)
        => new CompletenessEngine(Map(), new SubmissionSet(submissions, forms: [HalfYearly], approvals: approvals), TestClock.On(new LocalDate(2023, 8, 1)))
            .Run(new CompletenessQuery { Root = "tinh", FormCode = "so-ket", Period = FirstHalf });

    private static Dataset Map() => new DatasetBuilder()
        .Add(Unit("tinh", null, UnitKind.Province), Unit("huyen-a", "tinh", UnitKind.District), Unit("huyen-b", "tinh", UnitKind.District),
            Unit("xa-a1", "huyen-a", UnitKind.Commune), Unit("xa-a2", "huyen-a", UnitKind.Commune), Unit("xa-b1", "huyen-b", UnitKind.Commune))
        .Build();

    private static Unit Unit(string id, string? parent, UnitKind kind)
        => new() { Id = id, Name = "Tên " + id, Kind = kind, ParentId = parent is null ? null : new UnitId(parent) };

    private static SubmissionKey Key(string unit) => new(unit, "so-ket", FirstHalf);

    private static Submission Filed(string unit, LocalDate on)
        => new() { Key = Key(unit), FiledOn = on, Figures = [new SubmittedFigure("models-launched", FigureValue.OfCount(1))] };

    private static TableLayout Layout(CompletenessView view, ExportOptions? options = null)
        => TableLayout.Of(new DocumentTable("completeness", new("Tình hình gửi báo cáo", "Reports filed"), Table, view), options ?? ExportOptions.Default);

    private static LayoutRow RowOf(TableLayout layout, string key) => layout.Rows.Single(r => r.Cells.Any(c => c.Key == key) && r.Cells[1].Key == key);

    private static async Task<string> ExportAsync(IExporter exporter, ReportDocument report, ExportOptions? options = null)
    {
        using var stream = new MemoryStream();
        await exporter.ExportAsync(report, stream, options);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void The_counts_have_a_row_for_each_unit_under_the_root_and_the_total_last()
    {
        var layout = Layout(CompletenessView.Summary);
        var rows = layout.Rows.ToList();

        Assert.Equal(["unit", "expected", "filed", "on-time", "late", "date-unknown", "missing", "not-due-yet", "not-expected", "awaiting-approval", "returned", "approved", "filed-rate", "on-time-rate"],
            layout.Columns.Select(c => c.Code));
        Assert.Equal([RowKind.Detail, RowKind.Detail, RowKind.Total], rows.Select(r => r.Kind));
        Assert.Equal(["Tên huyen-a", "Tên huyen-b", "Tổng cộng"], rows.Select(r => r.Cells[0].Text));
        Assert.Equal(["2", "2", "1", "1", "0", "0", "0", "0", "1", "0", "1", "100,0%", "50,0%"], rows[0].Cells.Skip(1).Select(c => c.Text));
        Assert.Equal(["3", "2", "1", "1", "0", "1", "0", "1", "1", "0", "1", "66,7%", "33,3%"], rows[2].Cells.Skip(1).Select(c => c.Text));
        Assert.Equal(MeasureValue.OfCount(2), rows[0].Cells[2].Value);
        Assert.Equal("Rate on time", Layout(CompletenessView.Summary, English).Columns[^1].Header);
    }

    [Fact]
    public void Every_unit_expected_or_filing_has_a_row_and_a_day_late_that_does_not_apply_is_missing_not_zero()
    {
        var layout = Layout(CompletenessView.Units);

        Assert.Equal(["column", "unit", "status", "filed-on", "days-late", "approval"], layout.Columns.Select(c => c.Code));
        Assert.Equal(2, layout.DimensionCount);
        Assert.Equal(Table.Rows.Length, layout.RowCount);
        var late = RowOf(layout, "xa-a2");
        Assert.Equal(["Tên huyen-a", "Tên xa-a2", "trễ hạn", "18/07/2023", "3", "chờ phê duyệt"], late.Cells.Select(c => c.Text));
        var missing = RowOf(layout, "xa-b1");
        Assert.Equal(["Tên huyen-b", "Tên xa-b1", "chưa gửi", "", TableLayout.MissingText, ""], missing.Cells.Select(c => c.Text));
        Assert.False(missing.Cells[4].Value!.Value.HasValue);
        Assert.Equal(TableLayout.MissingText, RowOf(layout, "xa-a1").Cells[4].Text);
        Assert.Contains(TableLayout.MissingNote(TextCulture.Vietnamese), layout.Notes);
        // A unit no map holds is not left out: it is shown under the root, whose total it counts in.
        var stranger = RowOf(layout, "xa-khac");
        Assert.Equal(["Tên tinh", "xa-khac", "đơn vị không có trên sơ đồ"], stranger.Cells.Take(3).Select(c => c.Text));
        Assert.Equal("tinh", stranger.Cells[0].Key);
    }

    [Fact]
    public void A_rate_of_a_column_that_expected_nobody_is_missing_not_zero()
    {
        var nobody = new CompletenessEngine(new DatasetBuilder().Add(Unit("tinh", null, UnitKind.Province), Unit("huyen-a", "tinh", UnitKind.District)).Build(),
                new SubmissionSet([], forms: [HalfYearly]), TestClock.On(new LocalDate(2023, 8, 1)))
            .Run(new CompletenessQuery { Root = "tinh", FormCode = "so-ket", Period = FirstHalf });
        var total = TableLayout.Of(new DocumentTable("completeness", new("Tình hình", "Filed"), nobody), ExportOptions.Default).Rows.Last();

        Assert.Equal("0", total.Cells[1].Text);
        Assert.Equal(TableLayout.MissingText, total.Cells[^1].Text);
        Assert.Equal(TableLayout.MissingText, total.Cells[^2].Text);
    }

    [Fact]
    public void A_completeness_report_has_both_tables_and_says_when_reports_were_due()
    {
        var document = ReportDocument.Of(Table);

        Assert.Equal(["completeness", "completeness-units"], document.Tables.Select(t => t.Id));
        Assert.Equal(CompletenessView.Units, document.Tables[1].CompletenessView);
        Assert.Same(Table, document.Tables[0].Completeness);
        Assert.Equal(FirstHalf, document.Period);
        Assert.Equal("Tình hình gửi báo cáo – Tên tinh: Báo cáo sơ kết, 6 tháng đầu năm 2023", document.Title.Vietnamese);
        Assert.Equal("Hạn gửi báo cáo: 15/07/2023", document.Notes.Single().Vietnamese);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentTable("completeness", new("Tình hình", "Filed"), Table, (CompletenessView)7));
    }

    [Fact]
    public async Task Markdown_csv_and_html_write_both_tables()
    {
        var document = ReportDocument.Of(Table);

        var markdown = await ExportAsync(new MarkdownExporter(), document);
        var csv = await ExportAsync(new CsvExporter(), document, ExportOptions.Default with { Tables = ["completeness-units"] });
        var html = await ExportAsync(new HtmlExporter(), document);

        Assert.Contains("| **Tổng cộng** | **3** | **2** | **1** | **1** | **0** | **1** | **0** | **1** | **1** | **0** | **1** | **66,7%** | **33,3%** |", markdown, StringComparison.Ordinal);
        Assert.Contains("Tên huyen-b,Tên xa-b1,chưa gửi,,–,", csv, StringComparison.Ordinal);
        var page = XDocument.Parse(html);
        Assert.Equal(2, page.Descendants().Count(e => e.Name.LocalName == "table"));
        Assert.Contains(page.Descendants().Where(e => e.Name.LocalName == "td"), td => td.Value == "chờ phê duyệt");
    }

    [Fact]
    public async Task Json_writes_counts_as_numbers_the_due_date_and_validates_against_the_schema()
    {
        var text = await ExportAsync(new JsonExporter(), ReportDocument.Of(Table));
        using var json = JsonDocument.Parse(text);
        var schema = JsonSchemaValidator.FromFile(Path.Combine(QuickStartTests.RepositoryRoot(), "docs", "schemas", "report.v1.schema.json"));

        Assert.Empty(schema.Validate(json.RootElement));
        var counts = json.RootElement.GetProperty("tables")[0];
        Assert.Equal("completeness", counts.GetProperty("content").GetString());
        Assert.Equal("2023-07-15", counts.GetProperty("dueOn").GetString());
        Assert.Equal("2023-08-01", counts.GetProperty("today").GetString());
        var total = counts.GetProperty("rows")[2];
        Assert.Equal("total", total.GetProperty("kind").GetString());
        Assert.Equal(3, total.GetProperty("cells")[1].GetProperty("value").GetInt32());
        Assert.Equal(2, total.GetProperty("cells")[12].GetProperty("numerator").GetInt32());
        var units = json.RootElement.GetProperty("tables")[1];
        Assert.Equal("completeness-units", units.GetProperty("content").GetString());
        var missing = units.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("cells")[1].GetProperty("key").GetString() == "xa-b1").GetProperty("cells");
        Assert.Equal(JsonValueKind.Null, missing[3].ValueKind);
        Assert.Equal(JsonValueKind.Null, missing[4].ValueKind);
    }
}
