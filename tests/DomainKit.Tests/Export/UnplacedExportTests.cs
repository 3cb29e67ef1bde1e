using System.IO.Compression;
using System.Text;
using DomainKit.Aggregation;
using DomainKit.Export;
using DomainKit.Export.OpenXml;
using DomainKit.Tests.Aggregation;
using DomainKit.Text;

namespace DomainKit.Tests.Export;

/// <summary>What a report cannot place on its map reaches every format: the unplaced row with its figures, and the finding that says why.</summary>
public sealed class UnplacedExportTests
{
    public static TheoryData<string> Formats => ["csv", "json", "markdown", "html", "docx", "xlsx"];

    private static IExporter Exporter(string format) => format switch
    {
        "docx" => new DocxExporter(),
        "xlsx" => new XlsxExporter(),
        _ => ExporterCatalog.BuiltIn.Get(format),
    };

    private static ReportDocument Document()
    {
        var table = new ReportEngine(Reorganisation2025.Build(primaryOfSplit: false)).Run(new ReportQuery
        {
            Root = "tinh-c",
            Period = Reorganisation2025.Year2023,
            Measures = [Measure.Contributions],
            GroupBy = [Dimension.ChildOfRoot],
            Basis = UnitBasis.On(Reorganisation2025.NewMap),
        });
        return ReportDocument.Of(table);
    }

    // The text of a file: itself, or for a zip (DOCX, XLSX) the text of every XML part.
    private static string TextOf(byte[] bytes)
    {
        if (bytes.Length < 2 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
        {
            return Encoding.UTF8.GetString(bytes);
        }
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd());
        }
        return text.ToString();
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Every_format_shows_the_unplaced_row_and_its_finding(string format)
    {
        var document = Document();
        using var output = new MemoryStream();

        await Exporter(format).ExportAsync(document, output, ExportOptions.Default with { Culture = TextCulture.Vietnamese });

        var text = TextOf(output.ToArray());
        Assert.Contains("Chưa xác định được đơn vị", text, StringComparison.Ordinal);
        Assert.Contains("DK851", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_publishes_its_tables_findings_after_those_it_is_given_and_each_once()
    {
        var table = Document().Tables[0].Table!;
        var given = new DomainKit.Validation.Finding
        {
            Code = "APP001", Severity = DomainKit.Validation.Severity.Info, Entity = DomainKit.Validation.EntityRef.Dataset,
            Message = new LocalizedText("Ghi chú", "Note"),
        };

        var document = new ReportDocument
        {
            Title = new LocalizedText("Báo cáo", "Report"),
            Tables = [new DocumentTable("a", new("A", "A"), table), new DocumentTable("b", new("B", "B"), table)],
            Findings = [given, table.Findings[0]],
        };

        Assert.Equal([given, table.Findings[0]], document.Findings.ToArray());
        Assert.Equal([given, .. table.Findings], new ReportDocument { Title = document.Title, Tables = document.Tables, Findings = [given] }.Findings.ToArray());
    }
}
