using System.Collections.Immutable;
using DomainKit.Commendations;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Units;
using DomainKit.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Validation;

/// <summary>
/// Validation never throws on bad data: random small datasets with dangling and circular references,
/// duplicate ids, missing fields, dates at the ends of the calendar and amounts up to the limits of 64 bits
/// come back as findings with known codes, and no rule fails (no DK100).
/// </summary>
public sealed class ValidationPropertyTests
{
    /// <summary>A generated dataset, printed item by item when a property fails.</summary>
    public sealed record Case(
        Unit[] Units, EmulationModel[] Models, Pledge[] Pledges, PledgePayment[] Payments,
        Fund[] Funds, FundEntry[] Entries, Commendation[] Commendations)
    {
        public Dataset Build() => new DatasetBuilder()
            .Add(Units).Add(Models).Add(Pledges).Add(Payments).Add(Funds).Add(Entries).Add(Commendations).Build();

        public override string ToString() => string.Join("\n", new IEnumerable<object>[] { Units, Models, Pledges, Payments, Funds, Entries, Commendations }
            .SelectMany(items => items).Select(item => item.ToString()));
    }

    private static readonly LocalDate Near = new(2019, 1, 1);

    private static readonly Gen<LocalDate> Dates = Gen.Frequency(
        (12, Gen.Choose(0, 8 * 366).Select(days => Near.PlusDays(days))),
        (1, Gen.Elements(new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31), new LocalDate(1, 1, 2), new LocalDate(9999, 12, 30))));

    private static readonly Gen<LocalDate?> OptionalDates = Gen.Frequency((3, Dates.Select(d => (LocalDate?)d)), (1, Gen.Constant((LocalDate?)null)));

    private static readonly Gen<ReportingPeriod> Periods = Gen.OneOf(
        Gen.Choose(2019, 2026).Select(ReportingPeriod.Year),
        Gen.Choose(2019, 2026).SelectMany(y => Gen.Choose(1, 4).Select(q => ReportingPeriod.Quarter(y, q))),
        Gen.Choose(2019, 2026).SelectMany(y => Gen.Choose(1, 12).Select(m => ReportingPeriod.Month(y, m))),
        Gen.Elements(ReportingPeriod.Year(1), ReportingPeriod.Year(9999), ReportingPeriod.Term(2021, 2025), ReportingPeriod.Term(1, 9999)),
        Dates.SelectMany(a => Dates.Select(b => a <= b ? ReportingPeriod.Range(a, b) : ReportingPeriod.Range(b, a))));

    private static readonly Gen<ReportingPeriod?> OptionalPeriods = Gen.Frequency((1, Periods.Select(p => (ReportingPeriod?)p)), (2, Gen.Constant((ReportingPeriod?)null)));

    private static readonly Gen<Dong> Amounts = Gen.Frequency(
        (6, Gen.Choose(-1_000, 20_000).Select(n => new Dong(n * 1_000L))),
        (2, Gen.Elements(0L, 1L, -1L, long.MaxValue, long.MinValue, long.MaxValue - 1, long.MinValue + 1, long.MaxValue / 2, long.MaxValue / 2 + 1, -(long.MaxValue / 2) - 1).Select(v => new Dong(v))));

    private static readonly Gen<Dong?> OptionalAmounts = Gen.Frequency((1, Amounts.Select(a => (Dong?)a)), (2, Gen.Constant((Dong?)null)));

    private static readonly Gen<int?> Counts = Gen.Frequency(
        (6, Gen.Choose(-3, 120).Select(n => (int?)n)),
        (2, Gen.Constant((int?)null)),
        (1, Gen.Elements<int?>(int.MaxValue, int.MinValue, int.MaxValue - 1, int.MinValue + 1)));

    private static readonly Gen<decimal> Quantities = Gen.Elements(0m, 1m, -1m, 2_500m, 0.5m, decimal.MaxValue, decimal.MinValue);

    private static readonly Gen<string> Names = Gen.Elements("Xã Bình Đức", "Ấp Tân Phong", "", " ", null!, "x");

    private static Gen<string> Ids(params string[] pool) => Gen.Frequency((8, Gen.Elements(pool)), (1, Gen.Constant("khong-co")));

    private static readonly Gen<UnitId> UnitIds = Gen.Frequency((12, Ids("u1", "u2", "u3", "u4").Select(id => (UnitId)id)), (1, Gen.Constant(default(UnitId))));

    private static readonly Gen<UnitId?> OptionalUnitIds = Gen.Frequency((2, UnitIds.Select(id => (UnitId?)id)), (1, Gen.Constant((UnitId?)null)));

    private static readonly Gen<ModelId> ModelIds = Gen.Frequency((12, Ids("m1", "m2", "m3").Select(id => (ModelId)id)), (1, Gen.Constant(default(ModelId))));

    private static readonly Gen<ModelId?> OptionalModelIds = Gen.Frequency((2, ModelIds.Select(id => (ModelId?)id)), (1, Gen.Constant((ModelId?)null)));

    private static readonly Gen<PledgeId> PledgeIds = Gen.Frequency((12, Ids("p1", "p2", "p3").Select(id => (PledgeId)id)), (1, Gen.Constant(default(PledgeId))));

    private static readonly Gen<FundId> FundIds = Gen.Frequency((12, Ids("f1", "f2").Select(id => (FundId)id)), (1, Gen.Constant(default(FundId))));

    private static readonly Gen<string> LoanIds = Gen.Elements("l1", "l2", "l3", "", null!);

    private static Gen<T[]> Few<T>(Gen<T> item, int most) => Gen.Choose(0, most).SelectMany(n => Gen.ArrayOf(item, n));

    private static Gen<ImmutableArray<T>> Arrays<T>(Gen<T> item, int most) => Gen.Frequency(
        (8, Few(item, most).Select(items => items.ToImmutableArray())),
        (1, Gen.Constant(default(ImmutableArray<T>))));

    private static readonly Gen<HeadCount?> HeadCounts =
        from asOf in Dates
        from members in Counts
        from party in Counts
        from exempt in Counts
        from away in Counts
        from isNull in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select isNull ? null : new HeadCount(asOf) { Members = members, PartyMembers = party, Exempt = exempt, Away = away };

    private static readonly Gen<Unit> Units =
        from id in UnitIds
        from name in Names
        from kind in Gen.Elements(UnitKind.Province, UnitKind.District, UnitKind.Commune, UnitKind.Village, null!)
        from parent in OptionalUnitIds
        from territory in Gen.Frequency((1, OptionalUnitIds), (2, Gen.Constant((UnitId?)null)))
        from validFrom in OptionalDates
        from to in OptionalDates
        from successors in Arrays(UnitIds, 2)
        from counts in Arrays(HeadCounts, 2)
        select new Unit { Id = id, Name = name, Kind = kind, ParentId = parent, TerritoryId = territory, ValidFrom = validFrom, ValidTo = to, Successors = successors, HeadCounts = counts! };

    private static readonly Gen<LifecycleEvent?> Events =
        from stage in Gen.Elements(Enum.GetValues<LifecycleStage>())
        from date in Dates
        from isNull in Gen.Frequency((12, Gen.Constant(false)), (1, Gen.Constant(true)))
        select isNull ? null : new LifecycleEvent(stage, date);

    private static readonly Gen<OutcomeIndicator?> Outcomes =
        from name in Names
        from quantity in Gen.Frequency((3, Quantities.Select(q => (decimal?)q)), (1, Gen.Constant((decimal?)null)))
        from unit in Names
        from date in Dates
        from money in OptionalAmounts
        from isNull in Gen.Frequency((12, Gen.Constant(false)), (1, Gen.Constant(true)))
        select isNull ? null : new OutcomeIndicator(name, quantity, unit, date) { MoneyValue = money };

    private static readonly Gen<EmulationModel> Models =
        from id in ModelIds
        from name in Names
        from owner in UnitIds
        from kind in Gen.Elements(ModelKind.Model, ModelKind.Club, null!)
        from lifecycle in Arrays(Events, 5)
        from origin in OptionalModelIds
        from committed in Gen.Frequency((1, OptionalUnitIds), (2, Gen.Constant((UnitId?)null)))
        from outcomes in Arrays(Outcomes, 2)
        select new EmulationModel { Id = id, Name = name, OwnerId = owner, Kind = kind, Lifecycle = lifecycle!, OriginId = origin, CommittedToId = committed, Outcomes = outcomes! };

    private static readonly Gen<Pledger> Pledgers =
        from unit in UnitIds
        from kind in Gen.Elements(PledgerKind.Individual, PledgerKind.Collective)
        from person in Gen.Elements("dv-1", "dv-2", "dv-3", null!, " ")
        from name in Gen.Elements("Nguyễn Văn An", null!)
        from isNull in Gen.Frequency((12, Gen.Constant(false)), (1, Gen.Constant(true)))
        select isNull ? null! : new Pledger(kind, unit) { PersonId = person, PersonName = name };

    private static readonly Gen<PledgeTarget> Targets = Gen.OneOf(
        ModelIds.Select(PledgeTarget.ForModel),
        Gen.Elements("3 không, 4 có", "", null!).Select(PledgeTarget.ForCriteria),
        Gen.Elements("Hộ ông A", " ").Select(PledgeTarget.ForBeneficiary),
        Counts.SelectMany(poor => Counts.Select(near => PledgeTarget.ForHouseholds(poor, near))),
        Gen.Constant((PledgeTarget)null!));

    private static readonly Gen<MoneySchedule?> Schedules =
        from amount in Amounts
        from frequency in Gen.Elements(ScheduleFrequency.Daily, ScheduleFrequency.Monthly, ScheduleFrequency.Yearly)
        from start in Dates
        from max in OptionalAmounts
        from end in OptionalDates
        from isNull in Gen.Frequency((1, Gen.Constant(false)), (1, Gen.Constant(true)))
        select isNull ? null : new MoneySchedule(amount, frequency, start) { MaximumAmount = max, End = end };

    private static readonly Gen<PledgeEvaluation?> Evaluations =
        from day in Dates
        from rating in Gen.Elements<PerformanceRating?>(null, PerformanceRating.CompletedExcellently, PerformanceRating.CompletedWell, PerformanceRating.Completed, PerformanceRating.NotCompleted)
        from score in Gen.Elements<int?>(null, -1, 0, 49, 50, 70, 90, 100, 101, int.MaxValue, int.MinValue)
        from isNull in Gen.Frequency((1, Gen.Constant(false)), (1, Gen.Constant(true)))
        select isNull ? null : new PledgeEvaluation(day, rating) { Score = score };

    private static readonly Gen<Pledge> Pledges =
        from id in PledgeIds
        from pledger in Pledgers
        from target in Targets
        from period in Periods
        from registered in OptionalDates
        from schedule in Schedules
        from evaluation in Evaluations
        from cancelled in Gen.Frequency((1, OptionalDates), (3, Gen.Constant((LocalDate?)null)))
        select new Pledge { Id = id, Pledger = pledger, Target = target, Period = period, RegisteredOn = registered, Schedule = schedule, Evaluation = evaluation, CancelledOn = cancelled };

    private static readonly Gen<PledgePayment> Payments =
        from pledge in PledgeIds
        from date in Dates
        from amount in Amounts
        select new PledgePayment(pledge, date, amount);

    private static readonly Gen<Fund> Funds =
        from id in FundIds
        from name in Names
        from owner in UnitIds
        from model in OptionalModelIds
        from inception in OptionalDates
        select new Fund { Id = id, Name = name, OwnerId = owner, ModelId = model, InceptionDate = inception };

    private static readonly Gen<Beneficiaries?> BeneficiaryCounts =
        from occurrences in Counts
        from distinct in Counts
        from isNull in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        select isNull ? null : new Beneficiaries(occurrences, distinct);

    private static readonly Gen<Goods> GoodsGen =
        from name in Names
        from quantity in Quantities
        from unit in Names
        from isNull in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
        select isNull ? null! : new Goods(name, quantity, unit);

    private static readonly Gen<Valuation?> Valuations =
        from value in Amounts
        from day in Dates
        from isNull in Gen.Elements(false, true)
        select isNull ? null : new Valuation(value, day);

    private static readonly Gen<FundEntry> Entries =
        from fund in FundIds
        from date in Dates
        from amount in Amounts
        from loan in LoanIds
        from goods in GoodsGen
        from valuation in Valuations
        from beneficiaries in BeneficiaryCounts
        from term in Counts
        from at in Gen.Elements(BalanceTime.StartOfDay, BalanceTime.EndOfDay)
        from covers in OptionalPeriods
        from kind in Gen.Choose(0, 7)
        select (kind switch
        {
            0 => new OpeningBalance(fund, date, amount),
            1 => new Contribution(fund, date, amount),
            2 => new Disbursement(fund, date, amount) { Beneficiaries = beneficiaries },
            3 => new LoanDisbursement(fund, date, amount, loan) { TermMonths = term },
            4 => new LoanRepayment(fund, date, amount, loan),
            5 => new InKindReceipt(fund, date, goods) { Valuation = valuation },
            6 => new InKindDistribution(fund, date, goods) { Valuation = valuation, Beneficiaries = beneficiaries },
            _ => (FundEntry)new BalanceAssertion(fund, date, amount, at),
        }) with { Covers = covers };

    private static readonly Gen<Commendation> Commendations =
        from id in Gen.Frequency((12, Ids("c1", "c2").Select(id => (CommendationId)id)), (1, Gen.Constant(default(CommendationId))))
        from kind in Gen.Elements(RecipientKind.Collective, RecipientKind.Individual, RecipientKind.Household)
        from unit in UnitIds
        from name in Names
        from hasRecipient in Gen.Frequency((12, Gen.Constant(true)), (1, Gen.Constant(false)))
        from title in Gen.Elements(EmulationTitle.AdvancedWorker, EmulationTitle.EmulationFlag, EmulationTitle.CulturedFamily, null)
        from form in Gen.Elements(AwardForm.Certificate, null)
        from date in Dates
        from awardedBy in OptionalUnitIds
        from model in OptionalModelIds
        select new Commendation
        {
            Id = id,
            Recipient = hasRecipient ? new Recipient(kind, unit) { Name = name } : null!,
            Title = title,
            Form = form,
            Level = AuthorityLevel.Commune,
            Date = date,
            AwardedById = awardedBy,
            ModelId = model,
        };

    private static readonly Gen<Case> Cases =
        from units in Few(Units, 6)
        from models in Few(Models, 4)
        from pledges in Few(Pledges, 5)
        from payments in Few(Payments, 5)
        from funds in Few(Funds, 3)
        from entries in Few(Entries, 10)
        from commendations in Few(Commendations, 3)
        select new Case(units, models, pledges, payments, funds, entries, commendations);

    private static readonly HashSet<string> KnownCodes =
        [.. ValidationRules.All.Select(r => r.Descriptor.Code), ValidationRules.RuleFailureDescriptor.Code];

    private static readonly DatasetValidator Validator = TestData.Validator();

    private static bool ValidatesWithoutFailing(Case data)
    {
        var report = Validator.Validate(data.Build());
        var failures = report.WithCode("DK100").Select(f => f.Message.English).ToList();
        if (failures.Count > 0)
        {
            throw new InvalidOperationException("A rule failed:\n" + string.Join("\n", failures));
        }
        foreach (var finding in report.Findings)
        {
            Assert.Contains(finding.Code, KnownCodes);
            Assert.False(string.IsNullOrEmpty(finding.Message.English));
            Assert.False(string.IsNullOrEmpty(finding.Message.Vietnamese));
            // Every placeholder of the templates was filled.
            Assert.DoesNotMatch("\\{[a-zA-Z]+\\}", finding.Message.English);
            Assert.DoesNotMatch("\\{[a-zA-Z]+\\}", finding.Message.Vietnamese);
        }
        Assert.Equal(report.Findings.Length, report.ErrorCount + report.WarningCount + report.InfoCount);
        return true;
    }

    [Property(MaxTest = 300)]
    public Property Validation_never_throws_on_random_bad_data_and_reports_only_known_codes()
        => Prop.ForAll(Cases.ToArbitrary(), ValidatesWithoutFailing);

    [Property(MaxTest = 200)]
    public Property Validation_never_throws_on_circular_and_duplicate_references()
    {
        // Few ids, all links inside the pool: most datasets hold cycles of units and of replicas, and duplicates.
        var tight =
            from units in Few(from id in Gen.Elements("u1", "u2", "u3")
                              from parent in Gen.Elements("u1", "u2", "u3")
                              from territory in Gen.Elements("u1", "u2", "u3")
                              select new Unit { Id = id, Name = id, Kind = UnitKind.Village, ParentId = parent, TerritoryId = territory, Successors = [parent] }, 6)
            from models in Few(from id in Gen.Elements("m1", "m2", "m3")
                               from origin in Gen.Elements("m1", "m2", "m3")
                               from date in Dates
                               select new EmulationModel { Id = id, Name = id, OwnerId = "u1", Kind = ModelKind.Model, OriginId = origin, Lifecycle = [new LifecycleEvent(LifecycleStage.Registered, date)] }, 6)
            select new Case(units, models, [], [], [], [], []);

        return Prop.ForAll(tight.ToArbitrary(), data =>
        {
            ValidatesWithoutFailing(data);
            var report = Validator.Validate(data.Build());
            // Each cycle is reported once: no two DK201 findings for the same unit and field.
            Assert.Equal(report.WithCode("DK201").Count(), report.WithCode("DK201").Select(f => (f.Entity, f.Field)).Distinct().Count());
            return true;
        });
    }
}
