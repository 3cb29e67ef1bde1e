using DomainKit.Data;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Units;

namespace DomainKit.Benchmarks;

/// <summary>
/// Pledge participation by commune written as plain LINQ over the object model: individual pledges of the
/// period by members of units under each commune, over the eligible members (members less exempt, from the
/// latest head count on or before the period's end) summed over the commune's Party cells.
/// </summary>
public static class LinqPledgeParticipation
{
    /// <summary>One row per commune that has Party cells with head counts, ordered by commune id.</summary>
    public static List<ParticipationRow> Run(Dataset dataset, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var units = dataset.Units.GroupBy(u => u.Id).ToDictionary(g => g.Key, g => g.First());
        var communeOf = units.Values
            .Select(u => (u.Id, Commune: LinqFundFlowRollup.AncestorOfKind(units, u.Id, UnitKind.Commune)))
            .Where(x => x.Commune is not null)
            .ToDictionary(x => x.Id, x => x.Commune!.Value);

        var eligible = units.Values
            .Where(u => u.Kind == UnitKind.PartyCell && communeOf.ContainsKey(u.Id))
            .Select(u => (Commune: communeOf[u.Id], Eligible: u.HeadCountOn(period.End)?.Eligible(EligibilityDefinition.ExcludingExempt)))
            .Where(x => x.Eligible is not null)
            .GroupBy(x => x.Commune)
            .ToDictionary(g => g.Key, g => g.Sum(x => (long)x.Eligible!.Value));

        var registered = dataset.Pledges
            .Where(p => p.Pledger is { Kind: PledgerKind.Individual } && p.Period == period && p.CancelledOn is null)
            .Where(p => communeOf.ContainsKey(p.Pledger.UnitId))
            .GroupBy(p => communeOf[p.Pledger.UnitId])
            .ToDictionary(g => g.Key, g => (long)g.Count());

        return eligible
            .Select(e => new ParticipationRow(e.Key, registered.GetValueOrDefault(e.Key), e.Value))
            .OrderBy(r => r.Commune.Value, StringComparer.Ordinal)
            .ToList();
    }
}
