using System.Collections.Immutable;
using System.Text;
using DomainKit.Commendations;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Text;
using DomainKit.Units;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DomainKit.Tests.Interchange;

/// <summary>
/// Generated datasets for the interchange formats' properties: every kind of item, bad data (null names, default ids,
/// references to nothing, negative amounts, extreme dates and numbers), classifiers of the apps' own, nulls and
/// absent values, hostile text.
/// </summary>
internal sealed class DatasetGenerators
{
    private readonly bool wellFormedText;
    private readonly bool requiredValues;
    private readonly bool tabular;

    /// <param name="wellFormedText">No lone UTF-16 surrogate, which a format writes as U+FFFD.</param>
    /// <param name="requiredValues">
    /// No null where the model requires a value (a name, an item of a list, a pledger, a target, goods, a loan id) and
    /// no default id, period, name or list: a format without a null reads such an empty cell back as a problem.
    /// </param>
    /// <param name="tabular">
    /// Fits rows of cells: ids of units and models unique so that child rows have one parent, fields under built-in
    /// parents since a parent is written as its code only, and more text hostile to delimited files (delimiters, line
    /// breaks, spaces around).
    /// </param>
    private DatasetGenerators(bool wellFormedText, bool requiredValues = false, bool tabular = false)
        => (this.wellFormedText, this.requiredValues, this.tabular) = (wellFormedText, requiredValues, tabular);

    /// <summary>Datasets of any text, a lone UTF-16 surrogate included.</summary>
    public static DatasetGenerators Any { get; } = new(wellFormedText: false);

    /// <summary>Datasets whose text is all Unicode, so that a format writes it and reads it back unchanged.</summary>
    public static DatasetGenerators WellFormed { get; } = new(wellFormedText: true);

    /// <summary>
    /// Datasets that a CSV bundle holds as they are: well-formed text, every required value present, unique parent
    /// ids. Hostile text stays: quotes, delimiters, line breaks, spaces around, emoji, NFD.
    /// </summary>
    public static DatasetGenerators Tabular { get; } = new(wellFormedText: true, requiredValues: true, tabular: true);

    private static readonly LocalDate Near = new(2019, 1, 1);

