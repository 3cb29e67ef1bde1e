using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Export;
using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Tests.Aggregation;
using DomainKit.Units;
using NodaTime;
using NodaTime.Testing;

namespace DomainKit.Tests.Export.OpenXml;

/// <summary>The reports the Open XML tests export, and a helper to export them.</summary>
internal static class OpenXmlReports
{
    /// <summary>Names a spreadsheet would take for formulas, markup, characters XML cannot hold, and an escape look-alike.</summary>
    public static readonly string[] HostileNames =
    [
        "=HYPERLINK(\"http://example.com\",\"x\")",
        "+1+1",
        "-2",
        "@SUM(A1:A2)",
        "<script>alert(1)</script>",
        "bell\u0007 and _x0041_",
    ];

    private static readonly LocalDate Day = new(2023, 6, 1);

    public static ReportDocument BinhPhuoc { get; } = BinhPhuoc2023.Report();

    /// <summary>
    /// A province whose communes have hostile names: every commune has a model, only the first has a fund, and only
    /// the even ones have head counts, so that amounts and rates are missing for some.
    /// </summary>
    public static ReportDocument Hostile()
    {
        var builder = new DatasetBuilder().Add(new Unit { Id = "tinh", Name = "Tỉnh", Kind = UnitKind.PartyCommittee });
        for (var i = 0; i < HostileNames.Length; i++)
        {
            var id = $"xa-{i}";
            builder.Add(new Unit
            {
                Id = id,
                Name = HostileNames[i],
                Kind = UnitKind.BasePartyOrganisation,
                ParentId = new UnitId("tinh"),
                HeadCounts = i % 2 == 0 ? [new HeadCount(new LocalDate(2023, 1, 1)) { Members = 10 + i, Exempt = 0, Away = 0 }] : [],
            });
            builder.Add(new EmulationModel
            {
                Id = $"m-{i}",
                Name = HostileNames[i],
                OwnerId = id,
                Kind = ModelKind.Model,
                Field = ModelField.Economy,
                Lifecycle = [new LifecycleEvent(LifecycleStage.Launched, Day)],
            });
        }
        builder.Add(new Fund { Id = "f-0", Name = HostileNames[0], OwnerId = "xa-0" });
        builder.Add(new Contribution("f-0", Day, new Dong(1_234_567)));
        var engine = new ReportEngine(builder.Build(), new FakeClock(Instant.FromUtc(2024, 1, 15, 3, 0)));
        var table = engine.Run(new ReportQuery
        {
            Root = "tinh",
            Period = ReportingPeriod.Year(2023),
            GroupBy = [Dimension.ChildOfRoot],
            Measures = [Measure.ActiveModels, Measure.Contributions, Measure.EligibleMembers, Measure.ParticipationRate],
        });
        return new ReportDocument
        {
            Title = new(HostileNames[0], HostileNames[0]),
            Issuer = HostileNames[4],
            Place = HostileNames[1],
            Date = new LocalDate(2023, 12, 31),
            Tables = [new DocumentTable("hostile", new(HostileNames[2], HostileNames[2]), table)],
        };
    }

    public static async Task<byte[]> ExportAsync(IExporter exporter, ReportDocument report, ExportOptions? options = null)
    {
        using var stream = new MemoryStream();
        await exporter.ExportAsync(report, stream, options);
        return stream.ToArray();
    }
}
