using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Text;
using DomainKit.Units;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Reconciliation.Checks;

/// <summary>
/// A stated participation: the registered against the pledges of the period (DK803, DK804), the stated denominator and
/// remainder against the head count or the organisations below the unit (DK814 to DK817), and the stated rate against
/// every denominator the data allows (<see cref="ParticipationRateCheck"/>); DK899 when the data lacks what is needed.
/// </summary>
internal sealed class ParticipationCheck : FigureCheck<StatedParticipation>
{
    private static readonly EligibilityDefinition[] Definitions =
        [EligibilityDefinition.AllMembers, EligibilityDefinition.ExcludingExempt, EligibilityDefinition.ExcludingExemptAndAway];

    protected override void Check(StatedParticipation figure, FigureContext context)
    {
        var dataset = context.Dataset;
        var entity = EntityRef.ForUnit(figure.Unit);
        var individuals = figure.Participants != ParticipantKind.Organisations;
        var unit = dataset.FindUnit(figure.Unit);
        if (unit is null)
        {
            context.NotCheckable(entity, "Unit", new("tỷ lệ tham gia", "participation"), FigureTexts.UnitMissing(figure.Unit));
            return;
        }

        if (figure.Period is { } period)
        {
            context.Count(entity, "Registered",
                individuals ? new("số người đăng ký", "number registered") : new("số tổ chức đăng ký", "number of organisations registered"),
                figure.Registered, CountRegistrations(context, figure, period, individuals));
        }

        // The denominators the data allows, one per definition it has the figures for.
        var candidates = new List<Denominator>();
        int? exempt = null;
        if (individuals)
        {
            if (unit.HeadCountOn(figure.AsOf) is not { } count)
            {
                context.NotCheckable(entity, "HeadCounts", new("tỷ lệ tham gia", "participation"), new(
                    $"{unit.Name} không có số liệu thành viên đến ngày {DateFormat.Format(figure.AsOf, DateStyle.Short, TextCulture.Vietnamese)}",
                    $"{unit.Name} has no head count on or before {DateFormat.Format(figure.AsOf, DateStyle.Short, TextCulture.English)}"));
                return;
            }
            exempt = count.Exempt;
            foreach (var definition in Definitions)
            {
                if (count.Eligible(definition) is int eligible)
                {
                    candidates.Add(Denominator.Of(definition, eligible));
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
            candidates.Add(new Denominator("Organisations", organisations,
                new("số tổ chức trực thuộc", "number of organisations"),
                new("trên tổng số tổ chức", "of all organisations"), EligibilityDefinition.AllMembers));
        }
        if (candidates.Count == 0)
        {
            context.NotCheckable(entity, "HeadCounts", new("tỷ lệ tham gia", "participation"),
                new($"số liệu thành viên của {unit.Name} không có tổng số", $"the head count of {unit.Name} has no members figure"));
            return;
        }

        if (figure.StatedDenominator is { } statedDenominator)
        {
            var match = candidates.FirstOrDefault(c => c.Value == statedDenominator);
            var compared = match ?? candidates[0];
            context.Report(match is null ? ReconciliationRules.DenominatorMismatch : ReconciliationRules.DenominatorReconciles, entity, "Denominator",
                (MessageArguments.Stated, statedDenominator), (MessageArguments.Computed, compared.Value), (MessageArguments.What, compared.Noun),
                (MessageArguments.Unit, unit.Name), (MessageArguments.Difference, statedDenominator - compared.Value),
                (MessageArguments.Registered, figure.Registered),
                (MessageArguments.Rate, figure.Registered >= 0 ? Rate.TryOf(figure.Registered, Math.Max(0, statedDenominator)) : null));
        }

        if (figure.StatedRemainder is { } remainder)
        {
            CheckRemainder(figure, remainder, candidates[0].Value, exempt, unit, entity, context);
        }

        if (figure.StatedRate is { } stated)
        {
            ParticipationRateCheck.Check(figure, stated, candidates, individuals, entity, context);
        }
    }

    private static void CheckRemainder(StatedParticipation figure, long remainder, long firstCandidate, int? exempt, Unit unit, EntityRef entity, FigureContext context)
    {
        var denominator = figure.StatedDenominator ?? firstCandidate;
        var left = denominator - figure.Registered;
        if (remainder == left && (exempt is null || exempt == remainder))
        {
            context.Report(ReconciliationRules.RemainderReconciles, entity, "Remainder",
                (MessageArguments.Stated, remainder), (MessageArguments.Computed, left), (MessageArguments.Registered, figure.Registered),
                (MessageArguments.Denominator, denominator), (MessageArguments.Exempt, exempt));
        }
        if (remainder != left)
        {
            context.Report(ReconciliationRules.RemainderMismatch, entity, "Remainder",
                (MessageArguments.Stated, remainder), (MessageArguments.Computed, left), (MessageArguments.Difference, remainder - left),
                (MessageArguments.What, new LocalizedText(
                    $"{FigureTexts.Group(denominator, TextCulture.Vietnamese)} − {FigureTexts.Group(figure.Registered, TextCulture.Vietnamese)}",
                    $"{FigureTexts.Group(denominator, TextCulture.English)} − {FigureTexts.Group(figure.Registered, TextCulture.English)}")),
                (MessageArguments.Registered, figure.Registered), (MessageArguments.Denominator, denominator));
        }
        if (exempt is int known && known != remainder)
        {
            context.Report(ReconciliationRules.RemainderMismatch, entity, "Remainder",
                (MessageArguments.Stated, remainder), (MessageArguments.Computed, known), (MessageArguments.Difference, remainder - known),
                (MessageArguments.What, new LocalizedText($"số miễn sinh hoạt của {unit.Name}", $"the exempt members of {unit.Name}")),
                (MessageArguments.Registered, figure.Registered), (MessageArguments.Denominator, denominator));
        }
    }

    private static long CountRegistrations(FigureContext context, StatedParticipation figure, ReportingPeriod period, bool individuals)
    {
        var dataset = context.Dataset;
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
}
