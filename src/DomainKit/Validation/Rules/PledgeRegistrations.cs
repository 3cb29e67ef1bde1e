using DomainKit.Periods;
using DomainKit.Data;
using DomainKit.Pledges;
using System.Runtime.CompilerServices;
using DomainKit.Units;

namespace DomainKit.Validation.Rules;

/// <summary>
/// Individual registrations counted per unit, period and target, with the unit's head count at the end of
/// the period: what DK206 and DK207 compare. A person counts once per target however many pledges they made.
/// </summary>
internal static class PledgeRegistrations
{
    public sealed record Group(Unit Unit, ReportingPeriod Period, PledgeTarget Target, int Registered, HeadCount HeadCount, PledgeId FirstPledge);

    // DK206 and DK207 both read the groups; a dataset's groups are worked out once and kept with it.
    private static readonly ConditionalWeakTable<Dataset, IReadOnlyList<Group>> Cache = [];

    /// <summary>
    /// The groups whose registrations could exceed the unit's eligible members (or its members, when exemptions
    /// are not known): a group with no more pledges than that cannot, however its people are counted, so its
    /// people are counted only when it could.
    /// </summary>
    public static IReadOnlyList<Group> Of(Dataset dataset) => Cache.GetValue(dataset, Compute);

    private static IReadOnlyList<Group> Compute(Dataset dataset)
    {
        // First the pledges per unit and period: a unit whose pledges all together do not exceed its threshold
        // cannot have a target that does, and that is nearly every unit. Pledges come in runs of one unit.
        var pledges = dataset.Pledges;
        var totals = new Dictionary<(UnitId Unit, ReportingPeriod Period), int>();
        (UnitId Unit, ReportingPeriod Period)? run = null;
        var runCount = 0;
        foreach (var pledge in pledges)
        {
            if (!Counts(pledge))
            {
                continue;
            }
            var key = (pledge.Pledger.UnitId, pledge.Period);
            if (run != key)
            {
                Flush();
                run = key;
            }
            runCount++;
        }
        Flush();
        var suspects = new HashSet<(UnitId Unit, ReportingPeriod Period)>(
            totals.Where(t => Threshold(dataset, t.Key.Unit, t.Key.Period) is int threshold && t.Value > threshold).Select(t => t.Key));

        var tallies = new Dictionary<(UnitId Unit, ReportingPeriod Period, PledgeTarget Target), Tally>();
        for (var i = 0; suspects.Count > 0 && i < pledges.Length; i++)
        {
            var pledge = pledges[i];
            if (!Counts(pledge) || !suspects.Contains((pledge.Pledger.UnitId, pledge.Period)))
            {
                continue;
            }
            var key = (pledge.Pledger.UnitId, pledge.Period, pledge.Target);
            if (tallies.TryGetValue(key, out var tally))
            {
                tally.Count++;
            }
            else
            {
                tallies.Add(key, new Tally(pledge.Period, pledge.Target, i));
            }
        }

        void Flush()
        {
            if (run is { } done)
            {
                totals[done] = totals.GetValueOrDefault(done) + runCount;
            }
            runCount = 0;
        }

        var groups = new List<Group>();
        foreach (var ((unitId, _, _), tally) in tallies)
        {
            if (dataset.FindUnit(unitId) is not Unit unit)
            {
                continue;
            }
            {
                if (unit.HeadCountOn(tally.Period.End) is not HeadCount count || Threshold(count) is not int threshold || tally.Count <= threshold)
                {
                    continue;
                }
                var registered = pledges
                    .Skip(tally.First)
                    .Where(p => p.Pledger is { Kind: PledgerKind.Individual } pledger && pledger.UnitId == unitId
                        && p.Period == tally.Period && Equals(p.Target, tally.Target) && p.CancelledOn is null)
                    .Select(p => p.Pledger.PersonId ?? p.Pledger.PersonName ?? p.Id.Value)
                    .Distinct(StringComparer.Ordinal)
                    .Count();
                groups.Add(new Group(unit, tally.Period, tally.Target, registered, count, pledges[tally.First].Id));
            }
        }
        return groups;
    }

    private static bool Counts(Pledge pledge)
        => pledge.Pledger is { Kind: PledgerKind.Individual } && pledge.Target is not null && pledge.CancelledOn is null;

    private static int? Threshold(Dataset dataset, UnitId unitId, ReportingPeriod period)
        => dataset.FindUnit(unitId)?.HeadCountOn(period.End) is { } count ? Threshold(count) : null;

    // The most registrations a unit can have without either rule firing. Negative counts are DK105's to report;
    // they would only overflow here.
    private static int? Threshold(HeadCount count)
        => count.Members is < 0 || count.Exempt is < 0 ? null : count.Eligible(EligibilityDefinition.ExcludingExempt) ?? count.Members;

    private sealed class Tally(ReportingPeriod period, PledgeTarget target, int first)
    {
        public ReportingPeriod Period { get; } = period;

        public PledgeTarget Target { get; } = target;

        public int First { get; } = first;

        public int Count { get; set; } = 1;
    }

    public static string Describe(PledgeTarget target) => target switch
    {
        ModelPledgeTarget m => m.ModelId.Value,
        CriteriaPledgeTarget c => c.CriteriaSet,
        BeneficiaryPledgeTarget b => b.Beneficiary,
        _ => target.ToString(),
    };
}
