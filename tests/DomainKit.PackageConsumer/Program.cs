// An app outside the repository, built against the DomainKit packages: it loads the Bình Phước dataset, validates it,
// reports on it, and exports the report through the catalogue in every format, its own included.
// Run it in a folder holding binh-phuoc-2023.json; it writes its files there. Exit code 0, or 1 when validation finds errors.
using System.Text;
using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Export;
using DomainKit.Export.OpenXml;
using DomainKit.Interchange;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Validation;
using Microsoft.Extensions.DependencyInjection;

Console.OutputEncoding = Encoding.UTF8;

// The code of the DomainKit package's README, line for line.
var loaded = await DatasetJson.ReadFileAsync("binh-phuoc-2023.json");
Console.WriteLine(loaded.ToString(TextCulture.Vietnamese));             // records read, and every problem

var findings = DatasetValidator.CreateDefault().Validate(loaded.Dataset);
Console.WriteLine(findings.ToString(TextCulture.Vietnamese));           // "36 quy tắc đã chạy: ..."

var table = new ReportEngine(loaded.Dataset).Run(new ReportQuery
{
    Root = "tinh-uy-binh-phuoc",
    Period = ReportingPeriod.Year(2023),
    GroupBy = [Dimension.Field],
    Measures = [Measure.ActiveModels, Measure.ExemplaryModels],
});
Console.WriteLine(table.ToMarkdown());                                    // or ToHtml() in a notebook
await using var file = File.Create("mo-hinh.html");
await new HtmlExporter().ExportAsync(ReportDocument.Of(table), file);

// Dependency injection: the built-in exporters, the Open XML package's, and one of the app's own.
await using var services = new ServiceCollection()
    .AddDomainKit(kit => kit.AddOpenXmlExporters().AddExporter<PlainTextExporter>())
    .BuildServiceProvider();
var catalog = services.GetRequiredService<ExporterCatalog>();
var document = ReportDocument.Of(table, new LocalizedText("Mô hình theo lĩnh vực", "Models by field"));
foreach (var exporter in catalog)
{
    var path = "report" + exporter.FileExtension;
    await using (var stream = File.Create(path))
    {
        await exporter.ExportAsync(document, stream, new ExportOptions { Culture = TextCulture.Vietnamese });
    }
    Console.WriteLine($"{exporter.FormatId}: {path} {new FileInfo(path).Length} bytes");
}
Console.WriteLine($"DomainKit {typeof(Dataset).Assembly.GetName().Version}, DomainKit.Export.OpenXml {typeof(XlsxExporter).Assembly.GetName().Version}");
return findings.HasErrors ? 1 : 0;

/// <summary>An exporter of the app's own: each row of each table on a line, cells between bars.</summary>
internal sealed class PlainTextExporter : TextExporterBase
{
    public PlainTextExporter()
        : base("plain-text", new LocalizedText("Văn bản thường", "Plain text"), "text/plain", ".txt")
    {
    }

    protected override async Task WriteAsync(ReportDocument report, TextWriter writer, ExportOptions options, CancellationToken cancellationToken)
    {
        await writer.WriteLineAsync(report.Title.In(options.Culture));
        foreach (var table in report.Tables)
        {
            var layout = TableLayout.Of(table, options);
            await writer.WriteLineAsync(string.Join(" | ", layout.Columns.Select(c => c.Header)));
            foreach (var row in layout.Rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await writer.WriteLineAsync(row.ToString());
            }
        }
    }
}
