using System.Collections.Immutable;
using System.Globalization;
using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Text;
using DomainKit.Units;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Reconciliation;

/// <summary>
/// Checks the figures a published report states against a dataset and against each other: parts against the whole,
/// a stated rate against its counts under each plausible definition of the denominator, a stated fraction's own parts,
/// stated balances and flow totals against the ledger, rounded figures against exact ones. Each check gives a
/// <see cref="Finding"/> with a DK8xx code (see <see cref="ReconciliationRules"/>): an error when the figure certainly
/// does not reconcile, a warning when it reconciles only under a definition other than the expected one or cannot be
/// checked, and information when it reconciles. Mismatches carry <c>stated</c>, <c>computed</c> and <c>difference</c>
/// (stated minus computed) in <see cref="Finding.Arguments"/>, with <c>figure</c> and <c>quote</c>.
/// </summary>
/// <remarks>
/// Stateless apart from the dataset, which is immutable, so one reconciler may be used by any number of threads.
/// Rounded amounts and rates are compared rounding-aware and exactly, in integers: "6,1 tỷ" is consistent with
/// 6.050.000.000 to 6.149.999.999 đ only, "96,7%" with 96,65% up to but not including 96,75%.
/// </remarks>
public sealed class Reconciler
{
    private static readonly EligibilityDefinition[] Definitions =
        [EligibilityDefinition.AllMembers, EligibilityDefinition.ExcludingExempt, EligibilityDefinition.ExcludingExemptAndAway];

    private readonly Dataset dataset;

    /// <summary>Creates a reconciler for <paramref name="dataset"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>.</exception>
    public Reconciler(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        this.dataset = dataset;
    }

    /// <summary>The dataset figures are checked against.</summary>
    public Dataset Dataset => dataset;

    /// <summary>Whether figures that reconcile are reported, as information findings (the default); when <see langword="false"/>, only errors and warnings are.</summary>
    public bool ReportConsistent { get; init; } = true;

    /// <summary>Says what figures are checked against: <c>Reconciler over Dataset: 3 units, ...</c>.</summary>
    public override string ToString() => $"Reconciler over {dataset}";

    /// <summary>Checks every figure, in order, and returns the findings figure by figure.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A figure is of a kind this reconciler does not know.</exception>
    public ReconciliationReport Reconcile(IEnumerable<StatedFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var count = 0;
        foreach (var figure in figures)
        {
            if (figure is null)
            {
                throw new ArgumentNullException(nameof(figures), "A stated figure is null.");
            }
            count++;
            var sink = new Sink(figure, findings, ReportConsistent);
            switch (figure)
            {
                case StatedBreakdown breakdown:
                    CheckBreakdown(breakdown, sink);
                    break;
                case StatedAmountBreakdown breakdown:
                    CheckAmountBreakdown(breakdown, sink);
                    break;
                case StatedModelCount models:
                    CheckModelCount(models, sink);
                    break;
                case StatedParticipation participation:
                    CheckParticipation(participation, sink);
                    break;
                case StatedBalance balance:
                    CheckBalance(balance, sink);
                    break;
                case StatedFundTotals totals:
                    CheckFundTotals(totals, sink);
                    break;
                case StatedAmount amount:
                    sink.Amount(amount.Subject, "Amount", new("số tiền", "amount"), amount.Stated, amount.Exact,
                        amount.ExactSource ?? new("số liệu chính xác", "the exact figure"));
                    break;
                case StatedOutcome outcome:
                    CheckOutcome(outcome, sink);
                    break;
                default:
                    throw new ArgumentException($"Unknown kind of stated figure: {figure.GetType().Name}.", nameof(figures));
            }
        }
        return new ReconciliationReport(findings.ToImmutable(), count);
    }

    private static void CheckBreakdown(StatedBreakdown figure, Sink sink)
    {
        Int128 sum = 0;
        foreach (var part in figure.Parts.IsDefault ? [] : figure.Parts)
        {
            sum += part?.Count ?? 0;
        }
        var computed = Clip(sum);
        if (sum == figure.Total)
        {
            sink.Report(ReconciliationRules.PartsAddUp, figure.Subject, "Parts", ("stated", figure.Total), ("computed", computed));
        }
        else
        {
            sink.Report(ReconciliationRules.PartsDoNotAddUp, figure.Subject, "Parts",
                ("stated", figure.Total), ("computed", computed), ("difference", Clip(figure.Total - sum)));
        }
    }

