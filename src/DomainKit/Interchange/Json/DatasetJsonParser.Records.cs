using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using DomainKit.Commendations;
using DomainKit.Funds;
using DomainKit.Interchange.Schema;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Text;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Interchange.Json;

// The records of each section, property by property as docs/format.md lists them. Each reader is at the record's
// StartObject, leaves the reader at its EndObject, and returns null when the record is rejected.
internal sealed partial class DatasetJsonParser
{
    private const string None = "";

    // ----- Units -----

    private static readonly byte[][] UnitNames = DatasetSchema.Unit.Schema.JsonNames;

    private Unit? ReadUnit(ref Utf8JsonReader r)
    {
        var start = (int)r.TokenStartIndex;
        ulong seen = 0;
        UnitId id = default;
        string? name = null;
        UnitKind? kind = null;
        UnitId? parent = null, territory = null;
        LocalDate? validFrom = null, validTo = null;
        UnitId? primarySuccessor = null;
        var successors = ImmutableArray<UnitId>.Empty;
        var headCounts = ImmutableArray<HeadCount>.Empty;
        var parentChanges = ImmutableArray<UnitLink>.Empty;
        var territoryChanges = ImmutableArray<UnitLink>.Empty;
        while (true)
        {
            var p = Next(ref r, UnitNames, ref seen, None, out var end);
            if (end)
            {
                break;
            }
            switch (p)
            {
                case DatasetSchema.Unit.Id: id = Id(ref r, None, "id", static s => new UnitId(s)); break;
                case DatasetSchema.Unit.Name: name = Text(ref r, None, "name"); break;
                case DatasetSchema.Unit.Kind: kind = Classifier(ref r, None, "kind", UnitKind.BuiltIn, static (c, n) => new UnitKind(c, n)); break;
                case DatasetSchema.Unit.ParentId: parent = Id(ref r, None, "parentId", static s => new UnitId(s)); break;
                case DatasetSchema.Unit.TerritoryId: territory = Id(ref r, None, "territoryId", static s => new UnitId(s)); break;
                case DatasetSchema.Unit.ValidFrom: validFrom = OptionalDate(ref r, None, "validFrom"); break;
                case DatasetSchema.Unit.ValidTo: validTo = OptionalDate(ref r, None, "validTo"); break;
                case DatasetSchema.Unit.Successors: successors = Array(ref r, None, "successors", (ref Utf8JsonReader x, string prefix) => Id(ref x, prefix, None, static s => new UnitId(s))); break;
                case DatasetSchema.Unit.HeadCounts: headCounts = Array(ref r, None, "headCounts", ReadHeadCount); break;
                case DatasetSchema.Unit.ParentChanges: parentChanges = Array(ref r, None, "parentChanges", (ref Utf8JsonReader x, string prefix) => ReadUnitLink(ref x, prefix, ParentChangeNames)); break;
                case DatasetSchema.Unit.TerritoryChanges: territoryChanges = Array(ref r, None, "territoryChanges", (ref Utf8JsonReader x, string prefix) => ReadUnitLink(ref x, prefix, TerritoryChangeNames)); break;
                case DatasetSchema.Unit.PrimarySuccessorId: primarySuccessor = Id(ref r, None, "primarySuccessorId", static s => new UnitId(s)); break;
            }
        }
        Require(seen, DatasetSchema.Unit.Schema.RequiredMask, UnitNames, None, start);
        return rejected ? null : new Unit
        {
            Id = id, Name = name!, Kind = kind!, ParentId = parent, TerritoryId = territory, ValidFrom = validFrom, ValidTo = validTo,
            Successors = successors, HeadCounts = headCounts, ParentChanges = parentChanges, TerritoryChanges = territoryChanges,
            PrimarySuccessorId = primarySuccessor,
        };
    }

    private static readonly byte[][] ParentChangeNames = DatasetSchema.UnitLink.ParentChange.JsonNames;
    private static readonly byte[][] TerritoryChangeNames = DatasetSchema.UnitLink.TerritoryChange.JsonNames;

