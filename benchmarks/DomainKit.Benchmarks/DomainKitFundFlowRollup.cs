using System.Globalization;
using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Periods;
using DomainKit.Units;

namespace DomainKit.Benchmarks;

/// <summary>The national roll-up of fund flows by province × month × entry kind, with DomainKit's report engine.</summary>
public static class DomainKitFundFlowRollup
{
    /// <summary>The query: the national root, by province, month and kind of entry, the money of every flow.</summary>
    public static ReportQuery Query(ReportingPeriod period) => new()
    {
        Root = NationalDataset.RootId,
        Period = period,
        GroupBy = [Dimension.ChildOfRoot, Dimension.Month, Dimension.FundEntryKind],
        Measures = [Measure.FlowAmount],
    };

    /// <summary>The roll-up as the peers' rows, for checking that they agree.</summary>
    public static List<FundFlowRow> Run(Dataset dataset, ReportingPeriod period)
    {
        var table = new ReportEngine(dataset).Run(Query(period));
        return [.. table.Rows
            // Goods without a valuation have no money; the peers leave them out rather than count 0.
            .Where(r => table.ValueOf(r, Measure.FlowAmount).Money is { } amount
                && !(amount.Value == 0 && r.Keys[2].Key is nameof(FundEntryKind.InKindReceipt) or nameof(FundEntryKind.InKindDistribution)))
            .Select(r => new FundFlowRow(
                new UnitId(r.Keys[0].Key),
                int.Parse(r.Keys[1].Key.Replace("-", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture),
                Enum.Parse<FundEntryKind>(r.Keys[2].Key),
                table.ValueOf(r, Measure.FlowAmount).Money!.Value.Value))
            .OrderBy(r => r.Province.Value, StringComparer.Ordinal)
            .ThenBy(r => r.Month)
            .ThenBy(r => r.Kind)];
    }
}