    private static void CheckAmountBreakdown(StatedAmountBreakdown figure, Sink sink)
    {
        Int128 sum = 0;
        Int128 low = 0;
        Int128? high = 0;
        foreach (var part in figure.Parts.IsDefault ? [] : figure.Parts)
        {
            if (part is null)
            {
                continue;
            }
            var (min, max) = part.Amount.ConsistentRange;
            sum += part.Amount.Value.Value;
            low += min.Value;
            high = high is { } h && max is { } m ? h + m.Value : null;
        }
        var (totalMin, totalMax) = figure.Total.ConsistentRange;
        var consistent = (totalMax is not { } tmax || low <= tmax.Value) && (high is not { } hi || hi >= totalMin.Value);
        var computed = new Dong(Clip(sum));
        if (consistent)
        {
            sink.Report(ReconciliationRules.PartsAddUp, figure.Subject, "Parts", ("stated", figure.Total), ("computed", computed));
        }
        else
        {
            sink.Report(ReconciliationRules.PartsDoNotAddUp, figure.Subject, "Parts",
                ("stated", figure.Total), ("computed", computed), ("difference", new Dong(Clip(figure.Total.Value.Value - sum))));
        }
    }

    private void CheckModelCount(StatedModelCount figure, Sink sink)
    {
        var entity = EntityRef.ForUnit(figure.Unit);
        LocalizedText what = figure.ExemplaryOnly ? new("số mô hình tiêu biểu", "number of exemplary models") : new("số mô hình", "number of models");
        if (figure.Field is { } field)
        {
            what = new($"{what.Vietnamese} lĩnh vực {field.Name.Vietnamese}", $"{what.English} in {field.Name.English}");
        }
        if (figure.Stage is { } stage)
        {
            var name = LifecycleStageNames.Of(stage);
            var when = figure.Period is { } p
                ? new LocalizedText(" trong " + PeriodFormat.Format(p, ReportCulture.Vietnamese), " in " + PeriodFormat.Format(p, ReportCulture.Invariant))
                : new LocalizedText(string.Empty, string.Empty);
            what = new($"{what.Vietnamese} {name.Vietnamese.ToLowerInvariant()}{when.Vietnamese}", $"{what.English} {name.English.ToLowerInvariant()}{when.English}");
        }
        if (figure.CommittedTo is { } committedTo)
        {
            var name = dataset.FindUnit(committedTo)?.Name ?? committedTo.ToString();
            what = new($"{what.Vietnamese} cam kết với {name}", $"{what.English} committed to {name}");
        }
        else if (figure.CommittedOnly)
        {
            what = new($"{what.Vietnamese} cam kết với cấp trên", $"{what.English} committed to a higher level");
        }
        if (dataset.FindUnit(figure.Unit) is null)
        {
            sink.NotCheckable(entity, "Count", what, UnitMissing(figure.Unit));
            return;
        }
        var tree = dataset.OrganisationTree;
        var counted = dataset.Models.Where(m => m is not null
            && (figure.IncludeSubtree ? tree.IsInSubtree(m.OwnerId, figure.Unit) || m.OwnerId == figure.Unit : m.OwnerId == figure.Unit)
            && (!figure.ExemplaryOnly || m.IsExemplary)
            && (figure.Field is null || IsWithin(m.Field, figure.Field))
            && (figure.CommittedTo is not { } unit || m.CommittedToId == unit)
            && (!figure.CommittedOnly || m.CommittedToId is { IsEmpty: false }))
            .Sum(m => figure.Stage is { } stage ? StepsOf(m, stage, figure.Period) : 1L);
        sink.Count(entity, "Count", what, figure.Count, counted);
    }

    // As the report engine counts them: each event of the stage within the period, and for replications a replica
    // (a model with an origin) that starts then without a "replicated" event of its own.
    private static long StepsOf(EmulationModel model, LifecycleStage stage, ReportingPeriod? period)
    {
        var from = period?.Start ?? LocalDate.MinIsoValue;
        var to = period?.End ?? LocalDate.MaxIsoValue;
        if (stage == LifecycleStage.Replicated)
        {
            return ModelPass.Replications(model, model.StartDate, from, to);
        }
        return (model.Lifecycle.IsDefault ? [] : model.Lifecycle).LongCount(e => e is not null && e.Stage == stage && e.Date >= from && e.Date <= to);
    }

