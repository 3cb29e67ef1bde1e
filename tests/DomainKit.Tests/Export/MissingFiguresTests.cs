using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Export;
using DomainKit.Export.OpenXml;
using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Tests.Aggregation;
using DomainKit.Text;
using DomainKit.Units;
using NodaTime;
using NodaTime.Testing;
using Sheet = DocumentFormat.OpenXml.Spreadsheet;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace DomainKit.Tests.Export;

/// <summary>A figure nobody reported is "–" in the table, its text and every format, never 0 đ; a real zero stays 0.</summary>
public sealed class MissingFiguresTests
{
    private const string Silent = "Quỹ khuyến học (chưa có sổ)";
    private const string Quiet = "Quỹ vì người nghèo";
    private const string Busy = "Quỹ tiết kiệm";

    private static readonly Measure[] Measures = [Measure.Contributions, Measure.Disbursements, Measure.FundBalance, Measure.BeneficiaryOccurrences];

    // Three funds of one commune: one without a single entry, one whose entries are all of 2022, one busy in 2023.
    private static ReportTable Table() => new ReportEngine(new DatasetBuilder()
            .Add(new Unit { Id = "xa", Name = "Xã Bình Đức", Kind = UnitKind.Commune })
            .Add(
                new Fund { Id = "quy-a", Name = Silent, OwnerId = "xa" },
                new Fund { Id = "quy-b", Name = Quiet, OwnerId = "xa" },
                new Fund { Id = "quy-c", Name = Busy, OwnerId = "xa" })
            .Add(
                new Contribution("quy-b", new LocalDate(2022, 5, 1), new Dong(3_000_000)),
                new Disbursement("quy-b", new LocalDate(2022, 6, 1), new Dong(3_000_000)),
                new Contribution("quy-c", new LocalDate(2023, 2, 1), new Dong(5_000_000)),
                new Disbursement("quy-c", new LocalDate(2023, 3, 1), new Dong(1_000_000)) { Beneficiaries = new Beneficiaries(4, 4) })
            .Build(), new FakeClock(Instant.FromUtc(2024, 1, 1, 0, 0)))
        .Run(new ReportQuery { Root = "xa", Period = ReportingPeriod.Year(2023), GroupBy = [Dimension.Fund], Measures = [.. Measures] });

    private static ReportDocument Document() => new()
    {
        Title = new("Báo cáo quỹ", "Funds"),
        Tables = [new DocumentTable("funds", new("Các quỹ", "Funds"), Table())],
    };

    [Fact]
    public void A_fund_with_no_entries_has_no_figures_and_one_whose_entries_net_to_nothing_has_real_zeros()
    {
        var table = Table();

        Assert.All(Measures, m => Assert.False(table.ValueOf(table.Find("quy-a")!, m).HasValue));
        var quiet = table.Find("quy-b")!;
        Assert.Equal([Dong.Zero, Dong.Zero, Dong.Zero], Measures[..3].Select(m => table.ValueOf(quiet, m).Money!.Value));
        Assert.False(table.ValueOf(quiet, Measure.BeneficiaryOccurrences).HasValue);
        Assert.Equal(new Dong(4_000_000), table.ValueOf(table.Total, Measure.FundBalance).Money);
    }

    [Fact]
    public void The_table_text_shows_a_dash_and_says_what_it_means()
    {
        var vietnamese = Table().ToString(TextCulture.Vietnamese).Split('\n');

        var silent = vietnamese.Single(l => l.StartsWith(Silent, StringComparison.Ordinal));
        Assert.Equal(["–", "–", "–", "–"], silent[Silent.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("0 đ", silent, StringComparison.Ordinal);
        Assert.Equal("–: không có số liệu", vietnamese[^1]);
        Assert.EndsWith("–: not reported", Table().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_csv_and_html_write_a_dash_where_nothing_was_reported()
    {
        var markdown = await Text(new MarkdownExporter());
        Assert.Contains($"| {Silent} | – | – | – | – |", markdown, StringComparison.Ordinal);
        Assert.Contains($"| {Quiet} | 0 đ | 0 đ | 0 đ | – |", markdown, StringComparison.Ordinal);
        Assert.Contains("\n–: không có số liệu\n", markdown, StringComparison.Ordinal);

        var csv = await Text(new CsvExporter());
        Assert.Contains($"{Silent},–,–,–,–\r\n", csv, StringComparison.Ordinal);

        var html = await Text(new HtmlExporter());
        Assert.Contains($"<td>{Silent}</td><td class=\"num\">–</td><td class=\"num\">–</td><td class=\"num\">–</td><td class=\"num\">–</td>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"missing-note\">–: không có số liệu</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_writes_null_where_nothing_was_reported()
    {
        using var json = JsonDocument.Parse(await Text(new JsonExporter()));

        var rows = json.RootElement.GetProperty("tables")[0].GetProperty("rows").EnumerateArray().ToList();
        var silent = rows.Single(r => r.GetProperty("cells")[0].ValueKind == JsonValueKind.Object && r.GetProperty("cells")[0].GetProperty("key").GetString() == "quy-a");
        Assert.All(silent.GetProperty("cells").EnumerateArray().Skip(1), c => Assert.Equal(JsonValueKind.Null, c.ValueKind));
        var quiet = rows.Single(r => r.GetProperty("cells")[0].ValueKind == JsonValueKind.Object && r.GetProperty("cells")[0].GetProperty("key").GetString() == "quy-b");
        Assert.Equal(0, quiet.GetProperty("cells")[1].GetProperty("value").GetInt64());
    }

    [Fact]
    public async Task Xlsx_and_docx_write_a_dash_where_nothing_was_reported()
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await Bytes(new XlsxExporter())), false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet).Single(w => w.InnerText.Contains(Silent, StringComparison.Ordinal));
        var row = sheet.Descendants<Sheet.Row>().Single(r => r.InnerText.StartsWith(Silent, StringComparison.Ordinal));
        Assert.Equal(["–", "–", "–", "–"], row.Elements<Sheet.Cell>().Skip(1).Select(c => c.InlineString?.InnerText));

        using var word = WordprocessingDocument.Open(new MemoryStream(await Bytes(new DocxExporter())), false);
        var body = word.MainDocumentPart!.Document.Body!;
        var line = body.Descendants<Word.TableRow>().Single(r => r.InnerText.StartsWith(Silent, StringComparison.Ordinal));
        Assert.Equal([Silent, "–", "–", "–", "–"], line.Elements<Word.TableCell>().Select(c => c.InnerText));
        Assert.Contains(body.Elements<Word.Paragraph>(), p => p.InnerText == "–: không có số liệu");
    }

    private static async Task<byte[]> Bytes(IExporter exporter)
    {
        using var stream = new MemoryStream();
        await exporter.ExportAsync(Document(), stream);
        return stream.ToArray();
    }

    private static async Task<string> Text(IExporter exporter) => Encoding.UTF8.GetString(await Bytes(exporter));
}