    private Gen<LocalDate> Dates => Gen.Frequency(
        (12, Gen.Choose(0, 8 * 366).Select(days => Near.PlusDays(days))),
        (1, Gen.Elements(new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31), new LocalDate(0, 6, 1), new LocalDate(-9998, 1, 1))));

    // Fund entries are kept as day numbers from 1 January of year 1, so they cannot be dated earlier.
    private Gen<LocalDate> EntryDates => Dates.Where(d => d.Year >= 1);

    private Gen<LocalDate?> OptionalDates => Gen.Frequency((3, Dates.Select(d => (LocalDate?)d)), (1, Gen.Constant((LocalDate?)null)));

    private Gen<ReportingPeriod> Periods => Gen.OneOf(
        Gen.Choose(2019, 2026).Select(ReportingPeriod.Year),
        Gen.Choose(2019, 2026).SelectMany(y => Gen.Choose(1, 4).Select(q => ReportingPeriod.Quarter(y, q))),
        Gen.Choose(2019, 2026).SelectMany(y => Gen.Choose(1, 2).Select(h => ReportingPeriod.HalfYear(y, h))),
        Gen.Choose(2019, 2026).SelectMany(y => Gen.Choose(1, 12).Select(m => ReportingPeriod.Month(y, m))),
        Gen.Choose(2019, 2026).SelectMany(y => Gen.Choose(1, 12).Select(m => ReportingPeriod.CampaignYear(y, m))),
        Gen.Choose(0, 3000).Select(d => ReportingPeriod.YearToDate(Near.PlusDays(d))),
        Gen.Elements(requiredValues ? ExtremePeriods : [.. ExtremePeriods, default]),
        Gen.Choose(0, 3000).SelectMany(a => Gen.Choose(0, 400).Select(n => ReportingPeriod.Range(Near.PlusDays(a), Near.PlusDays(a + n)))));

    private static readonly ReportingPeriod[] ExtremePeriods =
        [ReportingPeriod.Year(1), ReportingPeriod.Year(9999), ReportingPeriod.Term(2021, 2025), ReportingPeriod.Term(1, 9999)];

    private Gen<ReportingPeriod?> OptionalPeriods => Gen.Frequency((1, Periods.Select(p => (ReportingPeriod?)p)), (2, Gen.Constant((ReportingPeriod?)null)));

    private Gen<Dong> Amounts => Gen.Frequency(
        (6, Gen.Choose(-1_000, 20_000).Select(n => new Dong(n * 1_000L))),
        (1, Gen.Elements(0L, -1L, long.MaxValue, long.MinValue).Select(v => new Dong(v))));

    private Gen<Dong?> OptionalAmounts => Gen.Frequency((1, Amounts.Select(a => (Dong?)a)), (2, Gen.Constant((Dong?)null)));

    private Gen<int?> Counts => Gen.Frequency(
        (6, Gen.Choose(-3, 120).Select(n => (int?)n)),
        (2, Gen.Constant((int?)null)),
        (1, Gen.Elements<int?>(int.MaxValue, int.MinValue)));

    private Gen<decimal> Quantities => Gen.Elements(0m, 1m, -1m, 2_500m, 0.5m, 1.250m, decimal.MaxValue, decimal.MinValue);

    // A lone surrogate is not Unicode: the writer writes it as U+FFFD, so it cannot come back as it was.
    private Gen<string> Texts => Gen.Elements(wellFormedText ? WellFormedTexts : [.. WellFormedTexts, "a\uDC00b"]);

    private string[] WellFormedTexts => [.. requiredValues ? SomeTexts.Where(t => t is not null) : SomeTexts, .. tabular ? DelimiterHostileTexts : []];

    private static readonly string[] SomeTexts =
    [
        "Xã Bình Đức", "Ấp Tân Phong", "", " ", null!, "x", "<script>alert(1)</script>", "=HYPERLINK(\"x\")", "a\"b\\c\n\t\u0001", "😀",
        "Nguyễn Thị Ánh".Normalize(NormalizationForm.FormD),
    ];

    private static readonly string[] DelimiterHostileTexts = [" lead", "trail\t", "a;b,c", "line\r\nbreak", "\r"];

    private Gen<string?> OptionalTexts => Gen.Frequency((1, Texts.Where(t => t is not null).Select(t => (string?)t)), (1, Gen.Constant((string?)null)));

    private Gen<string> Ids(params string[] pool) => Gen.Frequency((8, Gen.Elements(pool)), (1, Gen.Constant("khong-co")));

    private Gen<UnitId> UnitIds => OrDefault(12, (tabular ? Ids("u1", "u2", "Ấp 3", " u4") : Ids("u1", "u2", "Ấp 3")).Select(id => (UnitId)id));

    private Gen<UnitId?> OptionalUnitIds => Gen.Frequency((2, UnitIds.Select(id => (UnitId?)id)), (1, Gen.Constant((UnitId?)null)));

    private Gen<ModelId> ModelIds => OrDefault(12, (tabular ? Ids("m1", "m2", "m;3") : Ids("m1", "m2")).Select(id => (ModelId)id));

    private Gen<ModelId?> OptionalModelIds => Gen.Frequency((2, ModelIds.Select(id => (ModelId?)id)), (1, Gen.Constant((ModelId?)null)));

    private Gen<FundId> FundIds => OrDefault(12, Ids("f1", "f2").Select(id => (FundId)id));

    private Gen<LocalizedText> Names => OrDefault(6, from vi in Texts.Where(t => t is not null) from en in Texts.Where(t => t is not null) select new LocalizedText(vi, en));

    private Gen<string> Codes => Gen.Elements("custom", "province", "economy", "giay-khen", "Mã riêng", "x y");

    private Gen<T> Classifiers<T>(IReadOnlyList<T> builtIn, Func<string, LocalizedText, T> create)
        where T : Classifier
        => Gen.Frequency((4, Gen.Elements(builtIn.ToArray())), (1, Codes.SelectMany(code => Names.Select(name => create(code, name)))));

    // A bundle writes a field's parent as its code, so an app's field as parent would come back without its names.
    private Gen<ModelField> Fields => Gen.Frequency(
        (4, Gen.Elements(ModelField.DanVanKheo.ToArray())),
        (1, from code in Codes from name in Names
            from parent in Gen.Elements<ModelField?>(ModelField.Economy, null, tabular ? ModelField.PoliticalSystem : new ModelField("nong-nghiep", new("Nông nghiệp", "Agriculture"), ModelField.Economy))
            select new ModelField(code, name, parent)));

    private static Gen<T[]> Few<T>(Gen<T> item, int most) => Gen.Choose(0, most).SelectMany(n => Gen.ArrayOf(item, n));

    private Gen<ImmutableArray<T>> Arrays<T>(Gen<T> item, int most) => OrDefault(8, Few(item, most).Select(items => items.ToImmutableArray()));

    private static Gen<T?> OrNull<T>(Gen<T> item, int nullWeight = 1) where T : class
        => Gen.Frequency((6, item.Select(x => (T?)x)), (nullWeight, Gen.Constant((T?)null)));

    // A value the model requires, null as bad data unless values are required.
    private Gen<T?> RequiredOrNull<T>(Gen<T> item) where T : class => requiredValues ? item.Select(x => (T?)x) : OrNull(item);

    private Gen<T> OrDefault<T>(int weight, Gen<T> item) where T : struct
        => requiredValues ? item : Gen.Frequency((weight, item), (1, Gen.Constant(default(T))));

    private Gen<T[]> OnePerId<T, TId>(Gen<T[]> items, Func<T, TId> id) => tabular ? items.Select(xs => xs.DistinctBy(id).ToArray()) : items;

    private Gen<Unit> UnitGen =>
        from id in UnitIds
        from name in Texts
        from kind in RequiredOrNull(Classifiers(UnitKind.BuiltIn, (c, n) => new UnitKind(c, n)))
        from parent in OptionalUnitIds
        from territory in OptionalUnitIds
        from validFrom in OptionalDates
        from validTo in OptionalDates
        from successors in Arrays(UnitIds, 2)
        from counts in Arrays(RequiredOrNull(
            from asOf in Dates from members in Counts from party in Counts from exempt in Counts from away in Counts
            select new HeadCount(asOf) { Members = members, PartyMembers = party, Exempt = exempt, Away = away }), 2)
        from parentChanges in Arrays(from day in Dates from target in OptionalUnitIds select new UnitLink(day, target), 2)
        from territoryChanges in Arrays(from day in Dates from target in OptionalUnitIds select new UnitLink(day, target), 1)
        from primary in OptionalUnitIds
        select new Unit
        {
            Id = id, Name = name, Kind = kind!, ParentId = parent, TerritoryId = territory, ValidFrom = validFrom, ValidTo = validTo, Successors = successors,
            HeadCounts = counts!, ParentChanges = parentChanges, TerritoryChanges = territoryChanges, PrimarySuccessorId = primary,
        };

    private Gen<EmulationModel> ModelGen =>
        from id in ModelIds
        from name in Texts
        from owner in UnitIds
        from kind in RequiredOrNull(Classifiers(ModelKind.BuiltIn, (c, n) => new ModelKind(c, n)))
        from modelField in OrNull(Fields, 2)
        from movement in OrNull(Classifiers(Movement.BuiltIn, (c, n) => new Movement(c, n)), 2)
        from theme in OptionalTexts
        from period in OptionalPeriods
        from lifecycle in Arrays(RequiredOrNull(
            from stage in Gen.Elements(Enum.GetValues<LifecycleStage>()) from date in Dates from note in OptionalTexts
            select new LifecycleEvent(stage, date) { Note = note }), 4)
        from origin in OptionalModelIds
        from exemplary in Gen.Elements(true, false)
        from committed in OptionalUnitIds
        from outcomes in Arrays(RequiredOrNull(
            from name in Texts from quantity in Gen.Frequency((3, Quantities.Select(q => (decimal?)q)), (1, Gen.Constant((decimal?)null)))
            from unit in Texts from date in Dates from money in OptionalAmounts
            select new OutcomeIndicator(name, quantity, unit, date) { MoneyValue = money }), 2)
        select new EmulationModel
        {
            Id = id, Name = name, OwnerId = owner, Kind = kind!, Field = modelField, Movement = movement, Theme = theme, Period = period,
            Lifecycle = lifecycle!, OriginId = origin, IsExemplary = exemplary, CommittedToId = committed, Outcomes = outcomes!,
        };

    private Gen<PledgeTarget?> Targets => Gen.OneOf(
        ModelIds.Select(id => (PledgeTarget?)PledgeTarget.ForModel(id)),
        Texts.Select(t => (PledgeTarget?)PledgeTarget.ForCriteria(t)),
        Texts.Select(t => (PledgeTarget?)PledgeTarget.ForBeneficiary(t)),
        Counts.SelectMany(poor => Counts.Select(near => (PledgeTarget?)PledgeTarget.ForHouseholds(poor, near))),
        Gen.Constant(requiredValues ? PledgeTarget.ForHouseholds(null, null) : (PledgeTarget?)null));

    private Gen<Pledge> PledgeGen =>
        from id in OrDefault(12, Ids("p1", "p2").Select(id => (PledgeId)id))
        from pledger in RequiredOrNull(
            from unit in UnitIds from kind in Gen.Elements(PledgerKind.Individual, PledgerKind.Collective)
            from person in OptionalTexts from name in OptionalTexts
            select new Pledger(kind, unit) { PersonId = person, PersonName = name })
        from target in Targets
        from period in Periods
        from registered in OptionalDates
        from schedule in OrNull(
            from amount in Amounts from frequency in Gen.Elements(Enum.GetValues<ScheduleFrequency>()) from start in Dates
            from max in OptionalAmounts from end in OptionalDates
            select new MoneySchedule(amount, frequency, start) { MaximumAmount = max, End = end }, 3)
        from evaluation in OrNull(
            from day in Dates
            from rating in Gen.Elements<PerformanceRating?>(null, PerformanceRating.CompletedExcellently, PerformanceRating.CompletedWell, PerformanceRating.Completed, PerformanceRating.NotCompleted)
            from score in Gen.Elements<int?>(null, -1, 0, 50, 100, 101)
            select new PledgeEvaluation(day, rating) { Score = score }, 3)
        from cancelled in OptionalDates
        from note in OptionalTexts
        select new Pledge { Id = id, Pledger = pledger!, Target = target!, Period = period, RegisteredOn = registered, Schedule = schedule, Evaluation = evaluation, CancelledOn = cancelled, Note = note };

    private Gen<PledgePayment> PaymentGen =>
        from pledge in OrDefault(6, Ids("p1", "p2").Select(id => (PledgeId)id))
        from date in Dates
        from amount in Amounts
        from reference in OptionalTexts
        select new PledgePayment(pledge, date, amount) { Reference = reference };

    private Gen<Fund> FundGen =>
        from id in FundIds
        from name in Texts
        from owner in UnitIds
        from purpose in OptionalTexts
        from model in OptionalModelIds
        from inception in OptionalDates
        select new Fund { Id = id, Name = name, OwnerId = owner, Purpose = purpose, ModelId = model, InceptionDate = inception };

    private Gen<Beneficiaries?> BeneficiaryGen => OrNull(
        from occurrences in Counts from distinct in Counts from kind in Gen.Elements(Enum.GetValues<BeneficiaryKind>()) from description in OptionalTexts
        select new Beneficiaries(occurrences, distinct) { Kind = kind, Description = description });

    private Gen<FundEntry> EntryGen =>
        from fund in FundIds
        from date in EntryDates
        from amount in Amounts
        from loan in Gen.Elements("l1", "l2", "", requiredValues ? " " : null!)
        from goods in RequiredOrNull(from name in Texts from quantity in Quantities from unit in Texts select new Goods(name, quantity, unit))
        from valuation in OrNull(from value in Amounts from day in Dates select new Valuation(value, day), 3)
        from beneficiaries in BeneficiaryGen
        from purpose in OrNull(Classifiers(DisbursementPurpose.BuiltIn, (c, n) => new DisbursementPurpose(c, n)), 2)
        from term in Counts
        from text in OptionalTexts
        from at in Gen.Elements(BalanceTime.StartOfDay, BalanceTime.EndOfDay)
        from covers in OptionalPeriods
        from reference in OptionalTexts
        from note in OptionalTexts
        from kind in Gen.Choose(0, 7)
        select (kind switch
        {
            0 => new OpeningBalance(fund, date, amount),
            1 => new Contribution(fund, date, amount) { Contributor = text },
            2 => new Disbursement(fund, date, amount) { Purpose = purpose, Beneficiaries = beneficiaries },
            3 => new LoanDisbursement(fund, date, amount, loan) { Borrower = text, TermMonths = term, Purpose = purpose, Beneficiaries = beneficiaries },
            4 => new LoanRepayment(fund, date, amount, loan),
            5 => new InKindReceipt(fund, date, goods!) { Valuation = valuation },
            6 => new InKindDistribution(fund, date, goods!) { Valuation = valuation, Beneficiaries = beneficiaries },
            _ => (FundEntry)new BalanceAssertion(fund, date, amount, at),
        }) with { Covers = covers, Reference = reference, Note = note };

    private Gen<Commendation> CommendationGen =>
        from id in OrDefault(12, Ids("c1", "c2").Select(id => (CommendationId)id))
        from recipient in RequiredOrNull(
            from kind in Gen.Elements(Enum.GetValues<RecipientKind>()) from unit in UnitIds from name in OptionalTexts
            select new Recipient(kind, unit) { Name = name })
        from title in OrNull(Gen.Frequency(
            (4, Gen.Elements(EmulationTitle.BuiltIn.ToArray())),
            (1, from code in Codes from name in Names from recipients in Gen.Elements(Enum.GetValues<RecipientKind>()) select new EmulationTitle(code, name, recipients))), 2)
        from form in OrNull(Classifiers(AwardForm.BuiltIn, (c, n) => new AwardForm(c, n)), 2)
        from level in Gen.Elements(Enum.GetValues<AuthorityLevel>())
        from body in OptionalTexts
        from awardedBy in OptionalUnitIds
        from date in Dates
        from period in OptionalPeriods
        from decision in OptionalTexts
        from model in OptionalModelIds
        from movement in OrNull(Classifiers(Movement.BuiltIn, (c, n) => new Movement(c, n)), 2)
        select new Commendation
        {
            Id = id, Recipient = recipient!, Title = title, Form = form, Level = level, AwardingBody = body, AwardedById = awardedBy,
            Date = date, Period = period, DecisionNumber = decision, ModelId = model, Movement = movement,
        };

    /// <summary>A generated dataset, printed item by item when the property fails.</summary>
    public sealed record Case(
        Unit[] Units, EmulationModel[] Models, Pledge[] Pledges, PledgePayment[] Payments, Fund[] Funds, FundEntry[] Entries, Commendation[] Commendations)
    {
        public Dataset Build() => new DatasetBuilder()
            .Add(Units).Add(Models).Add(Pledges).Add(Payments).Add(Funds).Add(Entries).Add(Commendations).Build();

        public override string ToString() => string.Join("\n", new IEnumerable<object>[] { Units, Models, Pledges, Payments, Funds, Entries, Commendations }
            .SelectMany(items => items).Select(item => item.ToString()));
    }

    public Gen<Case> Cases =>
        from units in OnePerId(Few(UnitGen, 4), u => u.Id)
        from models in OnePerId(Few(ModelGen, 3), m => m.Id)
        from pledges in Few(PledgeGen, 3)
        from payments in Few(PaymentGen, 3)
        from funds in Few(FundGen, 2)
        from entries in Few(EntryGen, 8)
        from commendations in Few(CommendationGen, 2)
        select new Case(units, models, pledges, payments, funds, entries, commendations);
}