    private void CheckParticipation(StatedParticipation figure, Sink sink)
    {
        var entity = EntityRef.ForUnit(figure.Unit);
        var individuals = figure.Participants != ParticipantKind.Organisations;
        var unit = dataset.FindUnit(figure.Unit);
        if (unit is null)
        {
            sink.NotCheckable(entity, "Unit", new("tỷ lệ tham gia", "participation"), UnitMissing(figure.Unit));
            return;
        }

        if (figure.Period is { } period)
        {
            sink.Count(entity, "Registered",
                individuals ? new("số người đăng ký", "number registered") : new("số tổ chức đăng ký", "number of organisations registered"),
                figure.Registered, CountRegistrations(figure, period, individuals));
        }

        // The denominators the data allows, one per definition it has the figures for.
        var candidates = new List<Candidate>();
        int? exempt = null;
        if (individuals)
        {
            if (unit.HeadCountOn(figure.AsOf) is not { } count)
            {
                sink.NotCheckable(entity, "HeadCounts", new("tỷ lệ tham gia", "participation"), new(
                    $"{unit.Name} không có số liệu thành viên đến ngày {DateFormat.Format(figure.AsOf, DateStyle.Short, ReportCulture.Vietnamese)}",
                    $"{unit.Name} has no head count on or before {DateFormat.Format(figure.AsOf, DateStyle.Short, ReportCulture.Invariant)}"));
                return;
            }
            exempt = count.Exempt;
            foreach (var definition in Definitions)
            {
                if (count.Eligible(definition) is int eligible)
                {
                    candidates.Add(new Candidate(definition.ToString(), eligible, Noun(definition), Phrase(definition), definition));
                }
            }
        }
        else
        {
            // The organisations below the unit on the day of the figure: the map may have changed since.
            var onDay = dataset.OrganisationTreeOn(figure.AsOf);
            var organisations = onDay.Contains(figure.Unit)
                ? CountOrganisations(onDay.DescendantsOf(figure.Unit).Span, figure.OrganisationKind, figure.AsOf)
                : 0;
            candidates.Add(new Candidate("Organisations", organisations,
                new("số tổ chức trực thuộc", "number of organisations"),
                new("trên tổng số tổ chức", "of all organisations"), EligibilityDefinition.AllMembers));
        }
        if (candidates.Count == 0)
        {
            sink.NotCheckable(entity, "HeadCounts", new("tỷ lệ tham gia", "participation"),
                new($"số liệu thành viên của {unit.Name} không có tổng số", $"the head count of {unit.Name} has no members figure"));
            return;
        }

        if (figure.StatedDenominator is { } statedDenominator)
        {
            var match = candidates.FirstOrDefault(c => c.Denominator == statedDenominator);
            var compared = match ?? candidates[0];
            sink.Report(match is null ? ReconciliationRules.DenominatorMismatch : ReconciliationRules.DenominatorReconciles, entity, "Denominator",
                ("stated", statedDenominator), ("computed", compared.Denominator), ("what", compared.Noun), ("unit", unit.Name),
                ("difference", statedDenominator - compared.Denominator), ("registered", figure.Registered),
                ("rate", figure.Registered >= 0 ? Rate.TryOf(figure.Registered, Math.Max(0, statedDenominator)) : null));
        }

        if (figure.StatedRemainder is { } remainder)
        {
            var denominator = figure.StatedDenominator ?? candidates[0].Denominator;
            var left = denominator - figure.Registered;
            if (remainder == left && (exempt is null || exempt == remainder))
            {
                sink.Report(ReconciliationRules.RemainderReconciles, entity, "Remainder",
                    ("stated", remainder), ("computed", left), ("registered", figure.Registered), ("denominator", denominator), ("exempt", exempt));
            }
            if (remainder != left)
            {
                sink.Report(ReconciliationRules.RemainderMismatch, entity, "Remainder",
                    ("stated", remainder), ("computed", left), ("difference", remainder - left),
                    ("what", new LocalizedText($"{Group(denominator, ReportCulture.Vietnamese)} − {Group(figure.Registered, ReportCulture.Vietnamese)}",
                        $"{Group(denominator, ReportCulture.Invariant)} − {Group(figure.Registered, ReportCulture.Invariant)}")),
                    ("registered", figure.Registered), ("denominator", denominator));
            }
            if (exempt is int known && known != remainder)
            {
                sink.Report(ReconciliationRules.RemainderMismatch, entity, "Remainder",
                    ("stated", remainder), ("computed", known), ("difference", remainder - known),
                    ("what", new LocalizedText($"số miễn sinh hoạt của {unit.Name}", $"the exempt members of {unit.Name}")),
                    ("registered", figure.Registered), ("denominator", denominator));
            }
        }

        if (figure.StatedRate is { } stated)
        {
            CheckRate(figure, stated, candidates, individuals, entity, sink);
        }
    }

