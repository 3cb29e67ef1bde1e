using System.Text;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Export;
using DomainKit.Interchange;
using DomainKit.Text;

namespace DomainKit.Tests.Export;

public sealed class ExporterContractTests
{
    public static TheoryData<string> BuiltInFormats => [.. ExporterCatalog.BuiltIn.FormatIds];

    [Fact]
    public void The_core_catalogue_holds_csv_json_markdown_and_html()
    {
        Assert.Equal(["csv", "json", "markdown", "html"], ExporterCatalog.BuiltIn.FormatIds);
        Assert.Equal(".md", ExporterCatalog.BuiltIn.Get("markdown").FileExtension);
        Assert.Equal("text/csv", ExporterCatalog.BuiltIn.Get("CSV").MediaType);
    }

    [Theory]
    [InlineData("report.csv", "csv")]
    [InlineData(".JSON", "json")]
    [InlineData("md", "markdown")]
    [InlineData("/tmp/out/bao-cao.html", "html")]
    public void Exporters_are_found_by_file_extension(string path, string formatId)
    {
        Assert.Equal(formatId, ExporterCatalog.BuiltIn.FindByExtension(path)?.FormatId);
    }

    [Fact]
    public void An_unknown_extension_finds_nothing_and_an_unknown_id_names_the_known_ones()
    {
        Assert.Null(ExporterCatalog.BuiltIn.FindByExtension("report.pdf"));
        var error = Assert.Throws<KeyNotFoundException>(() => ExporterCatalog.BuiltIn.Get("pdf"));
        Assert.Contains("csv, json, markdown, html", error.Message, StringComparison.Ordinal);
        Assert.False(ExporterCatalog.BuiltIn.TryGet("pdf", out _));
    }

