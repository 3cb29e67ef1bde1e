using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Periods;
using DomainKit.Units;

namespace DomainKit.Benchmarks;

/// <summary>The national roll-up of fund flows by province × month × entry kind, with DomainKit's report engine.</summary>
public static class DomainKitFundFlowRollup
{
    // The row keys of the entry kind dimension are the dataset format's codes (docs/format.md).
    private static readonly Dictionary<string, FundEntryKind> Kinds = new(StringComparer.Ordinal)
    {
        ["opening-balance"] = FundEntryKind.OpeningBalance,
        ["contribution"] = FundEntryKind.Contribution,
        ["disbursement"] = FundEntryKind.Disbursement,
        ["loan-disbursement"] = FundEntryKind.LoanDisbursement,
        ["loan-repayment"] = FundEntryKind.LoanRepayment,
        ["in-kind-receipt"] = FundEntryKind.InKindReceipt,
        ["in-kind-distribution"] = FundEntryKind.InKindDistribution,
        ["balance-assertion"] = FundEntryKind.BalanceAssertion,
    };

    /// <summary>The query: the national root, by province, month and kind of entry, the money of every flow.</summary>
    public static ReportQuery Query(ReportingPeriod period) => new()
    {
        Root = NationalDataset.RootId,
        Period = period,
        GroupBy = [Dimension.ChildOfRoot, Dimension.Month, Dimension.FundEntryKind],
        Measures = [Measure.FlowAmount],
    };

    /// <summary>The roll-up as the peers' rows, for checking that they agree.</summary>
    public static List<FundFlowRow> Run(Dataset dataset, ReportingPeriod period) => Rows(new ReportEngine(dataset).Run(Query(period)));

    /// <summary>The rows of a table of <see cref="Query"/> as the peers' rows: those with money, in the peers' order.</summary>
    public static List<FundFlowRow> Rows(ReportTable table)
        => [.. table.Rows
            // Goods without a valuation have no money; the peers leave them out rather than count 0.
            .Where(r => table.ValueOf(r, Measure.FlowAmount).Money is { } amount
                && !(amount.Value == 0 && Kinds[r.Keys[2].Key] is FundEntryKind.InKindReceipt or FundEntryKind.InKindDistribution))
            .Select(r => new FundFlowRow(
                new UnitId(r.Keys[0].Key),
                int.Parse(r.Keys[1].Key.Replace("-", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture),
                Kinds[r.Keys[2].Key],
                table.ValueOf(r, Measure.FlowAmount).Money!.Value.Value))
            .OrderBy(r => r.Province.Value, StringComparer.Ordinal)
            .ThenBy(r => r.Month)
            .ThenBy(r => r.Kind)];
}
