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
/// A small province whose figures are worked out by hand in the comments of <see cref="ReportEngineTests"/>:
/// two districts, three communes, four models, two funds, five pledges, three commendations.
/// </summary>
internal static class ReportFixture
{
    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static readonly ReportingPeriod Year2023 = ReportingPeriod.Year(2023);

    public static Dataset Build() => new DatasetBuilder()
        .Add(
            Unit("tinh", null, UnitKind.PartyCommittee),
            Unit("huyen-a", "tinh", UnitKind.PartyCommittee),
            Unit("huyen-b", "tinh", UnitKind.PartyCommittee),
            Unit("xa-a1", "huyen-a", UnitKind.BasePartyOrganisation, new HeadCount(D(2023, 1, 1)) { Members = 10, Exempt = 2, Away = 1 }),
            Unit("xa-a2", "huyen-a", UnitKind.BasePartyOrganisation, new HeadCount(D(2023, 1, 1)) { Members = 5, Exempt = 0, Away = 0 }),
            Unit("xa-b1", "huyen-b", UnitKind.BasePartyOrganisation, new HeadCount(D(2023, 1, 1)) { Members = 20, Exempt = 4, Away = 1 }))
        .Add(
            Model("m1", "xa-a1", ModelField.Economy, (LifecycleStage.Launched, D(2023, 2, 10)), (LifecycleStage.Maintained, D(2023, 8, 1))),
            Model("m2", "xa-a2", ModelField.CultureSociety, (LifecycleStage.Launched, D(2022, 5, 1)), (LifecycleStage.Ended, D(2023, 6, 30))),
            Model("m3", "xa-b1", ModelField.Economy, (LifecycleStage.Launched, D(2023, 9, 15))) with { OriginId = new ModelId("m1"), IsExemplary = true },
            Model("m4", "huyen-b", ModelField.PoliticalSystem, (LifecycleStage.Launched, D(2024, 1, 5))))
        .Add(
            new Fund { Id = "f-a", Name = "Quỹ xã A1", OwnerId = "xa-a1" },
            new Fund { Id = "f-b", Name = "Quỹ xã B1", OwnerId = "xa-b1" })
        .Add(
            new Contribution("f-a", D(2022, 12, 1), new Dong(100_000)),
            new Contribution("f-a", D(2023, 1, 15), new Dong(1_000_000)),
            new Disbursement("f-a", D(2023, 2, 20), new Dong(300_000)) { Purpose = DisbursementPurpose.TetGifts, Beneficiaries = new Beneficiaries(3, 2) },
            new Contribution("f-a", D(2023, 4, 10), new Dong(500_000)),
            new LoanDisbursement("f-a", D(2023, 5, 1), new Dong(200_000), "L1"),
            new LoanRepayment("f-a", D(2023, 11, 1), new Dong(50_000), "L1"),
            new Contribution("f-b", D(2023, 3, 1), new Dong(2_000_000)),
            new Disbursement("f-b", D(2023, 7, 1), new Dong(1_000_000)) { Purpose = DisbursementPurpose.HouseBuilding, Beneficiaries = new Beneficiaries(null, 10) })
        .Add(
            Individual("p1", "xa-a1", "a", "m1"),
            Individual("p2", "xa-a1", "b", "m1"),
            Individual("p3", "xa-a1", "a", "m2"),
            Individual("p4", "xa-a2", "c", "m2") with { Evaluation = new PledgeEvaluation(D(2023, 12, 20), PerformanceRating.CompletedWell) },
            new Pledge { Id = "p5", Pledger = Pledger.Collective("xa-b1"), Target = PledgeTarget.ForModel("m3"), Period = Year2023 })
        .Add(
            new Commendation { Id = "c1", Recipient = Recipient.Collective("xa-a1"), Form = AwardForm.CertificateOfMerit, Level = AuthorityLevel.Province, Date = D(2023, 5, 1) },
            new Commendation { Id = "c2", Recipient = Recipient.Individual("xa-a2", "Nguyễn Văn C"), Form = AwardForm.Certificate, Level = AuthorityLevel.District, Date = D(2023, 12, 1) },
            new Commendation { Id = "c3", Recipient = Recipient.Collective("xa-b1"), Form = AwardForm.Certificate, Level = AuthorityLevel.District, Date = D(2022, 12, 1) })
        .Build();

    private static Unit Unit(string id, string? parent, UnitKind kind, params HeadCount[] counts) => new()
    {
        Id = id,
        Name = id,
        Kind = kind,
        ParentId = parent is null ? (UnitId?)null : new UnitId(parent),
        HeadCounts = [.. counts],
    };

    private static EmulationModel Model(string id, string owner, ModelField field, params (LifecycleStage Stage, LocalDate Date)[] events) => new()
    {
        Id = id,
        Name = id,
        OwnerId = owner,
        Kind = ModelKind.Model,
        Field = field,
        Lifecycle = [.. events.Select(e => new LifecycleEvent(e.Stage, e.Date))],
    };

    private static Pledge Individual(string id, string unit, string person, string model) => new()
    {
        Id = id,
        Pledger = Pledger.Individual(unit, person),
        Target = PledgeTarget.ForModel(model),
        Period = Year2023,
    };
}
