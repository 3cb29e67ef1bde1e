using DomainKit.Commendations;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Units;
using DomainKit.Validation;
using NodaTime;
using NodaTime.Testing;

namespace DomainKit.Tests.Validation;

/// <summary>Clocks for the tests: NodaTime.Testing's <see cref="FakeClock"/>, which stands still unless a test advances it.</summary>
internal static class TestClock
{
    /// <summary>A clock at noon of <paramref name="day"/> in Vietnam (UTC+7).</summary>
    public static FakeClock On(LocalDate day) => new(day.At(new LocalTime(12, 0)).InUtc().ToInstant().Minus(Duration.FromHours(7)));
}

/// <summary>
/// A small, valid dataset that tests change one thing at a time: a province, a district abolished on
/// 30/06/2025 and a commune under it, a savings model with a lawful lifecycle, a fund with a contribution,
/// a smaller disbursement and a true balance, a money pledge with two payments, and a commendation.
/// The lists are mutable so that a test can add, replace or remove items before building.
/// </summary>
internal sealed class TestData
{
    public static readonly LocalDate Today = new(2025, 1, 1);

    public static readonly UnitId ProvinceId = "tinh-bp";
    public static readonly UnitId DistrictId = "huyen-bd";
    public static readonly UnitId CommuneId = "xa-bd";
    public static readonly ModelId TheModel = "mh-tiet-kiem";
    public static readonly FundId TheFund = "quy-tk";
    public static readonly PledgeId ThePledge = "dk-001";
    public static readonly CommendationId TheCommendation = "kt-001";

    public const string CommuneName = "Xã Bình Đức";
    public const string DistrictName = "Huyện Bù Đăng";

    public List<Unit> Units { get; } =
    [
        new Unit
        {
            Id = ProvinceId,
            Name = "Tỉnh Bình Phước",
            Kind = UnitKind.Province,
            ValidFrom = D(1997, 1, 1),
        },
        new Unit
        {
            Id = DistrictId,
            Name = DistrictName,
            Kind = UnitKind.District,
            ParentId = ProvinceId,
            ValidFrom = D(1997, 1, 1),
            ValidTo = D(2025, 6, 30),
        },
        new Unit
        {
            Id = CommuneId,
            Name = CommuneName,
            Kind = UnitKind.Commune,
            ParentId = DistrictId,
            ValidFrom = D(2000, 1, 1),
            ValidTo = D(2025, 6, 30),
            HeadCounts = [new HeadCount(D(2023, 1, 1)) { Members = 100, PartyMembers = 40, Exempt = 5, Away = 3 }],
        },
    ];

    public List<EmulationModel> Models { get; } =
    [
        new EmulationModel
        {
            Id = TheModel,
            Name = "Thực hành tiết kiệm vì người nghèo",
            OwnerId = CommuneId,
            Kind = ModelKind.Model,
            Field = ModelField.Economy,
            Movement = Movement.DanVanKheo,
            Lifecycle =
            [
                new LifecycleEvent(LifecycleStage.Registered, D(2023, 1, 10)),
                new LifecycleEvent(LifecycleStage.Launched, D(2023, 2, 1)),
                new LifecycleEvent(LifecycleStage.Maintained, D(2023, 6, 1)),
                new LifecycleEvent(LifecycleStage.Reviewed, D(2023, 12, 20)),
            ],
        },
    ];

    public List<Fund> Funds { get; } =
    [
        new Fund
        {
            Id = TheFund,
            Name = "Quỹ tiết kiệm vì người nghèo",
            OwnerId = CommuneId,
            ModelId = TheModel,
            InceptionDate = D(2023, 1, 1),
        },
    ];

    /// <summary>In date order, so an entry's position here is its index in the ledger.</summary>
    public List<FundEntry> Entries { get; } =
    [
        new Contribution(TheFund, D(2023, 3, 1), new Dong(5_000_000)),
        new Disbursement(TheFund, D(2023, 4, 1), new Dong(2_000_000))
        {
            Purpose = DisbursementPurpose.HardshipSupport,
            Beneficiaries = new Beneficiaries(2, 2),
        },
        new BalanceAssertion(TheFund, D(2023, 4, 30), new Dong(3_000_000), BalanceTime.EndOfDay),
    ];

    public List<Pledge> Pledges { get; } =
    [
        new Pledge
        {
            Id = ThePledge,
            Pledger = Pledger.Individual(CommuneId, "dv-001", "Nguyễn Văn An"),
            Target = PledgeTarget.ForModel(TheModel),
            Period = ReportingPeriod.Year(2023),
            RegisteredOn = D(2023, 1, 15),
            Schedule = new MoneySchedule(new Dong(100_000), ScheduleFrequency.Monthly, D(2023, 1, 1)),
            Evaluation = new PledgeEvaluation(D(2023, 12, 25), PerformanceRating.CompletedWell) { Score = 80 },
        },
    ];

    public List<PledgePayment> Payments { get; } =
    [
        new PledgePayment(ThePledge, D(2023, 1, 5), new Dong(100_000)),
        new PledgePayment(ThePledge, D(2023, 2, 5), new Dong(100_000)),
    ];

