using DomainKit.Data;
using DomainKit.Periods;
using DomainKit.Units;

namespace DomainKit.Benchmarks;

/// <summary>
/// The national roll-up of fund flows by province × month × kind written as plain LINQ over the object model:
/// what an app would write without DomainKit's aggregation. The fund → owner → province map is built from the
/// units' parent links on every call (it is small: one entry per fund).
/// </summary>
public static class LinqFundFlowRollup
{
    /// <summary>The sums of the entries dated in <paramref name="period"/>, ordered by province, month and kind.</summary>
    public static List<FundFlowRow> Run(Dataset dataset, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var units = dataset.Units.GroupBy(u => u.Id).ToDictionary(g => g.Key, g => g.First());
        var provinceOfFund = dataset.Funds
            .Select(f => (f.Id, Province: ProvinceOf(units, f.OwnerId)))
            .Where(x => x.Province is not null)
            .GroupBy(x => x.Id)
            .ToDictionary(g => g.Key, g => g.First().Province!.Value);

        return dataset.FundEntries
            .Where(e => period.Contains(e.Date))
            .Select(e => (Entry: e, Amount: EntryAmount.Of(e)))
            .Where(x => x.Amount is not null && provinceOfFund.ContainsKey(x.Entry.FundId))
            .GroupBy(x => (Province: provinceOfFund[x.Entry.FundId], Month: (x.Entry.Date.Year * 100) + x.Entry.Date.Month, x.Entry.Kind))
            .Select(g => new FundFlowRow(g.Key.Province, g.Key.Month, g.Key.Kind, g.Sum(x => x.Amount!.Value)))
            .OrderBy(r => r.Province.Value, StringComparer.Ordinal)
            .ThenBy(r => r.Month)
            .ThenBy(r => r.Kind)
            .ToList();
    }

    /// <summary>The province at or above a unit, following parent links; <see langword="null"/> when there is none.</summary>
    internal static UnitId? ProvinceOf(Dictionary<UnitId, Unit> units, UnitId id) => AncestorOfKind(units, id, UnitKind.Province);

    /// <summary>The unit of <paramref name="kind"/> at or above a unit, following parent links (at most 64 of them).</summary>
    internal static UnitId? AncestorOfKind(Dictionary<UnitId, Unit> units, UnitId id, UnitKind kind)
    {
        for (var depth = 0; depth < 64 && units.TryGetValue(id, out var unit); depth++)
        {
            if (unit.Kind == kind)
            {
                return unit.Id;
            }
            if (unit.ParentId is not UnitId parent)
            {
                break;
            }
            id = parent;
        }
        return null;
    }
}
