using DomainKit.Commendations;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Tests.Aggregation;

/// <summary>
/// The 1 July 2025 reorganisation in miniature, with 2023 data recorded on the old map:
/// <list type="bullet">
/// <item>Tỉnh A and Tỉnh B merge into the new Tỉnh C.</item>
/// <item>Huyện A1 and Huyện B1 are abolished without successors; their communes move to the province.</item>
/// <item>Xã A1-1 goes on, moved from Huyện A1 to Tỉnh C by a dated link: one unit, one history.</item>
/// <item>Xã A1-2 and Xã A1-3 merge into the new Xã A1 Mới.</item>
/// <item>Phường B1-1 is split into Phường Bắc and Phường Nam, Phường Bắc primary; its village Thôn P1 names its own new ward by a dated link.</item>
/// <item>Xã B1-2 ends without a successor: it goes with its nearest ancestor that goes on.</item>
/// <item>Ban CHQS B goes on under Tỉnh B with no dated link: on the new map it follows Tỉnh B's successor.</item>
/// </list>
/// Every unit records one model, one fund with a 2023 contribution, one pledge and one commendation, so that each
/// measure counts what happened to the map.
/// </summary>
internal static class Reorganisation2025
{
    public static readonly LocalDate Merger = new(2025, 7, 1);
    public static readonly LocalDate LastDay = Merger.PlusDays(-1);
    public static readonly ReportingPeriod Year2023 = ReportingPeriod.Year(2023);
    public static readonly LocalDate NewMap = new(2026, 1, 1);

    private static readonly UnitKind Country = new("country", new("Cả nước", "Country"));

    public static IReadOnlyList<Unit> Units(bool primaryOfSplit = true) =>
    [
        new Unit { Id = "ca-nuoc", Name = "Cả nước", Kind = Country },
        new Unit { Id = "tinh-a", Name = "Tỉnh A", Kind = UnitKind.Province, ParentId = new UnitId("ca-nuoc"), ValidTo = LastDay, Successors = [new UnitId("tinh-c")] },
        new Unit { Id = "tinh-b", Name = "Tỉnh B", Kind = UnitKind.Province, ParentId = new UnitId("ca-nuoc"), ValidTo = LastDay, Successors = [new UnitId("tinh-c")] },
        new Unit { Id = "tinh-c", Name = "Tỉnh C", Kind = UnitKind.Province, ParentId = new UnitId("ca-nuoc"), ValidFrom = Merger },
        new Unit { Id = "huyen-a1", Name = "Huyện A1", Kind = UnitKind.District, ParentId = new UnitId("tinh-a"), ValidTo = LastDay },
        new Unit { Id = "huyen-b1", Name = "Huyện B1", Kind = UnitKind.District, ParentId = new UnitId("tinh-b"), ValidTo = LastDay },
        new Unit
        {
            Id = "xa-a1-1", Name = "Xã A1-1", Kind = UnitKind.Commune, ParentId = new UnitId("huyen-a1"),
            ParentChanges = [new UnitLink(Merger, new UnitId("tinh-c"))],
        },
        new Unit { Id = "doan-a1-1", Name = "Đoàn Thanh niên xã A1-1", Kind = UnitKind.YouthUnion, ParentId = new UnitId("xa-a1-1") },
        new Unit { Id = "xa-a1-2", Name = "Xã A1-2", Kind = UnitKind.Commune, ParentId = new UnitId("huyen-a1"), ValidTo = LastDay, Successors = [new UnitId("xa-a1-moi")] },
        new Unit { Id = "xa-a1-3", Name = "Xã A1-3", Kind = UnitKind.Commune, ParentId = new UnitId("huyen-a1"), ValidTo = LastDay, Successors = [new UnitId("xa-a1-moi")] },
        new Unit { Id = "xa-a1-moi", Name = "Xã A1 Mới", Kind = UnitKind.Commune, ParentId = new UnitId("tinh-c"), ValidFrom = Merger },
        new Unit
        {
            Id = "phuong-b1-1", Name = "Phường B1-1", Kind = UnitKind.Commune, ParentId = new UnitId("huyen-b1"), ValidTo = LastDay,
            Successors = [new UnitId("phuong-bac"), new UnitId("phuong-nam")],
            PrimarySuccessorId = primaryOfSplit ? new UnitId("phuong-bac") : (UnitId?)null,
        },
        new Unit { Id = "phuong-bac", Name = "Phường Bắc", Kind = UnitKind.Commune, ParentId = new UnitId("tinh-c"), ValidFrom = Merger },
        new Unit { Id = "phuong-nam", Name = "Phường Nam", Kind = UnitKind.Commune, ParentId = new UnitId("tinh-c"), ValidFrom = Merger },
        new Unit
        {
            Id = "thon-p1", Name = "Thôn P1", Kind = UnitKind.Village, ParentId = new UnitId("phuong-b1-1"),
            ParentChanges = [new UnitLink(Merger, new UnitId("phuong-nam"))],
        },
        new Unit { Id = "xa-b1-2", Name = "Xã B1-2", Kind = UnitKind.Commune, ParentId = new UnitId("huyen-b1"), ValidTo = LastDay },
        new Unit { Id = "ban-chqs-b", Name = "Ban CHQS B", Kind = UnitKind.MilitaryCommand, ParentId = new UnitId("tinh-b") },
    ];

    /// <summary>The units that record items: every unit but the country and the new ones, which have no 2023 data.</summary>
    public static readonly string[] Recorders =
        ["tinh-a", "tinh-b", "huyen-a1", "huyen-b1", "xa-a1-1", "doan-a1-1", "xa-a1-2", "xa-a1-3", "phuong-b1-1", "thon-p1", "xa-b1-2", "ban-chqs-b"];

    /// <summary>The 2023 contribution of each recorder, each a distinct power of two so that any sum tells which units it holds.</summary>
    public static long AmountOf(string unit) => 1_000L << Array.IndexOf(Recorders, unit);

    public static Dataset Build(bool primaryOfSplit = true)
    {
        var builder = new DatasetBuilder().Add(Units(primaryOfSplit));
        foreach (var unit in Recorders)
        {
            builder.Add(new EmulationModel
            {
                Id = "mh-" + unit, Name = "Mô hình của " + unit, OwnerId = unit, Kind = ModelKind.Model,
                Lifecycle = [new LifecycleEvent(LifecycleStage.Launched, new LocalDate(2023, 3, 1))],
            });
            builder.Add(new Fund { Id = "quy-" + unit, Name = "Quỹ của " + unit, OwnerId = unit });
            builder.Add(new Contribution("quy-" + unit, new LocalDate(2023, 5, 1), new Dong(AmountOf(unit))));
            builder.Add(new Pledge { Id = "dk-" + unit, Pledger = Pledger.Collective(unit), Target = PledgeTarget.ForCriteria("4 có"), Period = Year2023 });
            builder.Add(new Commendation
            {
                Id = "kt-" + unit, Recipient = Recipient.Collective(unit), Level = AuthorityLevel.Province, Form = AwardForm.CertificateOfMerit,
                Date = new LocalDate(2023, 12, 1),
            });
        }
        return builder.Build();
    }

    /// <summary>The sum of the amounts of <paramref name="units"/>.</summary>
    public static long Sum(params string[] units) => units.Sum(AmountOf);
}
