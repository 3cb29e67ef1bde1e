using System.Text;
using System.Text.Json;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Export;
using DomainKit.Money;
using DomainKit.Text;

namespace DomainKit.Tests.Export;

public sealed class JsonExporterTests
{
    private static readonly Lazy<JsonSchemaValidator> Schema = new(() =>
        JsonSchemaValidator.FromFile(Path.Combine(QuickStartTests.RepositoryRoot(), "docs", "schemas", "report.v1.schema.json")));

    private static async Task<JsonDocument> Export(ReportDocument report, ExportOptions? options = null)
    {
        using var stream = new MemoryStream();
        await new JsonExporter().ExportAsync(report, stream, options);
        return JsonDocument.Parse(stream.ToArray());
    }

    private static JsonElement Table(JsonDocument json, string id)
        => json.RootElement.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == id);

    [Theory]
    [InlineData(TextCulture.Vietnamese, DongStyle.Full)]
    [InlineData(TextCulture.English, DongStyle.Compact)]
    [InlineData(TextCulture.Vietnamese, DongStyle.Plain)]
    public async Task The_Binh_Phuoc_report_validates_against_the_published_schema(TextCulture culture, DongStyle style)
    {
        using var json = await Export(ExportFixture.BinhPhuoc, new ExportOptions { Culture = culture, MoneyStyle = style });

        Assert.Empty(Schema.Value.Validate(json.RootElement));
    }

    [Fact]
    public async Task A_report_with_hostile_names_and_missing_figures_validates_too()
    {
        using var json = await Export(ExportFixture.Named("<script>alert(1)</script>", "\"quoted\"", "=1+1"));

        Assert.Empty(Schema.Value.Validate(json.RootElement));
    }

    [Fact]
    public async Task The_schema_refuses_what_the_format_does_not_allow()
    {
        using var json = await Export(ExportFixture.Named("Xã A"));
        var text = json.RootElement.GetRawText();

        using var wrongVersion = JsonDocument.Parse(text.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal));
        using var moneyAsText = JsonDocument.Parse(text.Replace("\"value\": 1000000", "\"value\": \"1000000\"", StringComparison.Ordinal));

        Assert.NotEmpty(Schema.Value.Validate(wrongVersion.RootElement));
        Assert.NotEmpty(Schema.Value.Validate(moneyAsText.RootElement));
    }

    [Fact]
    public async Task The_header_carries_the_format_version_ISO_date_and_period()
    {
        using var json = await Export(ExportFixture.BinhPhuoc);
        var root = json.RootElement;

        Assert.Equal(JsonExporter.ReportFormat, root.GetProperty("format").GetString());
        Assert.Equal(JsonExporter.ReportVersion, root.GetProperty("version").GetInt32());
        Assert.Equal("vi-VN", root.GetProperty("culture").GetString());
        Assert.Equal("2023-11-10", root.GetProperty("date").GetString());
        Assert.Equal("YTD2023-11-10", root.GetProperty("period").GetProperty("id").GetString());
        Assert.Equal("2023-01-01", root.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal(ExportFixture.BinhPhuoc.Findings.Length, root.GetProperty("findings").GetArrayLength());
        Assert.Equal("Tỉnh ủy Bình Phước", root.GetProperty("issuer").GetString());
    }

    [Fact]
    public async Task Amounts_are_integers_of_dong_with_their_text_whatever_the_money_style()
    {
        using var json = await Export(ExportFixture.BinhPhuoc, ExportOptions.Default with { MoneyStyle = DongStyle.Compact });

        var funds = Table(json, BinhPhuoc2023.TableIds.Funds);
        var cell = funds.GetProperty("rows").EnumerateArray()
            .Select(r => r.GetProperty("cells")[1])
            .Single(c => c.ValueKind == JsonValueKind.Object && c.GetProperty("value").GetInt64() == 6_100_542_700);
        Assert.Equal("6,1 tỷ đồng", cell.GetProperty("text").GetString());
        Assert.Equal("money", funds.GetProperty("columns")[1].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Rates_are_exact_fractions_and_missing_figures_are_null()
    {
        using var json = await Export(ExportFixture.BinhPhuoc);

        var rows = Table(json, BinhPhuoc2023.TableIds.PledgesByUnit).GetProperty("rows").EnumerateArray().ToList();
        var buDang = rows.Single(r => r.GetProperty("cells")[0].GetProperty("key").GetString() == BinhPhuoc2023.UnitIds.DangBoHuyenBuDang.ToString());
        var rate = buDang.GetProperty("cells")[4];
        Assert.Equal(3_922, rate.GetProperty("numerator").GetInt64());
        Assert.Equal(3_922, rate.GetProperty("denominator").GetInt64());
        Assert.Equal("100,0%", rate.GetProperty("text").GetString());
        var locNinh = rows.Single(r => r.GetProperty("cells")[0].GetProperty("key").GetString() == BinhPhuoc2023.UnitIds.HuyenUyLocNinh.ToString());
        Assert.Equal(JsonValueKind.Null, locNinh.GetProperty("cells")[3].ValueKind);
    }

    [Fact]
    public async Task Vietnamese_is_written_as_letters_and_markup_is_escaped()
    {
        using var stream = new MemoryStream();
        await new JsonExporter().ExportAsync(ExportFixture.Named("<script>alert(1)</script>"), stream);

        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("\"Đơn vị trực thuộc\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", text, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", JsonDocument.Parse(stream.ToArray()).RootElement.GetRawText().Replace("\\u003C", "<").Replace("\\u003E", ">"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subtotal_and_total_rows_are_marked_and_blank_cells_are_null()
    {
        using var json = await Export(ExportFixture.BinhPhuoc);

        var rows = Table(json, BinhPhuoc2023.TableIds.FundFlowsByQuarter).GetProperty("rows").EnumerateArray().ToList();
        var subtotal = rows.First(r => r.GetProperty("kind").GetString() == "subtotal");
        Assert.Equal(JsonValueKind.Null, subtotal.GetProperty("cells")[1].ValueKind);
        var total = rows[^1];
        Assert.Equal("total", total.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, total.GetProperty("cells")[0].GetProperty("key").ValueKind);
        Assert.Equal("Tổng cộng", total.GetProperty("cells")[0].GetProperty("label").GetString());
    }

    [Fact]
    public async Task A_large_table_is_written_in_chunks_to_a_stream_that_cannot_seek()
    {
        var names = Enumerable.Range(0, 3_000).Select(i => $"Xã số {i}").ToArray();
        using var stream = new NonSeekableStream();

        await new JsonExporter().ExportAsync(ExportFixture.Named(names), stream);

        Assert.True(stream.Writes > 1);
        using var json = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(3_001, Table(json, "communes").GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task The_dataset_export_writes_the_dataset_format()
    {
        var dataset = BinhPhuoc2023.Build();
        using var stream = new MemoryStream();

        await new JsonExporter().ExportDatasetAsync(dataset, stream);

        using var json = JsonDocument.Parse(stream.ToArray());
        Assert.Equal("domainkit-dataset", json.RootElement.GetProperty("format").GetString());
        Assert.Equal(dataset.Units.Length, json.RootElement.GetProperty("units").GetArrayLength());
        var schema = JsonSchemaValidator.FromFile(Path.Combine(QuickStartTests.RepositoryRoot(), "docs", "schemas", "dataset.v1.schema.json"));
        Assert.Empty(schema.Validate(json.RootElement));
        await Assert.ThrowsAsync<ArgumentNullException>(() => new JsonExporter().ExportDatasetAsync(null!, stream));
    }
}