    private static void CheckRate(StatedParticipation figure, StatedRate stated, List<Candidate> candidates, bool individuals, EntityRef entity, Sink sink)
    {
        // One rate per distinct denominator, naming every definition that gives it, the stated denominator included.
        var all = candidates.ToList();
        if (figure.StatedDenominator is { } statedDenominator)
        {
            all.Add(new Candidate("StatedDenominator", statedDenominator, new("mẫu số báo cáo nêu", "the stated denominator"),
                new("mẫu số báo cáo nêu", "the stated denominator"), null));
        }
        var rates = all
            .Where(c => c.Denominator > 0)
            .GroupBy(c => c.Denominator)
            .Select(g => new RateCandidate(
                g.ToList(),
                Rate.Of(Math.Max(0, figure.Registered), g.Key),
                new LocalizedText(string.Join(", ", g.Select(c => c.Phrase.Vietnamese)), string.Join(", ", g.Select(c => c.Phrase.English)))))
            .ToList();
        if (rates.Count == 0 || figure.Registered < 0)
        {
            sink.NotCheckable(entity, "Rate", new("tỷ lệ", "rate"), new("không có mẫu số khác 0", "no denominator is above zero"));
            return;
        }

        var expectedDefinition = individuals ? figure.ExpectedDefinition : EligibilityDefinition.AllMembers;
        var expected = rates.FirstOrDefault(r => r.Candidates.Any(c => c.Definition == expectedDefinition));
        var matches = rates.Where(r => stated.IsConsistentWith(r.Rate)).ToList();
        var arguments = new List<(string, object?)> { ("stated", stated), ("registered", figure.Registered) };
        foreach (var rate in rates)
        {
            foreach (var candidate in rate.Candidates)
            {
                arguments.Add(("denominator" + candidate.Key, rate.Rate.Denominator));
                arguments.Add(("computed" + candidate.Key, rate.Rate));
                arguments.Add(("difference" + candidate.Key, stated.DifferenceFrom(rate.Rate)));
            }
        }
        arguments.Add(("denominator", expected?.Rate.Denominator));
        arguments.Add(("computed", expected?.Rate));
        arguments.Add(("difference", expected is null ? null : stated.DifferenceFrom(expected.Rate)));
        arguments.Add(("definition", expected?.Phrase ?? Phrase(expectedDefinition)));

        if (expected is not null && matches.Contains(expected))
        {
            sink.Report(ReconciliationRules.RateReconciles, entity, "Rate", [.. arguments]);
        }
        else if (matches.Count > 0)
        {
            arguments.Add(("matched", Join(matches, r => Describe(r, figure.Registered, stated, withDifference: false))));
            sink.Report(ReconciliationRules.RateMatchesOtherDefinition, entity, "Rate", [.. arguments]);
        }
        else
        {
            arguments.Add(("candidates", Join(rates, r => Describe(r, figure.Registered, stated, withDifference: true))));
            sink.Report(ReconciliationRules.RateMatchesNoDefinition, entity, "Rate", [.. arguments]);
        }
    }

