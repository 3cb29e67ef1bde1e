using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Export;
using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Tests.Aggregation;
using DomainKit.Units;
using NodaTime;
using NodaTime.Testing;

namespace DomainKit.Tests.Export;

/// <summary>The reports the exporter tests write: Bình Phước's, and a small one whose unit names are hostile.</summary>
internal static class ExportFixture
{
    private static readonly Lazy<ReportDocument> BinhPhuocReport = new(BinhPhuoc2023.Report);

    public static ReportDocument BinhPhuoc => BinhPhuocReport.Value;

    /// <summary>
    /// A province whose communes are named <paramref name="names"/>, each with a fund; the last commune's fund is
    /// overdrawn, so its balance is negative; nobody pledged, so participation is missing.
    /// </summary>
    public static ReportDocument Named(params string[] names)
    {
        var builder = new DatasetBuilder().Add(new Unit { Id = "tinh", Name = "Tỉnh", Kind = UnitKind.PartyCommittee });
        for (var i = 0; i < names.Length; i++)
        {
            builder.Add(new Unit { Id = $"xa-{i}", Name = names[i], Kind = UnitKind.BasePartyOrganisation, ParentId = "tinh" });
            builder.Add(new Fund { Id = $"quy-{i}", Name = names[i], OwnerId = $"xa-{i}" });
            builder.Add(new Contribution($"quy-{i}", new LocalDate(2023, 3, 1), new Dong(1_000_000L * (i + 1))));
        }
        if (names.Length > 0)
        {
            builder.Add(new Disbursement($"quy-{names.Length - 1}", new LocalDate(2023, 4, 1), new Dong(1_000_000L * names.Length + 250_000)));
        }
        var table = new ReportEngine(builder.Build(), new FakeClock(Instant.FromUtc(2024, 1, 1, 0, 0))).Run(new ReportQuery
        {
            Root = "tinh",
            Period = ReportingPeriod.Year(2023),
            GroupBy = [Dimension.ChildOfRoot],
            Measures = [Measure.Contributions, Measure.FundBalance, Measure.ParticipationRate],
        });
        return new ReportDocument
        {
            Title = new("Báo cáo", "Report"),
            Tables = [new DocumentTable("communes", new("Theo xã", "By commune"), table)],
        };
    }
}
