using DomainKit.Cli;
using DomainKit.Cli.Generation;
using DomainKit.Data;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Export;
using DomainKit.Periods;
using DomainKit.Validation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace DomainKit.Tests.Cli;

/// <summary>The report of <c>domainkit export</c>, built from datasets in memory.</summary>
public sealed class StandardReportTests
{
    private static ReportDocument Build(Dataset dataset, LocalDate day)
    {
        var clock = DomainKit.Cli.FixedClock.Of(day);
        var root = ReportTerms.Root(dataset, null, DomainKit.Text.TextCulture.English);
        var period = ReportTerms.LatestYear(dataset, day);
        var validation = DatasetValidator.CreateDefault(clock: clock).Validate(dataset);
        return StandardReport.Build(dataset, root, period, validation, clock, day, "source.json", DomainKit.Aggregation.UnitBasis.AsRecorded, CancellationToken.None);
    }

    [Fact]
    public void The_Binh_Phuoc_report_covers_the_provincial_committee_in_2023_with_its_60_models()
    {
        var document = Build(BinhPhuoc2023.Build(), new LocalDate(2024, 3, 25));

        Assert.Equal(StandardReport.TableIds, document.Tables.Select(t => t.Id));
        Assert.Equal("Summary report: Tỉnh ủy Bình Phước, 2023", document.Title.English);
        Assert.Equal(ReportingPeriod.Year(2023), document.Period);
        Assert.Equal(60, document.Tables[0].Table!.Total.Values[0].Count);
        Assert.Empty(document.Findings);
    }

    [Fact]
    public void The_national_report_covers_the_country_in_2025()
    {
        var document = Build(NationalDataset.Generate(0.0001), new LocalDate(2026, 1, 1));

        Assert.Equal("Summary report: Trung ương, 2025", document.Title.English);
        Assert.Equal(34, document.Tables[1].Table!.Rows.Length);
    }

    [Fact]
    public async Task Every_format_of_the_tool_writes_the_report()
    {
        var document = Build(BinhPhuoc2023.Build(), new LocalDate(2024, 3, 25));
        using var services = new ServiceCollection().AddDomainKit(kit => kit.AddOpenXmlExporters()).BuildServiceProvider();

        foreach (var exporter in services.GetRequiredService<ExporterCatalog>())
        {
            using var stream = new MemoryStream();
            await exporter.ExportAsync(document, stream);
            Assert.True(stream.Length > 0, exporter.FormatId);
        }
    }
}
