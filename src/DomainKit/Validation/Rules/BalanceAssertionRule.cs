using DomainKit.Funds;
using DomainKit.Text;

namespace DomainKit.Validation.Rules;

/// <summary>
/// DK504: a stated balance differs from the balance the ledger's entries give. A balance the entries cannot give (none
/// before it, or a summary entry's span open on its day) is not compared with 0: DK506 says it cannot be checked.
/// </summary>
internal sealed class BalanceAssertionRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK504", "BalanceAssertionContradicted", Severity.Error,
        new("Số dư công bố không khớp sổ quỹ", "A stated balance contradicts the ledger"),
        new("Số dư {when} ngày {date} được ghi là {stated}, nhưng các bút toán cho {computed}; chênh lệch {difference}.",
            "The balance at the {when} of {date} is stated as {stated}, but the entries give {computed}; the difference is {difference}."));

    public void Validate(RuleContext context)
    {
        foreach (var ledger in context.Dataset.Ledgers)
        {
            LedgerCoverage? coverage = null;
            for (var i = 0; i < ledger.Count; i++)
            {
                if (ledger.KindAt(i) != FundEntryKind.BalanceAssertion || ledger.EntryAt(i) is not BalanceAssertion assertion)
                {
                    continue;
                }
                coverage ??= ledger.Coverage;
                if (!BalanceAssertionNotCheckableRule.IsCheckable(coverage.Value, assertion))
                {
                    continue;
                }
                Money.Dong computed, difference;
                try
                {
                    computed = ledger.BalanceOn(assertion.Date, assertion.At);
                    difference = assertion.StatedBalance - computed;
                }
                catch (OverflowException)
                {
                    // DK106 reports sums beyond 64 bits; no balance can be stated against them.
                    continue;
                }
                if (difference != Money.Dong.Zero)
                {
                    var when = assertion.At == BalanceTime.StartOfDay ? new LocalizedText("đầu", "start") : new LocalizedText("cuối", "end");
                    context.Report(EntityRef.ForFundEntry(ledger.FundId, i), "StatedBalance",
                        (MessageArguments.When, when), (MessageArguments.Date, assertion.Date), (MessageArguments.Stated, assertion.StatedBalance),
                        (MessageArguments.Computed, computed), (MessageArguments.Difference, difference));
                }
            }
        }
    }
}
