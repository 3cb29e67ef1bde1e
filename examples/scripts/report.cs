#!/usr/bin/env dotnet
// The usual tables of a report for a unit and a period: models by main field and by unit directly below, funds
// (since inception, with the balance at the end), and pledges with their participation rate, with the findings of
// validating the data. Written in the format of the output file's extension (.csv, .json, .md, .html, .xlsx,
// .docx), or as Markdown on the console when there is no output file.
//
//   dotnet run report.cs -- ../data/binh-phuoc-2023.json tinh-uy-binh-phuoc YTD2023-11-10 [out/report.xlsx] [--en]
//
// A period is written by its id: 2023, 2023H1, 2023Q4, 2023-11, YTD2023-11-10, 2021/2025.
#:package DomainKit@0.1.0
#:package DomainKit.Export.OpenXml@0.1.0

using System.Text;
using DomainKit.Aggregation;
using DomainKit.Export;
using DomainKit.Export.OpenXml;
using DomainKit.Interchange;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Validation;

Console.OutputEncoding = Encoding.UTF8;
var culture = args.Contains("--en") ? TextCulture.English : TextCulture.Vietnamese;
var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
if (positional.Length is < 3 or > 4 || !ReportingPeriod.TryParse(positional[2], out var period))
{
    Console.Error.WriteLine("Usage: dotnet run report.cs -- <dataset.json> <root unit id> <period id> [output file] [--en]");
    return 2;
}

var loaded = await DatasetJson.ReadFileAsync(positional[0]);
if (!loaded.Problems.IsEmpty)
{
    Console.Error.WriteLine(loaded.ToString(culture));
}
var dataset = loaded.Dataset;
var root = dataset.FindUnit(positional[1]);
if (root is null)
{
    Console.Error.WriteLine($"No unit has the id '{positional[1]}'.");
    return 2;
}

var engine = new ReportEngine(dataset);
ReportTable Run(Dimension by, params Measure[] measures)
    => engine.Run(new ReportQuery { Root = root.Id, Period = period, GroupBy = [by], Measures = [.. measures] });

var validation = DatasetValidator.CreateDefault().Validate(dataset);
var report = new ReportDocument
{
    Title = new LocalizedText($"Báo cáo của {root.Name}", $"Report of {root.Name}"),
    Issuer = root.Name,
    Tables =
    [
        new DocumentTable("models-by-field", new LocalizedText("Mô hình theo lĩnh vực", "Models by field"),
            Run(Dimension.FieldRoot, Measure.ActiveModels, Measure.LaunchedModels, Measure.ExemplaryModels)),
        new DocumentTable("models-by-unit", new LocalizedText("Mô hình theo đơn vị trực thuộc", "Models by unit"),
            Run(Dimension.ChildOfRoot, Measure.ActiveModels, Measure.ExemplaryModels)),
        new DocumentTable("funds", new LocalizedText("Quỹ", "Funds"),
            Run(Dimension.Fund, Measure.Contributions.Over(Window.SinceInception), Measure.Disbursements.Over(Window.SinceInception), Measure.FundBalance)),
        new DocumentTable("pledges", new LocalizedText("Đăng ký làm theo", "Pledges"),
            Run(Dimension.ChildOfRoot, Measure.RegisteredMembers, Measure.EligibleMembers, Measure.ParticipationRate)),
    ],
    Findings = validation.Findings,
};

var options = new ExportOptions { Culture = culture };
if (positional.Length == 3)
{
    Console.WriteLine(report.ToMarkdown(options));
    return 0;
}
var output = positional[3];
var catalog = new ExporterCatalog([.. ExporterCatalog.BuiltIn, new XlsxExporter(), new DocxExporter()]);
var exporter = catalog.FindByExtension(output);
if (exporter is null)
{
    Console.Error.WriteLine($"No exporter writes '{Path.GetExtension(output)}': use one of {string.Join(", ", catalog.Select(e => e.FileExtension))}.");
    return 2;
}
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
await using (var file = File.Create(output))
{
    await exporter.ExportAsync(report, file, options);
}
Console.WriteLine($"{exporter.DisplayName.In(culture)}: {output}");
return 0;