    private void CheckBalance(StatedBalance figure, Sink sink)
    {
        var entity = EntityRef.ForFund(figure.Fund);
        var at = figure.At == BalanceTime.StartOfDay ? ("đầu", "start") : ("cuối", "end");
        var what = new LocalizedText(
            $"số dư {at.Item1} ngày {DateFormat.Format(figure.Date, DateStyle.Short, ReportCulture.Vietnamese)}",
            $"balance at the {at.Item2} of {DateFormat.Format(figure.Date, DateStyle.Short, ReportCulture.Invariant)}");
        if (FindLedger(figure.Fund) is not { } ledger)
        {
            sink.NotCheckable(entity, "Balance", what, FundMissing(figure.Fund));
            return;
        }
        // A ledger with no entry by that day, or a summary entry open on it, gives no balance to compare, not 0 đ.
        var day = LedgerStore.ToDayNumber(figure.Date) - (figure.At == BalanceTime.StartOfDay ? 1 : 0);
        if (ledger.Coverage.WhyUnknown(ledger, day) is { } reason)
        {
            sink.NotCheckable(entity, "Balance", what, Of(LedgerSource(ledger, figure.Fund), reason));
            return;
        }
        sink.Amount(entity, "Balance", what, figure.Amount, ledger.BalanceOn(figure.Date, figure.At), LedgerSource(ledger, figure.Fund));
    }

    private void CheckFundTotals(StatedFundTotals figure, Sink sink)
    {
        var entity = EntityRef.ForFund(figure.Fund);
        var scope = figure.Period is { } period
            ? new LocalizedText(PeriodFormat.Format(period, ReportCulture.Vietnamese), PeriodFormat.Format(period, ReportCulture.Invariant))
            : new LocalizedText(
                "đến ngày " + DateFormat.Format(figure.AsOf, DateStyle.Short, ReportCulture.Vietnamese),
                "to " + DateFormat.Format(figure.AsOf, DateStyle.Short, ReportCulture.Invariant));
        if (FindLedger(figure.Fund) is not { } ledger)
        {
            sink.NotCheckable(entity, "Entries", new("số liệu quỹ " + scope.Vietnamese, "fund totals " + scope.English), FundMissing(figure.Fund));
            return;
        }
        if (!ledger.Coverage.KnownBy(LedgerStore.ToDayNumber(figure.AsOf)))
        {
            // No entry up to that day: the ledger says nothing of the totals, which is not saying they are 0 đ.
            sink.NotCheckable(entity, "Entries", new("số liệu quỹ " + scope.Vietnamese, "fund totals " + scope.English),
                Of(LedgerSource(ledger, figure.Fund), ledger.Coverage.WhyUnknown(ledger, LedgerStore.ToDayNumber(figure.AsOf))!.Value));
            return;
        }

        // Summary entries carry their span, so the fund's own entries are read as records: an entry counts when it lies in scope.
        var inScope = ledger.Entries
            .Where(e => e.Date <= figure.AsOf
                && (figure.Period is not { } p || (p.Contains(e.Date) && (e.Covers is not { } covers || covers.Start >= p.Start))))
            .ToList();
        var source = LedgerSource(ledger, figure.Fund);

        if (figure.Contributions is { } contributions)
        {
            var sum = Sum(inScope.OfType<Contribution>().Select(c => c.Amount));
            sink.Amount(entity, "Contributions", new("số tiền đóng góp " + scope.Vietnamese, "contributions " + scope.English), contributions, sum, source);
        }

        var outflows = inScope
            .Where(e => e is Disbursement || (figure.DisbursementsIncludeLoans && e is LoanDisbursement))
            .ToList();
        if (figure.Disbursements is { } disbursements)
        {
            var sum = Sum(outflows.Select(e => e is LoanDisbursement loan ? loan.Principal : ((Disbursement)e).Amount));
            var what = figure.DisbursementsIncludeLoans
                ? new LocalizedText("số tiền đã chi (kể cả cho vay) " + scope.Vietnamese, "disbursements (loans included) " + scope.English)
                : new LocalizedText("số tiền đã chi " + scope.Vietnamese, "disbursements " + scope.English);
            sink.Amount(entity, "Disbursements", what, disbursements, sum, source);
        }

        if (figure.Occurrences is { } occurrences)
        {
            var what = new LocalizedText("số lượt được hỗ trợ " + scope.Vietnamese, "number of occurrences supported " + scope.English);
            var counts = outflows
                .Select(e => e switch
                {
                    Disbursement d => d.Beneficiaries?.Occurrences,
                    LoanDisbursement l => l.Beneficiaries?.Occurrences,
                    _ => null,
                })
                .ToList();
            if (counts.Any(c => c is null))
            {
                sink.NotCheckable(entity, "Occurrences", what,
                    new("có khoản chi không ghi số lượt", "an outflow does not record its occurrences"));
            }
            else
            {
                sink.Count(entity, "Occurrences", what, occurrences, counts.Sum(c => (long)c!.Value));
            }
        }
    }