    [Fact]
    public void Two_exporters_claiming_one_id_are_an_error_naming_both()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ExporterCatalog([new CsvExporter(), new JsonExporter(), new CsvExporter(CsvOptions.Spreadsheet)]));

        Assert.Contains("'csv'", error.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(CsvExporter).FullName!, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BuiltInFormats))]
    public async Task Every_built_in_exporter_refuses_null_arguments_and_an_unwritable_stream(string formatId)
    {
        var exporter = ExporterCatalog.BuiltIn.Get(formatId);
        var report = ExportFixture.Named("Xã A");

        await Assert.ThrowsAsync<ArgumentNullException>(() => exporter.ExportAsync(null!, new MemoryStream()));
        await Assert.ThrowsAsync<ArgumentNullException>(() => exporter.ExportAsync(report, null!));
        await Assert.ThrowsAsync<ArgumentException>(() => exporter.ExportAsync(report, new MemoryStream([], writable: false)));
    }

    [Theory]
    [MemberData(nameof(BuiltInFormats))]
    public async Task Every_built_in_exporter_stops_when_cancelled(string formatId)
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ExporterCatalog.BuiltIn.Get(formatId).ExportAsync(ExportFixture.BinhPhuoc, new MemoryStream(), cancellationToken: cancelled.Token));
    }

    [Theory]
    [MemberData(nameof(BuiltInFormats))]
    public async Task Every_built_in_exporter_writes_the_same_bytes_each_time_and_leaves_the_stream_open(string formatId)
    {
        var exporter = ExporterCatalog.BuiltIn.Get(formatId);
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        await exporter.ExportAsync(ExportFixture.BinhPhuoc, first);
        await exporter.ExportAsync(ExportFixture.BinhPhuoc, second);

        Assert.True(first.Length > 0);
        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.True(first.CanWrite);
    }

    [Theory]
    [MemberData(nameof(BuiltInFormats))]
    public async Task Every_built_in_exporter_writes_asynchronously_to_a_stream_that_cannot_seek(string formatId)
    {
        using var forwardOnly = new NonSeekableStream();
        using var seekable = new MemoryStream();

        await ExporterCatalog.BuiltIn.Get(formatId).ExportAsync(ExportFixture.BinhPhuoc, forwardOnly);
        await ExporterCatalog.BuiltIn.Get(formatId).ExportAsync(ExportFixture.BinhPhuoc, seekable);

        Assert.Equal(seekable.ToArray(), forwardOnly.ToArray());
    }

    [Theory]
    [MemberData(nameof(BuiltInFormats))]
    public async Task A_table_the_report_lacks_is_an_error_that_lists_the_tables_it_has(string formatId)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => ExporterCatalog.BuiltIn.Get(formatId)
            .ExportAsync(ExportFixture.BinhPhuoc, new MemoryStream(), ExportOptions.Default with { Tables = ["funds", "fund"] }));

        Assert.Contains("'fund'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'models-by-field'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BuiltInFormats))]
    public async Task Only_the_selected_tables_are_written(string formatId)
    {
        using var stream = new MemoryStream();
        await ExporterCatalog.BuiltIn.Get(formatId).ExportAsync(ExportFixture.BinhPhuoc, stream,
            ExportOptions.Default with { Tables = [BinhPhuoc2023.TableIds.Funds] });

        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("Quỹ (lũy kế từ khi thành lập", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mô hình theo lĩnh vực", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_ids_must_be_short_lower_case_and_unique()
    {
        var table = ExportFixture.Named("Xã A").Tables[0].Table!;

        Assert.Throws<ArgumentException>(() => new DocumentTable("Models", new("a", "a"), table));
        Assert.Throws<ArgumentException>(() => new DocumentTable("1-models", new("a", "a"), table));
        Assert.Throws<ArgumentException>(() => new DocumentTable(new string('a', DocumentTable.MaxIdLength + 1), new("a", "a"), table));
        Assert.Throws<ArgumentException>(() => new DocumentTable("models", default, table));
        var error = Assert.Throws<ArgumentException>(() => new ReportDocument
        {
            Title = new("a", "a"),
            Tables = [new DocumentTable("models", new("a", "a"), table), new DocumentTable("models", new("b", "b"), table)],
        });
        Assert.Contains("'models'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_of_one_table_is_titled_by_its_root_and_period_and_the_table_by_what_it_shows()
    {
        var table = ExportFixture.Named("Xã A").Tables[0].Table!;

        var report = ReportDocument.Of(table);

        Assert.Equal("Tỉnh: năm 2023", report.Title.Vietnamese);
        Assert.Equal(table.Metadata.Period, report.Period);
        var only = Assert.Single(report.Tables);
        Assert.Equal("table", only.Id);
        Assert.Equal("Số tiền đóng góp, số dư quỹ, tỷ lệ đăng ký theo đơn vị trực thuộc", only.Title.Vietnamese);
        Assert.Equal("Contributions, fund balance, participation rate by unit", only.Title.English);
    }

    [Fact]
    public void Exporter_descriptions_are_checked()
    {
        Assert.Throws<ArgumentException>(() => new Probe("CSV", "text/csv", ".csv"));
        Assert.Throws<ArgumentException>(() => new Probe("csv", "text", ".csv"));
        Assert.Throws<ArgumentException>(() => new Probe("csv", "text/csv", "csv"));
        Assert.Equal("probe", new Probe("probe", "text/plain", ".txt").ToString());
    }

    [Fact]
    public async Task A_text_exporter_gets_only_the_selected_tables_and_a_byte_order_mark_when_asked()
    {
        using var stream = new MemoryStream();
        await new Probe("probe", "text/plain", ".txt", byteOrderMark: true)
            .ExportAsync(ExportFixture.BinhPhuoc, stream, new ExportOptions { Tables = [BinhPhuoc2023.TableIds.Funds], IncludeFindings = false, Culture = TextCulture.English });

        var bytes = stream.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("funds|0 findings|Funds (since inception; balance at the end)", Encoding.UTF8.GetString(bytes[3..]));
    }

    private sealed class Probe(string id, string mediaType, string extension, bool byteOrderMark = false)
        : TextExporterBase(id, new LocalizedText("Thử", "Probe"), mediaType, extension, byteOrderMark)
    {
        protected override Task WriteAsync(ReportDocument report, TextWriter writer, ExportOptions options, CancellationToken cancellationToken)
            => writer.WriteAsync($"{string.Join(",", report.Tables.Select(t => t.Id))}|{report.Findings.Length} findings|{report.Tables[0].Title.In(options.Culture)}");
    }
}
