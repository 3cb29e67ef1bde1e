using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using DomainKit.Aggregation;
using DomainKit.Export;
using DomainKit.Submissions;
using DomainKit.Text;
using static DomainKit.Tests.Export.IndicatorReports;

namespace DomainKit.Tests.Export;

public sealed class IndicatorExportTests
{
    private static readonly ExportOptions English = ExportOptions.Default with { Culture = TextCulture.English };

    private static List<LayoutRow> Rows(ExportOptions? options = null) => [.. TableLayout.Of(Table, options ?? ExportOptions.Default).Rows];

    private static LayoutRow Line(string label, ExportOptions? options = null) => Rows(options).Single(r => r.Cells[0].Text == label);

    private static async Task<string> ExportAsync(IExporter exporter, ReportDocument report, ExportOptions? options = null)
    {
        using var stream = new MemoryStream();
        await exporter.ExportAsync(report, stream, options);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void An_indicator_table_has_a_column_for_the_line_one_per_unit_and_the_total_last()
    {
        var layout = TableLayout.Of(Report.Tables[0], ExportOptions.Default);

        Assert.Equal(["Chỉ tiêu", "Tên huyen-a", "Tên huyen-b", "Tổng cộng"], layout.Columns.Select(c => c.Header));
        Assert.Equal([ColumnKind.Dimension, ColumnKind.Figure, ColumnKind.Figure, ColumnKind.Figure], layout.Columns.Select(c => c.Kind));
        Assert.Equal(["indicator", "huyen-a", "huyen-b", "tinh"], layout.Columns.Select(c => c.Code));
        Assert.Equal(1, layout.DimensionCount);
        Assert.Equal(Table.Lines.Length, layout.RowCount);
        Assert.All(layout.Rows, r => Assert.Equal(RowKind.Detail, r.Kind));
        Assert.Equal("Total", TableLayout.Of(Table, English).Columns[^1].Header);
    }

    [Fact]
    public void A_line_is_named_by_its_indicator_and_its_breakdown()
    {
        var economy = Line("Mô hình ra mắt mới – Kinh tế");

        Assert.Equal("models-launched[field-root=economy]", economy.Cells[0].Key);
        Assert.Equal("3", economy.Cells[1].Text);
        Assert.Contains(Rows(English), r => r.Cells[0].Text == "Models launched – Economy");
    }

    [Fact]
    public void An_approximate_sum_is_written_honestly_and_an_unreported_figure_as_a_dash()
    {
        var money = Line("Số tiền vận động được");
        var sum = money.Cells[1];

        Assert.Equal("trên 1.230 triệu đồng", sum.Text);
        Assert.StartsWith("trên ", sum.Text, StringComparison.Ordinal);
        Assert.False(sum.Figure!.IsExact);
        Assert.Equal("–", money.Cells[2].Text);
        Assert.False(money.Cells[2].Figure!.HasValue);
        Assert.DoesNotContain(Rows().SelectMany(r => r.Cells), c => c.Text == "0");
    }

    [Fact]
    public void Figures_from_the_records_and_submitted_figures_checked_against_them_are_marked_and_the_marks_explained()
    {
        var launched = Line("Mô hình ra mắt mới");
        var layout = TableLayout.Of(Table, ExportOptions.Default);

        Assert.Equal("7", launched.Cells[1].Text);
        Assert.Equal(string.Empty, launched.Cells[1].Mark);
        Assert.Equal("1*", launched.Cells[2].Text);
        Assert.Equal(FigureSources.Records, launched.Cells[2].Figure!.Source);
        Assert.Equal(TableLayout.CheckedMark, launched.Cells[3].Mark);
        Assert.EndsWith("†", launched.Cells[3].Text, StringComparison.Ordinal);
        Assert.Equal(
            new[] { TableLayout.MissingNote(TextCulture.Vietnamese), TableLayout.MarkNote(FigureSources.Records, TextCulture.Vietnamese), TableLayout.MarkNote(FigureSources.Both, TextCulture.Vietnamese) },
            layout.Notes.ToArray());
        Assert.Equal(string.Empty, TableLayout.MarkOf(FigureSources.Submissions));
        Assert.Equal(string.Empty, TableLayout.MarkNote(FigureSources.Submissions, TextCulture.English));
    }

    [Fact]
    public void A_computed_table_has_no_marks_in_its_notes()
    {
        var layout = TableLayout.Of(ExportFixture.BinhPhuoc.Tables[0], ExportOptions.Default);

        Assert.All(layout.Notes, n => Assert.Equal(TableLayout.MissingNote(TextCulture.Vietnamese), n));
    }

    [Fact]
    public void The_findings_of_an_indicator_table_go_out_with_the_document()
    {
        Assert.NotEmpty(Table.Findings);
        Assert.Equal(Table.Findings.ToArray(), Report.Findings.ToArray());
        Assert.Equal(Year, Report.Period);
        Assert.Same(Table, Report.Tables[0].Indicators);
        Assert.Null(Report.Tables[0].Table);
        Assert.Null(Report.Tables[0].Submission);
    }

    [Fact]
    public async Task Markdown_writes_the_table_its_marks_notes_and_findings()
    {
        var markdown = await ExportAsync(new MarkdownExporter(), Report);

        Assert.Contains("| Chỉ tiêu | Tên huyen-a | Tên huyen-b | Tổng cộng |", markdown);
        Assert.Contains("| Mô hình ra mắt mới | 7 | 1\\* |", markdown);
        Assert.Contains("| Số tiền vận động được | trên 1.230 triệu đồng | – | trên 1.230 triệu đồng |", markdown);
        Assert.Contains("\\*: lấy từ dữ liệu", markdown);
        Assert.Contains("†: số liệu báo cáo, đã đối chiếu với dữ liệu", markdown);
        Assert.Contains("`DK833`", markdown);
        Assert.Equal(markdown, Report.ToMarkdown());
    }

    [Fact]
    public async Task Html_writes_the_table_with_its_notes_and_parses_as_xml()
    {
        var html = await ExportAsync(new HtmlExporter(), Report, English);

        XDocument.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..]);
        Assert.Contains("<th scope=\"col\" class=\"num\">Total</th>", html);
        Assert.Contains("<td>Models launched – Economy</td>", html);
        Assert.Contains("*: from the records (no unit submitted this figure)", html);
        Assert.Contains("DK833", html);
        Assert.DoesNotContain("<svg", html);
    }

    [Fact]
    public async Task Csv_writes_each_cell_as_written()
    {
        var csv = await ExportAsync(new CsvExporter(), Report);

        Assert.Contains("Chỉ tiêu,Tên huyen-a,Tên huyen-b,Tổng cộng\r\n", csv);
        Assert.Contains("Mô hình ra mắt mới,7,1*,", csv);
        Assert.Contains("Số tiền vận động được,trên 1.230 triệu đồng,–,trên 1.230 triệu đồng\r\n", csv);
    }

    [Fact]
    public async Task Json_writes_each_figure_with_its_range_exactness_and_source_and_validates_against_the_schema()
    {
        var text = await ExportAsync(new JsonExporter(), Report);
        using var json = JsonDocument.Parse(text);
        var schema = JsonSchemaValidator.FromFile(Path.Combine(QuickStartTests.RepositoryRoot(), "docs", "schemas", "report.v1.schema.json"));

        Assert.Empty(schema.Validate(json.RootElement));
        var table = json.RootElement.GetProperty("tables")[0];
        Assert.Equal("indicators", table.GetProperty("content").GetString());
        var rows = table.GetProperty("rows").EnumerateArray().ToList();
        var money = rows.Single(r => r.GetProperty("cells")[0].GetProperty("key").GetString() == "money-raised").GetProperty("cells");
        var sum = money[1];
        Assert.Equal(JsonValueKind.Null, sum.GetProperty("value").ValueKind);
        Assert.Equal(Table.Find("money-raised")!.Cells[0].Money!.Value.Min.Value, sum.GetProperty("min").GetDecimal());
        Assert.Equal(JsonValueKind.Null, sum.GetProperty("max").ValueKind);
        Assert.False(sum.GetProperty("exact").GetBoolean());
        Assert.Equal("submissions", sum.GetProperty("source").GetString());
        Assert.Equal(["xa-a1", "xa-a2"], sum.GetProperty("submittedBy").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal("none", money[2].GetProperty("source").GetString());
        var launched = rows.Single(r => r.GetProperty("cells")[0].GetProperty("key").GetString() == "models-launched").GetProperty("cells");
        Assert.Equal(1, launched[2].GetProperty("value").GetDecimal());
        Assert.Equal("records", launched[2].GetProperty("source").GetString());
        Assert.Equal("*", launched[2].GetProperty("mark").GetString());
        Assert.Equal(3, table.GetProperty("notes").GetArrayLength());
    }

    [Fact]
    public void A_submission_is_a_document_of_its_own_titled_by_its_form()
    {
        var document = ReportDocument.Of(First, IndicatorReports.Submissions);

        Assert.Equal(Yearly.Name, document.Title);
        Assert.Equal("14-BC/ĐU", document.Number);
        Assert.Equal("Đảng ủy xã A1", document.Issuer);
        Assert.Equal("Nguyễn Văn A, Bí thư", document.Signer);
        Assert.Equal(new NodaTime.LocalDate(2023, 12, 18), document.Date);
        Assert.Equal(Year, document.Period);
        Assert.Same(First, document.Tables.Single().Submission);
        Assert.Empty(document.Findings);
        Assert.Contains(document.Notes, n => n.Vietnamese == "Trích yếu: " + First.Document!.Title);
        Assert.Contains(document.Notes, n => n.English == "Submitted by: xa-a1; version 2, filed on 2023-12-20");
    }

    [Fact]
    public void A_submission_whose_form_is_unknown_is_titled_by_its_document()
    {
        var document = ReportDocument.Of(First, SubmissionSet.Empty);

        Assert.Equal(First.Document!.Title, document.Title.Vietnamese);
        Assert.Equal("yearly", ReportDocument.Of(Second, SubmissionSet.Empty).Title.English);
    }

    [Fact]
    public void A_submissions_figures_are_laid_out_as_stated_with_their_quotes()
    {
        var layout = TableLayout.Of(ReportDocument.Of(First, IndicatorReports.Submissions).Tables[0], ExportOptions.Default);
        var rows = layout.Rows.ToList();

        Assert.Equal(["Chỉ tiêu", "Phân tổ", "Số liệu báo cáo", "Trích từ báo cáo"], layout.Columns.Select(c => c.Header));
        Assert.Equal([false, false, true, false], layout.Columns.Select(c => c.IsNumeric));
        Assert.Equal(["Mô hình ra mắt mới", "", "3", ""], rows[0].Cells.Select(c => c.Text));
        Assert.Equal("Kinh tế", rows[1].Cells[1].Text);
        Assert.Equal("field-root=economy", rows[1].Cells[1].Key);
        Assert.Equal("trên 730 triệu đồng", rows[2].Cells[2].Text);
        Assert.Equal("vận động được trên 730 triệu đồng", rows[2].Cells[3].Text);
        Assert.False(rows[2].Cells[2].Figure!.IsExact);
        Assert.Equal(FigureSources.Submissions, rows[2].Cells[2].Figure!.Source);
        Assert.Empty(layout.Notes);
    }

    [Fact]
    public async Task A_submission_document_shows_its_number_and_signer_in_every_text_format()
    {
        var document = ReportDocument.Of(First, IndicatorReports.Submissions);

        var markdown = document.ToMarkdown();
        Assert.Contains("# Báo cáo kết quả Dân vận khéo năm", markdown);
        Assert.Contains("Số: 14-BC/ĐU", markdown);
        Assert.Contains("Người ký: Nguyễn Văn A, Bí thư", markdown);
        Assert.Contains("| Số tiền vận động được |  | trên 730 triệu đồng | vận động được trên 730 triệu đồng |", markdown);
        var html = document.ToHtml(English);
        Assert.Contains("No. 14-BC/ĐU", html);
        Assert.Contains("Signed by: Nguyễn Văn A, Bí thư", html);
        using var json = JsonDocument.Parse(await ExportAsync(new JsonExporter(), document));
        var schema = JsonSchemaValidator.FromFile(Path.Combine(QuickStartTests.RepositoryRoot(), "docs", "schemas", "report.v1.schema.json"));
        Assert.Empty(schema.Validate(json.RootElement));
        Assert.Equal("14-BC/ĐU", json.RootElement.GetProperty("number").GetString());
        Assert.Equal("submission", json.RootElement.GetProperty("tables")[0].GetProperty("content").GetString());
        Assert.Contains("trên 730 triệu đồng", await ExportAsync(new CsvExporter(), document));
    }
}
