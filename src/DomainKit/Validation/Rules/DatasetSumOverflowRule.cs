using DomainKit.Funds;

namespace DomainKit.Validation.Rules;

/// <summary>
/// DK107: the amounts of all fund entries of the dataset, taken without their signs, add up beyond 64 bits.
/// Every money figure of a report (a flow, a balance, outstanding loans, at any level of the roll-up) adds up some
/// of these amounts, each at most once, so when this rule is silent no report can overflow, and when a report
/// cannot be computed because a sum overflows, this rule (or DK106 for one ledger) has said so.
/// </summary>
internal sealed class DatasetSumOverflowRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK107", "DatasetSumOverflow", Severity.Error,
        new("Tổng số tiền của dữ liệu vượt giới hạn", "The dataset's amounts overflow when added up"),
        new("Các số tiền của tất cả các khoản thu chi cộng lại vượt quá giới hạn 64 bit; báo cáo cộng dồn các quỹ có thể không lập được.",
            "The amounts of all fund entries together go beyond 64 bits; a report adding up funds may not be computable."));

    public void Validate(RuleContext context)
    {
        var store = context.Dataset.LedgerStore;
        var amounts = store.Amounts;
        ulong total = 0;
        for (var i = 0; i < amounts.Length; i++)
        {
            // A stated balance is checked against the entries, never added up in a report.
            if (store.KindAt(i) == FundEntryKind.BalanceAssertion)
            {
                continue;
            }
            var amount = amounts[i];
            var magnitude = amount < 0 ? (ulong)(-(amount + 1)) + 1 : (ulong)amount;
            total += magnitude;
            if (total > long.MaxValue)
            {
                context.Report(EntityRef.Dataset, "FundEntries");
                return;
            }
        }
    }
}