    // A dated link has no "nothing" to stand for: a null in the list cannot say from when or to where, so it rejects the
    // unit. A link without its target makes the unit a root from that day; a null target is an empty id, as for parentId.
    private UnitLink ReadUnitLink(ref Utf8JsonReader r, string prefix, byte[][] names)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            Invalid(ref r, prefix, None, Expected.Object);
            return default;
        }
        var start = (int)r.TokenStartIndex;
        ulong seen = 0;
        LocalDate from = default;
        UnitId? target = null;
        while (true)
        {
            var p = Next(ref r, names, ref seen, prefix, out var end);
            if (end)
            {
                break;
            }
            switch (p)
            {
                case DatasetSchema.UnitLink.From: from = Date(ref r, prefix, "from"); break;
                case DatasetSchema.UnitLink.Target: target = Id(ref r, prefix, System.Text.Encoding.UTF8.GetString(names[1]), static s => new UnitId(s)); break;
            }
        }
        Require(seen, DatasetSchema.UnitLink.ParentChange.RequiredMask, names, prefix, start);
        return new UnitLink(from, target);
    }

    private static readonly byte[][] HeadCountNames = DatasetSchema.HeadCount.Schema.JsonNames;

    private HeadCount? ReadHeadCount(ref Utf8JsonReader r, string prefix)
    {
        if (!StartObject(ref r, prefix))
        {
            return null;
        }
        var start = (int)r.TokenStartIndex;
        ulong seen = 0;
        LocalDate asOf = default;
        int? members = null, party = null, exempt = null, away = null;
        while (true)
        {
            var p = Next(ref r, HeadCountNames, ref seen, prefix, out var end);
            if (end)
            {
                break;
            }
            switch (p)
            {
                case DatasetSchema.HeadCount.AsOf: asOf = Date(ref r, prefix, "asOf"); break;
                case DatasetSchema.HeadCount.Members: members = Count(ref r, prefix, "members"); break;
                case DatasetSchema.HeadCount.PartyMembers: party = Count(ref r, prefix, "partyMembers"); break;
                case DatasetSchema.HeadCount.Exempt: exempt = Count(ref r, prefix, "exempt"); break;
                case DatasetSchema.HeadCount.Away: away = Count(ref r, prefix, "away"); break;
            }
        }
        Require(seen, DatasetSchema.HeadCount.Schema.RequiredMask, HeadCountNames, prefix, start);
        return new HeadCount(asOf) { Members = members, PartyMembers = party, Exempt = exempt, Away = away };
    }

    // ----- Models -----

    private static readonly byte[][] ModelNames = DatasetSchema.Model.Schema.JsonNames;

    private EmulationModel? ReadModel(ref Utf8JsonReader r)
    {
        var start = (int)r.TokenStartIndex;
        ulong seen = 0;
        ModelId id = default;
        string? name = null, theme = null;
        UnitId owner = default;
        UnitId? committedTo = null;
        ModelKind? kind = null;
        ModelField? field = null;
        Movement? movement = null;
        ReportingPeriod? period = null;
        ModelId? origin = null;
        var exemplary = false;
        var lifecycle = ImmutableArray<LifecycleEvent>.Empty;
        var outcomes = ImmutableArray<OutcomeIndicator>.Empty;
        while (true)
        {
            var p = Next(ref r, ModelNames, ref seen, None, out var end);
            if (end)
            {
                break;
            }
            switch (p)
            {
                case DatasetSchema.Model.Id: id = Id(ref r, None, "id", static s => new ModelId(s)); break;
                case DatasetSchema.Model.Name: name = Text(ref r, None, "name"); break;
                case DatasetSchema.Model.OwnerId: owner = Id(ref r, None, "ownerId", static s => new UnitId(s)); break;
                case DatasetSchema.Model.Kind: kind = Classifier(ref r, None, "kind", ModelKind.BuiltIn, static (c, n) => new ModelKind(c, n)); break;
                case DatasetSchema.Model.Field: field = Field(ref r, None, "field"); break;
                case DatasetSchema.Model.Movement: movement = Classifier(ref r, None, "movement", Movement.BuiltIn, static (c, n) => new Movement(c, n)); break;
                case DatasetSchema.Model.Theme: theme = Text(ref r, None, "theme"); break;
                case DatasetSchema.Model.Period: period = Period(ref r, None, "period"); break;
                case DatasetSchema.Model.Lifecycle: lifecycle = Array(ref r, None, "lifecycle", ReadLifecycleEvent); break;
                case DatasetSchema.Model.OriginId: origin = Id(ref r, None, "originId", static s => new ModelId(s)); break;
                case DatasetSchema.Model.IsExemplary: exemplary = Boolean(ref r, None, "isExemplary"); break;
                case DatasetSchema.Model.CommittedToId: committedTo = Id(ref r, None, "committedToId", static s => new UnitId(s)); break;
                case DatasetSchema.Model.Outcomes: outcomes = Array(ref r, None, "outcomes", ReadOutcome); break;
            }
        }
        Require(seen, DatasetSchema.Model.Schema.RequiredMask, ModelNames, None, start);
        return rejected ? null : new EmulationModel
        {
            Id = id, Name = name!, OwnerId = owner, Kind = kind!, Field = field, Movement = movement, Theme = theme, Period = period,
            Lifecycle = lifecycle, OriginId = origin, IsExemplary = exemplary, CommittedToId = committedTo, Outcomes = outcomes,
        };
    }

    private static readonly byte[][] LifecycleNames = DatasetSchema.LifecycleEvent.Schema.JsonNames;

    private LifecycleEvent? ReadLifecycleEvent(ref Utf8JsonReader r, string prefix)
    {
        if (!StartObject(ref r, prefix))
        {
            return null;
        }
        var start = (int)r.TokenStartIndex;
        ulong seen = 0;
        LifecycleStage stage = default;
        LocalDate date = default;
        string? note = null;
        while (true)
        {
            var p = Next(ref r, LifecycleNames, ref seen, prefix, out var end);
            if (end)
            {
                break;
            }
            switch (p)
            {
                case DatasetSchema.LifecycleEvent.Stage: stage = Code(ref r, prefix, "stage", InterchangeCodes.Stages); break;
                case DatasetSchema.LifecycleEvent.Date: date = Date(ref r, prefix, "date"); break;
                case DatasetSchema.LifecycleEvent.Note: note = Text(ref r, prefix, "note"); break;
            }
        }
        Require(seen, DatasetSchema.LifecycleEvent.Schema.RequiredMask, LifecycleNames, prefix, start);
        return pool.Event(stage, date, note);
    }

    private static readonly byte[][] OutcomeNames = DatasetSchema.Outcome.Schema.JsonNames;

    private OutcomeIndicator? ReadOutcome(ref Utf8JsonReader r, string prefix)
    {
        if (!StartObject(ref r, prefix))
        {
            return null;
        }
        var start = (int)r.TokenStartIndex;
        ulong seen = 0;
        string? name = null, unit = null;
        decimal? quantity = null;
        LocalDate date = default;
        Dong? money = null;
        while (true)
        {
            var p = Next(ref r, OutcomeNames, ref seen, prefix, out var end);
            if (end)
            {
                break;
            }
            switch (p)
            {
                case DatasetSchema.Outcome.Name: name = Text(ref r, prefix, "name"); break;
                case DatasetSchema.Outcome.Quantity: quantity = r.TokenType == JsonTokenType.Null ? null : Quantity(ref r, prefix, "quantity"); break;
                case DatasetSchema.Outcome.UnitOfMeasure: unit = Text(ref r, prefix, "unitOfMeasure"); break;
                case DatasetSchema.Outcome.Date: date = Date(ref r, prefix, "date"); break;
                case DatasetSchema.Outcome.MoneyValue: money = OptionalMoney(ref r, prefix, "moneyValue"); break;
            }
        }
        Require(seen, DatasetSchema.Outcome.Schema.RequiredMask, OutcomeNames, prefix, start);
        return new OutcomeIndicator(name!, quantity, unit!, date) { MoneyValue = money };
    }

    // ----- Pledges and payments -----

    private static readonly byte[][] PledgeNames = DatasetSchema.Pledge.Schema.JsonNames;

    private Pledge? ReadPledge(ref Utf8JsonReader r)
    {
        var start = (int)r.TokenStartIndex;
        ulong seen = 0;
        PledgeId id = default;
        Pledger? pledger = null;
        PledgeTarget? target = null;
        ReportingPeriod period = default;
        LocalDate? registered = null, cancelled = null;
        MoneySchedule? schedule = null;
        PledgeEvaluation? evaluation = null;
        string? note = null;
        while (true)
        {
            var p = Next(ref r, PledgeNames, ref seen, None, out var end);
            if (end)
            {
                break;
            }
            switch (p)
            {
                case DatasetSchema.Pledge.Id: id = Id(ref r, None, "id", static s => new PledgeId(s), pooled: false); break;
                case DatasetSchema.Pledge.Pledger: pledger = ReadPledger(ref r, "pledger."); break;
                case DatasetSchema.Pledge.Target: target = ReadTarget(ref r, "target."); break;
                case DatasetSchema.Pledge.Period: period = Period(ref r, None, "period"); break;
                case DatasetSchema.Pledge.RegisteredOn: registered = OptionalDate(ref r, None, "registeredOn"); break;
                case DatasetSchema.Pledge.Schedule: schedule = ReadSchedule(ref r, "schedule."); break;
                case DatasetSchema.Pledge.Evaluation: evaluation = ReadEvaluation(ref r, "evaluation."); break;
                case DatasetSchema.Pledge.CancelledOn: cancelled = OptionalDate(ref r, None, "cancelledOn"); break;
                case DatasetSchema.Pledge.Note: note = Text(ref r, None, "note"); break;
            }
        }
        Require(seen, DatasetSchema.Pledge.Schema.RequiredMask, PledgeNames, None, start);
        return rejected ? null : new Pledge
        {
            Id = id, Pledger = pledger!, Target = target!, Period = period, RegisteredOn = registered, Schedule = schedule,
            Evaluation = evaluation, CancelledOn = cancelled, Note = note,
        };
    }

    private static readonly byte[][] PledgerNames = DatasetSchema.Pledger.Schema.JsonNames;

    private Pledger? ReadPledger(ref Utf8JsonReader r, string prefix)
    {
        if (!StartObject(ref r, prefix))
        {
            return null;
        }
        var start = (int)r.TokenStartIndex;
        ulong seen = 0;
        PledgerKind kind = default;
        UnitId unit = default;
        string? personId = null, personName = null;
        while (true)
        {
            var p = Next(ref r, PledgerNames, ref seen, prefix, out var end);
            if (end)
            {
                break;
            }
            switch (p)
            {
                case DatasetSchema.Pledger.Kind: kind = Code(ref r, prefix, "kind", InterchangeCodes.PledgerKinds); break;
                case DatasetSchema.Pledger.UnitId: unit = Id(ref r, prefix, "unitId", static s => new UnitId(s)); break;
                case DatasetSchema.Pledger.PersonId: personId = Text(ref r, prefix, "personId"); break;
                case DatasetSchema.Pledger.PersonName: personName = Text(ref r, prefix, "personName"); break;
            }
        }
        Require(seen, DatasetSchema.Pledger.Schema.RequiredMask, PledgerNames, prefix, start);
        return pool.Pledger(kind, unit, personId, personName);
    }

    private static readonly byte[][] TargetNames = DatasetSchema.Target.Schema.JsonNames;
    private static readonly string[] TargetKinds = DatasetSchema.Target.Codes;
    private static readonly LocalizedText TargetKindsExpected = Expected.OneOf(TargetKinds);

    private PledgeTarget? ReadTarget(ref Utf8JsonReader r, string prefix)
    {
        if (!StartObject(ref r, prefix))
        {
            return null;
        }
        var start = (int)r.TokenStartIndex;
        ulong seen = 0;
        var kind = -1;
        var kindAt = start;
        ModelId model = default;
        string? criteria = null, beneficiary = null;
        int? poor = null, nearPoor = null;
        while (true)
        {
            var p = Next(ref r, TargetNames, ref seen, prefix, out var end);
            if (end)
            {
                break;
            }
            switch (p)
            {
                case DatasetSchema.Target.Kind:
                    kindAt = (int)r.TokenStartIndex;
                    kind = r.TokenType == JsonTokenType.String ? System.Array.IndexOf(TargetKinds, r.GetString()) : -1;
                    if (kind < 0)
                    {
                        Invalid(ref r, prefix, "kind", TargetKindsExpected);
                    }
                    break;
                case DatasetSchema.Target.ModelId: model = Id(ref r, prefix, "modelId", static s => new ModelId(s)); break;
                case DatasetSchema.Target.CriteriaSet: criteria = Text(ref r, prefix, "criteriaSet"); break;
                case DatasetSchema.Target.Beneficiary: beneficiary = Text(ref r, prefix, "beneficiary"); break;
                case DatasetSchema.Target.PoorHouseholds: poor = Count(ref r, prefix, "poorHouseholds"); break;
                case DatasetSchema.Target.NearPoorHouseholds: nearPoor = Count(ref r, prefix, "nearPoorHouseholds"); break;
            }
        }
        Require(seen, DatasetSchema.Target.Schema.RequiredMask, TargetNames, prefix, start);
        if (kind < 0)
        {
            return null;
        }
        // Each kind has its own properties; those of another kind are not part of it.
        ulong own = kind switch
        {
            0 => RecordSchema.Mask(DatasetSchema.Target.ModelId),
            1 => RecordSchema.Mask(DatasetSchema.Target.CriteriaSet),
            2 => RecordSchema.Mask(DatasetSchema.Target.Beneficiary),
            _ => RecordSchema.Mask(DatasetSchema.Target.PoorHouseholds, DatasetSchema.Target.NearPoorHouseholds),
        };
        Require(seen, kind == 3 ? 0 : own, TargetNames, prefix, start);
        NotOfKind(seen & ~own & ~DatasetSchema.Target.Schema.RequiredMask, TargetNames, prefix, kindAt);
        return kind switch
        {
            0 => pool.ModelTarget(model),
            1 => PledgeTarget.ForCriteria(criteria!),
            2 => PledgeTarget.ForBeneficiary(beneficiary!),
            _ => PledgeTarget.ForHouseholds(poor, nearPoor),
        };
    }

    private static readonly byte[][] ScheduleNames = DatasetSchema.Schedule.Schema.JsonNames;

    private MoneySchedule? ReadSchedule(ref Utf8JsonReader r, string prefix)
    {
        if (r.TokenType == JsonTokenType.Null || !StartObject(ref r, prefix))
        {
            return null;
        }
        var start = (int)r.TokenStartIndex;
        ulong seen = 0;
        Dong amount = default;
        Dong? maximum = null;
        ScheduleFrequency frequency = default;
        LocalDate first = default;
        LocalDate? last = null;
        while (true)
        {
            var p = Next(ref r, ScheduleNames, ref seen, prefix, out var end);
            if (end)
            {
                break;
            }
            switch (p)
            {
                case DatasetSchema.Schedule.Amount: amount = Money(ref r, prefix, "amount"); break;
                case DatasetSchema.Schedule.Frequency: frequency = Code(ref r, prefix, "frequency", InterchangeCodes.Frequencies); break;
                case DatasetSchema.Schedule.Start: first = Date(ref r, prefix, "start"); break;
                case DatasetSchema.Schedule.MaximumAmount: maximum = OptionalMoney(ref r, prefix, "maximumAmount"); break;
                case DatasetSchema.Schedule.End: last = OptionalDate(ref r, prefix, "end"); break;
            }
        }
        Require(seen, DatasetSchema.Schedule.Schema.RequiredMask, ScheduleNames, prefix, start);
        return new MoneySchedule(amount, frequency, first) { MaximumAmount = maximum, End = last };
    }

    private static readonly byte[][] EvaluationNames = DatasetSchema.Evaluation.Schema.JsonNames;

    private PledgeEvaluation? ReadEvaluation(ref Utf8JsonReader r, string prefix)
    {
        if (r.TokenType == JsonTokenType.Null || !StartObject(ref r, prefix))
        {
            return null;
        }
        var start = (int)r.TokenStartIndex;
        ulong seen = 0;
        LocalDate on = default;
        PerformanceRating? rating = null;
        int? score = null;
        while (true)
        {
            var p = Next(ref r, EvaluationNames, ref seen, prefix, out var end);
            if (end)
            {
                break;
            }
            switch (p)
            {
                case DatasetSchema.Evaluation.EvaluatedOn: on = Date(ref r, prefix, "evaluatedOn"); break;
                case DatasetSchema.Evaluation.Rating: rating = r.TokenType == JsonTokenType.Null ? null : Code(ref r, prefix, "rating", InterchangeCodes.Ratings); break;
                case DatasetSchema.Evaluation.Score: score = Count(ref r, prefix, "score"); break;
            }
        }
        Require(seen, DatasetSchema.Evaluation.Schema.RequiredMask, EvaluationNames, prefix, start);
        return new PledgeEvaluation(on, rating) { Score = score };
    }

    private static readonly byte[][] PaymentNames = DatasetSchema.Payment.Schema.JsonNames;

    private PledgePayment? ReadPayment(ref Utf8JsonReader r)
    {
        var start = (int)r.TokenStartIndex;
        ulong seen = 0;
        PledgeId pledge = default;
        LocalDate date = default;
        Dong amount = default;
        string? reference = null;
        while (true)
        {
            var p = Next(ref r, PaymentNames, ref seen, None, out var end);
            if (end)
            {
                break;
            }
            switch (p)
            {
                case DatasetSchema.Payment.PledgeId: pledge = Id(ref r, None, "pledgeId", static s => new PledgeId(s)); break;
                case DatasetSchema.Payment.Date: date = Date(ref r, None, "date"); break;
                case DatasetSchema.Payment.Amount: amount = Money(ref r, None, "amount"); break;
                case DatasetSchema.Payment.Reference: reference = Text(ref r, None, "reference"); break;
            }
        }
        Require(seen, DatasetSchema.Payment.Schema.RequiredMask, PaymentNames, None, start);
        return rejected ? null : new PledgePayment(pledge, date, amount) { Reference = reference };
    }

    // ----- Funds and their entries -----

    private static readonly byte[][] FundNames = DatasetSchema.Fund.Schema.JsonNames;

    private Fund? ReadFund(ref Utf8JsonReader r)
    {
        var start = (int)r.TokenStartIndex;
        ulong seen = 0;
        FundId id = default;
        string? name = null, purpose = null;
        UnitId owner = default;
        ModelId? model = null;
        LocalDate? inception = null;
        while (true)
        {
            var p = Next(ref r, FundNames, ref seen, None, out var end);
            if (end)
            {
                break;
            }
            switch (p)
            {
                case DatasetSchema.Fund.Id: id = Id(ref r, None, "id", static s => new FundId(s)); break;
                case DatasetSchema.Fund.Name: name = Text(ref r, None, "name"); break;
                case DatasetSchema.Fund.OwnerId: owner = Id(ref r, None, "ownerId", static s => new UnitId(s)); break;
                case DatasetSchema.Fund.Purpose: purpose = Text(ref r, None, "purpose"); break;
                case DatasetSchema.Fund.ModelId: model = Id(ref r, None, "modelId", static s => new ModelId(s)); break;
                case DatasetSchema.Fund.InceptionDate: inception = OptionalDate(ref r, None, "inceptionDate"); break;
            }
        }
        Require(seen, DatasetSchema.Fund.Schema.RequiredMask, FundNames, None, start);
        return rejected ? null : new Fund { Id = id, Name = name!, OwnerId = owner, Purpose = purpose, ModelId = model, InceptionDate = inception };
    }

    private static readonly byte[][] EntryNames = DatasetSchema.FundEntry.Schema.JsonNames;

    private FundEntry? ReadFundEntry(ref Utf8JsonReader r)
    {
        var start = (int)r.TokenStartIndex;
        ulong seen = 0;
        FundEntryKind? kind = null;
        var kindAt = start;
        FundId fund = default;
        LocalDate date = default;
        ReportingPeriod? covers = null;
        string? reference = null, note = null, contributor = null, loanId = null, borrower = null;
        Dong amount = default, principal = default, stated = default;
        DisbursementPurpose? purpose = null;
        Beneficiaries? beneficiaries = null;
        int? term = null;
        Goods? goods = null;
        Valuation? valuation = null;
        BalanceTime at = default;
        while (true)
        {
            var p = Next(ref r, EntryNames, ref seen, None, out var end);
            if (end)
            {
                break;
            }
            switch (p)
            {
                case DatasetSchema.FundEntry.Kind:
                    kindAt = (int)r.TokenStartIndex;
                    kind = TryCode(ref r, None, "kind", InterchangeCodes.EntryKinds, out var parsed) ? parsed : null;
                    break;
                case DatasetSchema.FundEntry.FundId: fund = EntryFund(ref r); break;
                case DatasetSchema.FundEntry.Date: date = Date(ref r, None, "date"); break;
                case DatasetSchema.FundEntry.Covers: covers = Period(ref r, None, "covers"); break;
                case DatasetSchema.FundEntry.Reference: reference = Text(ref r, None, "reference"); break;
                case DatasetSchema.FundEntry.Note: note = Text(ref r, None, "note"); break;
                case DatasetSchema.FundEntry.Amount: amount = Money(ref r, None, "amount"); break;
                case DatasetSchema.FundEntry.Contributor: contributor = Text(ref r, None, "contributor"); break;
                case DatasetSchema.FundEntry.Purpose: purpose = Classifier(ref r, None, "purpose", DisbursementPurpose.BuiltIn, static (c, n) => new DisbursementPurpose(c, n)); break;
                case DatasetSchema.FundEntry.Beneficiaries: beneficiaries = ReadBeneficiaries(ref r, "beneficiaries."); break;
                case DatasetSchema.FundEntry.Principal: principal = Money(ref r, None, "principal"); break;
                case DatasetSchema.FundEntry.LoanId: loanId = Text(ref r, None, "loanId"); break;
                case DatasetSchema.FundEntry.Borrower: borrower = Text(ref r, None, "borrower"); break;
                case DatasetSchema.FundEntry.TermMonths: term = Count(ref r, None, "termMonths"); break;
                case DatasetSchema.FundEntry.Goods: goods = ReadGoods(ref r, "goods."); break;
                case DatasetSchema.FundEntry.Valuation: valuation = ReadValuation(ref r, "valuation."); break;
                case DatasetSchema.FundEntry.StatedBalance: stated = Money(ref r, None, "statedBalance"); break;
                case DatasetSchema.FundEntry.At: at = Code(ref r, None, "at", InterchangeCodes.BalanceTimes); break;
            }
        }
        Require(seen, DatasetSchema.FundEntry.Schema.RequiredMask, EntryNames, None, start);
        if (kind is not FundEntryKind k)
        {
            return null;
        }
        var (has, requires) = DatasetSchema.FundEntry.Kinds[(int)k];
        Require(seen, requires, EntryNames, None, start);
        NotOfKind(seen & ~has & ~DatasetSchema.FundEntry.Common, EntryNames, None, kindAt);
        if (rejected)
        {
            return null;
        }
        FundEntry entry = k switch
        {
            FundEntryKind.OpeningBalance => new OpeningBalance(fund, date, amount),
            FundEntryKind.Contribution => new Contribution(fund, date, amount) { Contributor = contributor },
            FundEntryKind.Disbursement => new Disbursement(fund, date, amount) { Purpose = purpose, Beneficiaries = beneficiaries },
            FundEntryKind.LoanDisbursement => new LoanDisbursement(fund, date, principal, loanId!)
            {
                Borrower = borrower, TermMonths = term, Purpose = purpose, Beneficiaries = beneficiaries,
            },
            FundEntryKind.LoanRepayment => new LoanRepayment(fund, date, amount, loanId!),
            FundEntryKind.InKindReceipt => new InKindReceipt(fund, date, goods!) { Valuation = valuation },
            FundEntryKind.InKindDistribution => new InKindDistribution(fund, date, goods!) { Valuation = valuation, Beneficiaries = beneficiaries },
            _ => new BalanceAssertion(fund, date, stated, at),
        };
        return covers is null && reference is null && note is null ? entry : entry with { Covers = covers, Reference = reference, Note = note };
    }

    // A ledger's entries come fund by fund, so the last fund's id is nearly always the next one's: kept, not made again.
    private byte[] lastFundBytes = [];
    private FundId lastFund;

    private FundId EntryFund(ref Utf8JsonReader r)
    {
        var plain = r.TokenType == JsonTokenType.String && !r.ValueIsEscaped;
        if (plain && !lastFund.IsEmpty && r.ValueSpan.SequenceEqual(lastFundBytes))
        {
            return lastFund;
        }
        var id = Id(ref r, None, "fundId", static s => new FundId(s));
        if (plain && !id.IsEmpty)
        {
            lastFundBytes = r.ValueSpan.ToArray();
            lastFund = id;
        }
        return id;
    }

    private static readonly byte[][] BeneficiaryNames = DatasetSchema.Beneficiaries.Schema.JsonNames;

    private Beneficiaries? ReadBeneficiaries(ref Utf8JsonReader r, string prefix)
    {
        if (r.TokenType == JsonTokenType.Null || !StartObject(ref r, prefix))
        {
            return null;
        }
        var start = (int)r.TokenStartIndex;
        ulong seen = 0;
        BeneficiaryKind kind = default;
        int? occurrences = null, distinct = null;
        string? description = null;
        while (true)
        {
            var p = Next(ref r, BeneficiaryNames, ref seen, prefix, out var end);
            if (end)
            {
                break;
            }
            switch (p)
            {
                case DatasetSchema.Beneficiaries.Kind: kind = Code(ref r, prefix, "kind", InterchangeCodes.BeneficiaryKinds); break;
                case DatasetSchema.Beneficiaries.Occurrences: occurrences = Count(ref r, prefix, "occurrences"); break;
                case DatasetSchema.Beneficiaries.Distinct: distinct = Count(ref r, prefix, "distinct"); break;
                case DatasetSchema.Beneficiaries.Description: description = Text(ref r, prefix, "description"); break;
            }
        }
        Require(seen, DatasetSchema.Beneficiaries.Schema.RequiredMask, BeneficiaryNames, prefix, start);
        return pool.Beneficiaries(occurrences, distinct, kind, description);
    }

    private static readonly byte[][] GoodsNames = DatasetSchema.Goods.Schema.JsonNames;

    private Goods? ReadGoods(ref Utf8JsonReader r, string prefix)
    {
        if (!StartObject(ref r, prefix))
        {
            return null;
        }
        var start = (int)r.TokenStartIndex;
        ulong seen = 0;
        string? name = null, unit = null;
        decimal quantity = default;
        while (true)
        {
            var p = Next(ref r, GoodsNames, ref seen, prefix, out var end);
            if (end)
            {
                break;
            }
            switch (p)
            {
                case DatasetSchema.Goods.Name: name = Text(ref r, prefix, "name"); break;
                case DatasetSchema.Goods.Quantity: quantity = Quantity(ref r, prefix, "quantity"); break;
                case DatasetSchema.Goods.UnitOfMeasure: unit = Text(ref r, prefix, "unitOfMeasure"); break;
            }
        }
        Require(seen, DatasetSchema.Goods.Schema.RequiredMask, GoodsNames, prefix, start);
        return name is null || unit is null ? new Goods(name!, quantity, unit!) : pool.Goods(name, quantity, unit);
    }

    private static readonly byte[][] ValuationNames = DatasetSchema.Valuation.Schema.JsonNames;

    private Valuation? ReadValuation(ref Utf8JsonReader r, string prefix)
    {
        if (r.TokenType == JsonTokenType.Null || !StartObject(ref r, prefix))
        {
            return null;
        }
        var start = (int)r.TokenStartIndex;
        ulong seen = 0;
        Dong value = default;
        LocalDate on = default;
        while (true)
        {
            var p = Next(ref r, ValuationNames, ref seen, prefix, out var end);
            if (end)
            {
                break;
            }
            switch (p)
            {
                case DatasetSchema.Valuation.Value: value = Money(ref r, prefix, "value"); break;
                case DatasetSchema.Valuation.ValuedOn: on = Date(ref r, prefix, "valuedOn"); break;
            }
        }
        Require(seen, DatasetSchema.Valuation.Schema.RequiredMask, ValuationNames, prefix, start);
        return pool.Valuation(value, on);
    }

    // ----- Commendations -----

    private static readonly byte[][] CommendationNames = DatasetSchema.Commendation.Schema.JsonNames;

    private Commendation? ReadCommendation(ref Utf8JsonReader r)
    {
        var start = (int)r.TokenStartIndex;
        ulong seen = 0;
        CommendationId id = default;
        Recipient? recipient = null;
        EmulationTitle? title = null;
        AwardForm? form = null;
        AuthorityLevel level = default;
        string? body = null, decision = null;
        UnitId? awardedBy = null;
        LocalDate date = default;
        ReportingPeriod? period = null;
        ModelId? model = null;
        Movement? movement = null;
        while (true)
        {
            var p = Next(ref r, CommendationNames, ref seen, None, out var end);
            if (end)
            {
                break;
            }
            switch (p)
            {
                case DatasetSchema.Commendation.Id: id = Id(ref r, None, "id", static s => new CommendationId(s), pooled: false); break;
                case DatasetSchema.Commendation.Recipient: recipient = ReadRecipient(ref r, "recipient."); break;
                case DatasetSchema.Commendation.Title: title = Title(ref r, None, "title"); break;
                case DatasetSchema.Commendation.Form: form = Classifier(ref r, None, "form", AwardForm.BuiltIn, static (c, n) => new AwardForm(c, n)); break;
                case DatasetSchema.Commendation.Level: level = Code(ref r, None, "level", InterchangeCodes.Levels); break;
                case DatasetSchema.Commendation.AwardingBody: body = Text(ref r, None, "awardingBody"); break;
                case DatasetSchema.Commendation.AwardedById: awardedBy = Id(ref r, None, "awardedById", static s => new UnitId(s)); break;
                case DatasetSchema.Commendation.Date: date = Date(ref r, None, "date"); break;
                case DatasetSchema.Commendation.Period: period = Period(ref r, None, "period"); break;
                case DatasetSchema.Commendation.DecisionNumber: decision = Text(ref r, None, "decisionNumber"); break;
                case DatasetSchema.Commendation.ModelId: model = Id(ref r, None, "modelId", static s => new ModelId(s)); break;
                case DatasetSchema.Commendation.Movement: movement = Classifier(ref r, None, "movement", Movement.BuiltIn, static (c, n) => new Movement(c, n)); break;
            }
        }
        Require(seen, DatasetSchema.Commendation.Schema.RequiredMask, CommendationNames, None, start);
        return rejected ? null : new Commendation
        {
            Id = id, Recipient = recipient!, Title = title, Form = form, Level = level, AwardingBody = body, AwardedById = awardedBy,
            Date = date, Period = period, DecisionNumber = decision, ModelId = model, Movement = movement,
        };
    }

    private static readonly byte[][] RecipientNames = DatasetSchema.Recipient.Schema.JsonNames;

    private Recipient? ReadRecipient(ref Utf8JsonReader r, string prefix)
    {
        if (!StartObject(ref r, prefix))
        {
            return null;
        }
        var start = (int)r.TokenStartIndex;
        ulong seen = 0;
        RecipientKind kind = default;
        UnitId unit = default;
        string? name = null;
        while (true)
        {
            var p = Next(ref r, RecipientNames, ref seen, prefix, out var end);
            if (end)
            {
                break;
            }
            switch (p)
            {
                case DatasetSchema.Recipient.Kind: kind = Code(ref r, prefix, "kind", InterchangeCodes.RecipientKinds); break;
                case DatasetSchema.Recipient.UnitId: unit = Id(ref r, prefix, "unitId", static s => new UnitId(s)); break;
                case DatasetSchema.Recipient.Name: name = Text(ref r, prefix, "name"); break;
            }
        }
        Require(seen, DatasetSchema.Recipient.Schema.RequiredMask, RecipientNames, prefix, start);
        return new Recipient(kind, unit) { Name = name };
    }

    // ----- Classifiers -----

    private static readonly byte[][] DefinitionNames = Names("code", "name", "parent", "recipients");
    private static readonly byte[][] NameNames = Names("vi", "en");

    private T? Classifier<T>(ref Utf8JsonReader r, string prefix, string field, IReadOnlyList<T> builtIn, Func<string, LocalizedText, T> create)
        where T : Classifier
    {
        var definition = Definition(ref r, prefix, field, builtIn, allowParent: false, allowRecipients: false);
        return definition is { } d ? (d.BuiltIn ?? create(d.Code, d.Name)) : null;
    }

    private EmulationTitle? Title(ref Utf8JsonReader r, string prefix, string field)
    {
        var definition = Definition(ref r, prefix, field, EmulationTitle.BuiltIn, allowParent: false, allowRecipients: true);
        return definition is { } d ? (d.BuiltIn ?? new EmulationTitle(d.Code, d.Name, d.Recipients)) : null;
    }

    private ModelField? Field(ref Utf8JsonReader r, string prefix, string field)
    {
        var definition = Definition(ref r, prefix, field, ModelField.DanVanKheo, allowParent: true, allowRecipients: false);
        return definition is { } d ? (d.BuiltIn ?? new ModelField(d.Code, d.Name, d.Parent)) : null;
    }

    private readonly record struct ClassifierDefinition<T>(string Code, LocalizedText Name, T? BuiltIn, ModelField? Parent, RecipientKind Recipients)
        where T : Classifier;

    /// <summary>
    /// A classifier as the format writes it: a code string (a built-in value, or an unknown code taken as a classifier
    /// named by its code) or an object with the code, the names and, for fields and titles, the parent and recipients.
    /// Null (and a value that cannot be read) gives nothing.
    /// </summary>
    private ClassifierDefinition<T>? Definition<T>(
        ref Utf8JsonReader r, string prefix, string field, IReadOnlyList<T> builtIn, bool allowParent, bool allowRecipients)
        where T : Classifier
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        if (r.TokenType == JsonTokenType.String)
        {
            var code = String(ref r);
            if (string.IsNullOrWhiteSpace(code))
            {
                Invalid(ref r, prefix, field, Expected.Classifier);
                return null;
            }
            for (var i = 0; i < builtIn.Count; i++)
            {
                if (string.Equals(builtIn[i].Code, code, StringComparison.Ordinal))
                {
                    return new(code, builtIn[i].Name, builtIn[i], null, default);
                }
            }
            return new(code, new LocalizedText(code, code), null, null, default);
        }
        if (r.TokenType != JsonTokenType.StartObject)
        {
            Invalid(ref r, prefix, field, Expected.Classifier);
            return null;
        }
        var start = (int)r.TokenStartIndex;
        var inner = prefix + field + ".";
        ulong seen = 0;
        string? definedCode = null;
        LocalizedText name = default;
        ModelField? parent = null;
        RecipientKind recipients = default;
        while (true)
        {
            var p = Next(ref r, DefinitionNames, ref seen, inner, out var end);
            if (end)
            {
                break;
            }
            switch (p)
            {
                case 0:
                    definedCode = r.TokenType == JsonTokenType.String ? String(ref r) : null;
                    if (string.IsNullOrWhiteSpace(definedCode))
                    {
                        Invalid(ref r, inner, "code", Expected.Code);
                    }
                    break;
                case 1: name = ReadNames(ref r, inner + "name."); break;
                case 2 when allowParent: parent = Field(ref r, inner, "parent"); break;
                case 3 when allowRecipients: recipients = Code(ref r, inner, "recipients", InterchangeCodes.RecipientKinds); break;
                case 2 or 3:
                    NotOfKind(1UL << p, DefinitionNames, inner, (int)r.TokenStartIndex);
                    r.TrySkip();
                    break;
            }
        }
        Require(seen, allowRecipients ? Mask(0, 1, 3) : Mask(0, 1), DefinitionNames, inner, start);
        return string.IsNullOrWhiteSpace(definedCode) ? null : new(definedCode, name, null, parent, recipients);
    }

    private LocalizedText ReadNames(ref Utf8JsonReader r, string prefix)
    {
        if (!StartObject(ref r, prefix))
        {
            return default;
        }
        var start = (int)r.TokenStartIndex;
        ulong seen = 0;
        string? vi = null, en = null;
        var viAt = start;
        while (true)
        {
            var p = Next(ref r, NameNames, ref seen, prefix, out var end);
            if (end)
            {
                break;
            }
            if (p == 0)
            {
                viAt = (int)r.TokenStartIndex;
                vi = Text(ref r, prefix, "vi");
            }
            else if (p == 1)
            {
                en = Text(ref r, prefix, "en");
            }
        }
        Require(seen, Mask(0, 1), NameNames, prefix, start);
        if (vi is null && en is null)
        {
            // The empty name a classifier holds when it was given none.
            return default;
        }
        if (vi is null || en is null)
        {
            // A name in one language only cannot be held: the model's names come in pairs.
            rejected = true;
            var (line, column) = positions.At(Data, viAt);
            var missing = vi is null ? "vi" : "en";
            Add(ImportRules.Problem(ImportRules.InvalidValue, file, line, column, Path(prefix, missing), null, true,
                ("field", Join(prefix, missing)), ("record", RecordName), ("expected", Expected.Text)));
            return default;
        }
        return new LocalizedText(vi, en);
    }

    // ----- Structure -----

    private delegate T? ItemReader<T>(ref Utf8JsonReader reader, string prefix);

    private ImmutableArray<T> Array<T>(ref Utf8JsonReader r, string prefix, string field, ItemReader<T> read)
    {
        if (r.TokenType != JsonTokenType.StartArray)
        {
            Invalid(ref r, prefix, field, Expected.Array);
            return [];
        }
        if (r.Read() && r.TokenType == JsonTokenType.EndArray)
        {
            return [];
        }
        var items = ImmutableArray.CreateBuilder<T>();
        for (var i = 0; r.TokenType != JsonTokenType.EndArray; i++)
        {
            items.Add(read(ref r, ItemPrefix(prefix, field, i))!);
            if (!r.Read())
            {
                break;
            }
        }
        return items.DrainToImmutable();
    }

    // The prefixes of the items of arrays ("lifecycle[2]."), made once each: millions of records repeat a few of them.
    private readonly Dictionary<(string, string, int), string> itemPrefixes = [];

    private string ItemPrefix(string prefix, string field, int index)
    {
        if (!itemPrefixes.TryGetValue((prefix, field, index), out var text))
        {
            text = string.Concat(prefix, field, "[", index.ToString(CultureInfo.InvariantCulture), "].");
            if (itemPrefixes.Count < 4_096)
            {
                itemPrefixes.Add((prefix, field, index), text);
            }
        }
        return text;
    }

    /// <summary>Whether the reader is at an object; null gives <see langword="false"/>, anything else is reported.</summary>
    private bool StartObject(ref Utf8JsonReader r, string prefix)
    {
        if (r.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }
        if (r.TokenType != JsonTokenType.Null)
        {
            Invalid(ref r, prefix, None, Expected.Object);
        }
        return false;
    }

    /// <summary>Properties of the format that this kind of record does not have: told and ignored, as unknown ones are.</summary>
    private void NotOfKind(ulong properties, byte[][] names, string prefix, int at)
    {
        for (var i = 0; properties != 0; i++, properties >>= 1)
        {
            if ((properties & 1) != 0)
            {
                var name = System.Text.Encoding.UTF8.GetString(names[i]);
                Warn(ImportRules.UnknownField, at, Path(prefix, name), ("field", Join(prefix, name)));
            }
        }
    }
}