    private void CheckOutcome(StatedOutcome figure, Sink sink)
    {
        var entity = EntityRef.ForModel(figure.Model);
        var model = dataset.FindModel(figure.Model);
        if (model is null)
        {
            sink.NotCheckable(entity, "Outcomes", new("kết quả", "outcome"),
                new($"mô hình '{figure.Model}' không có trong dữ liệu", $"model '{figure.Model}' is not in the data"));
            return;
        }
        var outcomes = model.Outcomes.IsDefault ? [] : model.Outcomes.Where(o => o is not null).ToImmutableArray();
        var indicator = figure.Indicator is { } name
            ? outcomes.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal))
            : outcomes.Length == 1 ? outcomes[0] : null;
        if (indicator is null)
        {
            sink.NotCheckable(entity, "Outcomes", new("kết quả", "outcome"), figure.Indicator is { } missing
                ? new($"mô hình {model.Name} không có chỉ tiêu “{missing}”", $"model {model.Name} has no indicator “{missing}”")
                : new($"mô hình {model.Name} có {outcomes.Length} chỉ tiêu; cần nêu tên chỉ tiêu", $"model {model.Name} has {outcomes.Length} indicators; name one"));
            return;
        }

        if (figure.Quantity is { } quantity)
        {
            var what = new LocalizedText($"số lượng “{indicator.Name}”", $"quantity of “{indicator.Name}”");
            if (indicator.Quantity is not { } recorded)
            {
                sink.NotCheckable(entity, "Quantity", what, new("dữ liệu không có số lượng", "the data has no quantity"));
            }
            else
            {
                sink.Count(entity, "Quantity", what, Whole(quantity), Whole(recorded), quantity - recorded);
            }
        }
        if (figure.MoneyValue is { } money)
        {
            var what = new LocalizedText($"giá trị tiền của “{indicator.Name}”", $"money value of “{indicator.Name}”");
            if (indicator.MoneyValue is not { } recorded)
            {
                sink.NotCheckable(entity, "MoneyValue", what, new("dữ liệu không có giá trị tiền", "the data has no money value"));
            }
            else
            {
                sink.Amount(entity, "MoneyValue", what, money, recorded,
                    new($"kết quả ghi nhận của mô hình {model.Name}", $"the outcome recorded for model {model.Name}"));
            }
        }
    }

    private long CountRegistrations(StatedParticipation figure, ReportingPeriod period, bool individuals)
    {
        var tree = dataset.OrganisationTreeOn(figure.AsOf);
        var pledges = dataset.Pledges.Where(p => p?.Pledger is not null
            && p.Period == period
            && (figure.Target is null || figure.Target.Equals(p.Target))
            && (p.CancelledOn is not { } cancelled || cancelled > figure.AsOf)
            && (p.Pledger.UnitId == figure.Unit || tree.IsInSubtree(p.Pledger.UnitId, figure.Unit)));
        if (individuals)
        {
            return pledges
                .Where(p => p.Pledger.Kind == PledgerKind.Individual)
                .Select(p => p.Pledger.PersonId ?? p.Pledger.PersonName ?? p.Id.Value)
                .Distinct(StringComparer.Ordinal)
                .LongCount();
        }
        return pledges
            .Where(p => p.Pledger.Kind == PledgerKind.Collective && p.Pledger.UnitId != figure.Unit
                && (figure.OrganisationKind is null || dataset.FindUnit(p.Pledger.UnitId)?.Kind == figure.OrganisationKind))
            .Select(p => p.Pledger.UnitId)
            .Distinct()
            .LongCount();
    }

    private static long CountOrganisations(ReadOnlySpan<Unit> units, UnitKind? kind, LocalDate asOf)
    {
        var count = 0L;
        foreach (var unit in units)
        {
            if ((kind is null || unit.Kind == kind) && unit.IsValidOn(asOf))
            {
                count++;
            }
        }
        return count;
    }

    private FundLedger? FindLedger(FundId fund)
    {
        var ledger = dataset.LedgerOf(fund);
        return ledger.Fund is not null || ledger.Count > 0 ? ledger : null;
    }

    private static LocalizedText LedgerSource(FundLedger ledger, FundId id)
        => ledger.Fund is { } fund
            ? new($"sổ quỹ “{fund.Name}”", $"the ledger of “{fund.Name}”")
            : new($"sổ quỹ '{id}'", $"the ledger of '{id}'");

    // The source names the ledger ("the ledger of “X”"), the reason says what it lacks ("has no entries").
    private static LocalizedText Of(LocalizedText source, LocalizedText reason)
        => new($"{source.Vietnamese} {reason.Vietnamese}", $"{source.English} {reason.English}");

    private static LocalizedText UnitMissing(UnitId id)
        => new($"đơn vị '{id}' không có trong dữ liệu", $"unit '{id}' is not in the data");

    private static LocalizedText FundMissing(FundId id)
        => new($"quỹ '{id}' không có trong dữ liệu", $"fund '{id}' is not in the data");

    private static bool IsWithin(ModelField? field, ModelField ancestor)
    {
        for (var f = field; f is not null; f = f.Parent)
        {
            if (f == ancestor)
            {
                return true;
            }
        }
        return false;
    }

    private static LocalizedText Noun(EligibilityDefinition definition) => definition switch
    {
        EligibilityDefinition.AllMembers => new("tổng số thành viên", "number of members"),
        EligibilityDefinition.ExcludingExempt => new("số thuộc diện (trừ miễn sinh hoạt)", "number eligible (members less exempt)"),
        _ => new("số thuộc diện (trừ miễn sinh hoạt và đi làm ăn xa)", "number eligible (members less exempt and away)"),
    };

    private static LocalizedText Phrase(EligibilityDefinition definition) => definition switch
    {
        EligibilityDefinition.AllMembers => new("trên tổng số thành viên", "of all members"),
        EligibilityDefinition.ExcludingExempt => new("trên số thuộc diện, trừ miễn sinh hoạt", "of the eligible, excluding exempt"),
        _ => new("trên số thuộc diện, trừ miễn sinh hoạt và đi làm ăn xa", "of the eligible, excluding exempt and away"),
    };

    private static LocalizedText Describe(RateCandidate candidate, long registered, StatedRate stated, bool withDifference)
    {
        string Text(ReportCulture culture)
        {
            var text = $"{Group(registered, culture)}/{Group(candidate.Rate.Denominator, culture)} = {candidate.Rate.ToString(culture, Math.Max(1, stated.Decimals))} ({candidate.Phrase.In(culture)})";
            if (withDifference)
            {
                var points = Points(stated.DifferenceFrom(candidate.Rate), culture);
                text += culture == ReportCulture.Vietnamese ? $", chênh {points} điểm phần trăm" : $", {points} percentage points apart";
            }
            return text;
        }
        return new LocalizedText(Text(ReportCulture.Vietnamese), Text(ReportCulture.Invariant));
    }

    private static LocalizedText Join(IEnumerable<RateCandidate> rates, Func<RateCandidate, LocalizedText> describe)
    {
        var texts = rates.Select(describe).ToList();
        return new LocalizedText(string.Join("; ", texts.Select(t => t.Vietnamese)), string.Join("; ", texts.Select(t => t.English)));
    }

    /// <summary>A difference in percentage points with its sign: <c>+1,7</c>, <c>-3,3</c>, <c>0,0</c>.</summary>
    internal static string Points(decimal points, ReportCulture culture)
    {
        var text = points.ToString(CultureInfo.InvariantCulture);
        if (points > 0)
        {
            text = "+" + text;
        }
        return culture == ReportCulture.Vietnamese ? text.Replace('.', ',') : text;
    }

    private static string Group(long value, ReportCulture culture) => MessageText.Write(value, culture);

    private static object Whole(decimal value)
        => decimal.Truncate(value) == value && value >= long.MinValue && value <= long.MaxValue ? (object)(long)value : value;

    private static Dong Sum(IEnumerable<Dong> amounts)
    {
        Int128 sum = 0;
        foreach (var amount in amounts)
        {
            sum += amount.Value;
        }
        return new Dong(Clip(sum));
    }

    private static long Clip(Int128 value) => (long)Int128.Clamp(value, long.MinValue, long.MaxValue);

    private sealed record Candidate(string Key, long Denominator, LocalizedText Noun, LocalizedText Phrase, EligibilityDefinition? Definition);

    private sealed record RateCandidate(List<Candidate> Candidates, Rate Rate, LocalizedText Phrase);

    /// <summary>Makes the findings of one figure.</summary>
    private sealed class Sink(StatedFigure figure, ImmutableArray<Finding>.Builder findings, bool reportConsistent)
    {
        public void Report(RuleDescriptor descriptor, EntityRef entity, string? field, params (string Name, object? Value)[] arguments)
        {
            if (descriptor.DefaultSeverity == Severity.Info && !reportConsistent)
            {
                return;
            }
            var values = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
            values["figure"] = figure.DisplayName;
            values["quote"] = figure.Quote;
            foreach (var (name, value) in arguments)
            {
                values[name] = value;
            }
            var raw = values.ToImmutable();
            var decimals = Math.Max(1, raw.GetValueOrDefault("stated") is StatedRate rate ? rate.Decimals : 0);
            var shown = raw.ToDictionary(p => p.Key, p => Display(p.Key, p.Value, decimals), StringComparer.Ordinal);
            findings.Add(new Finding
            {
                Code = descriptor.Code,
                Severity = descriptor.DefaultSeverity,
                Entity = entity,
                Field = field,
                Message = new LocalizedText(
                    MessageText.Render(descriptor.Message.Vietnamese, shown, ReportCulture.Vietnamese),
                    MessageText.Render(descriptor.Message.English, shown, ReportCulture.Invariant)),
                Arguments = raw,
            });
        }

        public void Count(EntityRef entity, string field, LocalizedText what, long stated, long computed)
            => Count(entity, field, what, stated, computed, stated - computed);

        public void Count(EntityRef entity, string field, LocalizedText what, object stated, object computed, object difference)
        {
            if (Equals(stated, computed))
            {
                Report(ReconciliationRules.CountReconciles, entity, field, ("what", what), ("stated", stated), ("computed", computed));
            }
            else
            {
                Report(ReconciliationRules.CountMismatch, entity, field, ("what", what), ("stated", stated), ("computed", computed), ("difference", difference));
            }
        }

        public void Amount(EntityRef entity, string field, LocalizedText what, StatedDong stated, Dong computed, LocalizedText source)
        {
            if (stated.IsConsistentWith(computed))
            {
                Report(ReconciliationRules.AmountReconciles, entity, field, ("what", what), ("stated", stated), ("computed", computed), ("source", source));
            }
            else
            {
                Report(ReconciliationRules.AmountMismatch, entity, field, ("what", what), ("stated", stated), ("computed", computed), ("source", source),
                    ("difference", new Dong(Clip((Int128)stated.Value.Value - computed.Value))));
            }
        }

        public void NotCheckable(EntityRef entity, string field, LocalizedText what, LocalizedText reason)
            => Report(ReconciliationRules.FigureNotCheckable, entity, field, ("what", what), ("reason", reason));

        private static object? Display(string key, object? value, int decimals) => value switch
        {
            Rate rate => new LocalizedText(rate.ToString(ReportCulture.Vietnamese, decimals), rate.ToString(ReportCulture.Invariant, decimals)),
            StatedRate rate => new LocalizedText(rate.ToString(ReportCulture.Vietnamese), rate.ToString(ReportCulture.Invariant)),
            StatedDong amount => new LocalizedText(amount.ToString(ReportCulture.Vietnamese), amount.ToString(ReportCulture.Invariant)),
            decimal number when key.StartsWith("difference", StringComparison.Ordinal)
                => new LocalizedText(Points(number, ReportCulture.Vietnamese), Points(number, ReportCulture.Invariant)),
            decimal number => new LocalizedText(
                number.ToString(CultureInfo.InvariantCulture).Replace('.', ','), number.ToString(CultureInfo.InvariantCulture)),
            _ => value,
        };
    }
}
