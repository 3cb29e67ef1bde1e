using DomainKit.Periods;
using DomainKit.Data;
using DomainKit.Pledges;
using DomainKit.Units;

namespace DomainKit.Validation.Rules;

/// <summary>
/// Individual registrations counted per unit, period and target, with the unit's head count at the end of
/// the period: what DK206 and DK207 compare. A person counts once per target however many pledges they made.
/// </summary>
internal static class PledgeRegistrations
{
    public sealed record Group(Unit Unit, ReportingPeriod Period, PledgeTarget Target, int Registered, HeadCount HeadCount, PledgeId FirstPledge);

    public static IEnumerable<Group> Of(Dataset dataset)
    {
        var groups = dataset.Pledges
            .Where(p => p.Pledger is { Kind: PledgerKind.Individual } && p.Target is not null && p.CancelledOn is null)
            .GroupBy(p => (p.Pledger.UnitId, p.Period, p.Target));
        foreach (var group in groups)
        {
            if (dataset.FindUnit(group.Key.UnitId) is not Unit unit || unit.HeadCountOn(group.Key.Period.End) is not HeadCount count)
            {
                continue;
            }
            var registered = group
                .Select(p => p.Pledger.PersonId ?? p.Pledger.PersonName ?? p.Id.Value)
                .Distinct(StringComparer.Ordinal)
                .Count();
            yield return new Group(unit, group.Key.Period, group.Key.Target, registered, count, group.First().Id);
        }
    }

    public static string Describe(PledgeTarget target) => target switch
    {
        ModelPledgeTarget m => m.ModelId.Value,
        CriteriaPledgeTarget c => c.CriteriaSet,
        BeneficiaryPledgeTarget b => b.Beneficiary,
        _ => target.ToString(),
    };
}