    public List<Commendation> Commendations { get; } =
    [
        new Commendation
        {
            Id = TheCommendation,
            Recipient = Recipient.Individual(CommuneId, "Nguyễn Văn An"),
            Title = EmulationTitle.AdvancedWorker,
            Form = AwardForm.Certificate,
            Level = AuthorityLevel.Commune,
            Date = D(2023, 12, 28),
            Period = ReportingPeriod.Year(2023),
        },
    ];

    public static TestData Valid() => new();

    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static DatasetValidator Validator(ValidationOptions? options = null, IClock? clock = null)
        => DatasetValidator.CreateDefault(options, clock ?? TestClock.On(Today));

    public TestData WithUnit(UnitId id, Func<Unit, Unit> change) => Replace(Units, u => u.Id == id, change);

    public TestData WithCommune(Func<Unit, Unit> change) => WithUnit(CommuneId, change);

    public TestData WithModel(Func<EmulationModel, EmulationModel> change) => Replace(Models, m => m.Id == TheModel, change);

    public TestData WithFund(Func<Fund, Fund> change) => Replace(Funds, f => f.Id == TheFund, change);

    public TestData WithPledge(Func<Pledge, Pledge> change) => Replace(Pledges, p => p.Id == ThePledge, change);

    public TestData WithCommendation(Func<Commendation, Commendation> change) => Replace(Commendations, c => c.Id == TheCommendation, change);

    /// <summary>Replaces the commune's head counts with one snapshot as of 01/01/2023.</summary>
    public TestData WithHeadCount(int? members, int? exempt = null, int? away = null, int? partyMembers = null)
        => WithCommune(u => u with { HeadCounts = [new HeadCount(D(2023, 1, 1)) { Members = members, Exempt = exempt, Away = away, PartyMembers = partyMembers }] });

    /// <summary>Adds individual pledges for the base model in 2023 by further members of the commune (dv-002, dv-003 ...).</summary>
    public TestData WithMoreRegistrations(int count)
    {
        for (var n = 0; n < count; n++)
        {
            var person = $"dv-{n + 2:000}";
            Pledges.Add(new Pledge
            {
                Id = "dk-" + person,
                Pledger = Pledger.Individual(CommuneId, person),
                Target = PledgeTarget.ForModel(TheModel),
                Period = ReportingPeriod.Year(2023),
                RegisteredOn = D(2023, 1, 15),
            });
        }
        return this;
    }

    public Dataset Build() => new DatasetBuilder()
        .Add(Units).Add(Models).Add(Pledges).Add(Payments).Add(Funds).Add(Entries).Add(Commendations)
        .Build();

    /// <summary>Validates with every built-in rule and a clock that says it is 01/01/2025.</summary>
    public ValidationResult Validate(ValidationOptions? options = null) => Validator(options).Validate(Build());

    private TestData Replace<T>(List<T> items, Predicate<T> match, Func<T, T> change)
    {
        var index = items.FindIndex(match);
        Assert.True(index >= 0, "The test data holds no such item.");
        items[index] = change(items[index]);
        return this;
    }
}

/// <summary>Assertions on validation reports that print the whole report when they fail.</summary>
internal static class Expect
{
    /// <summary>Asserts the report has exactly one finding with <paramref name="code"/> and returns it.</summary>
    public static Finding One(ValidationResult report, string code)
    {
        var found = report.WithCode(code).ToList();
        Assert.True(found.Count == 1, $"Expected one {code} finding but got {found.Count}:\n{report}");
        return found[0];
    }

    /// <summary>Asserts the report has findings with <paramref name="code"/> and returns them.</summary>
    public static IReadOnlyList<Finding> Some(ValidationResult report, string code)
    {
        var found = report.WithCode(code).ToList();
        Assert.True(found.Count > 0, $"Expected {code} findings but got none:\n{report}");
        return found;
    }

    public static void None(ValidationResult report, string code)
        => Assert.True(!report.WithCode(code).Any(), $"Expected no {code} finding:\n{report}");

    public static void Clean(ValidationResult report)
        => Assert.True(report.Findings.IsEmpty, $"Expected no findings:\n{report}");

    /// <summary>Asserts the code, severity, item and field of a finding.</summary>
    public static void At(Finding finding, string code, Severity severity, EntityRef entity, string? field)
    {
        Assert.Equal(code, finding.Code);
        Assert.Equal(severity, finding.Severity);
        Assert.Equal(entity, finding.Entity);
        Assert.Equal(field, finding.Field);
    }

    public static T Arg<T>(Finding finding, string name)
    {
        Assert.True(finding.Arguments.TryGetValue(name, out var value), $"The finding has no argument '{name}': {finding}");
        return Assert.IsType<T>(value);
    }

    /// <summary>Asserts the Vietnamese and English messages contain the given texts.</summary>
    public static void Says(Finding finding, string vietnamese, string english)
    {
        Assert.Contains(vietnamese, finding.Message.Vietnamese, StringComparison.Ordinal);
        Assert.Contains(english, finding.Message.English, StringComparison.Ordinal);
    }
}
