using DomainKit.Funds;
using DomainKit.Money;

namespace DomainKit.Validation.Rules;

/// <summary>DK502: the repayments of a loan add up to more than it lent.</summary>
internal sealed class RepaymentAbovePrincipalRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK502", "RepaymentAbovePrincipal", Severity.Error,
        new("Trả nợ vượt số tiền vay", "Repayments exceed the principal"),
        new("Khoản vay {loan} được trả tổng cộng {repaid}, vượt số tiền vay {principal} là {excess}.",
            "The loan {loan} has been repaid {repaid} in all, more than its principal of {principal} by {excess}."));

    public void Validate(RuleContext context)
    {
        foreach (var ledger in context.Dataset.Ledgers)
        {
            var principal = new Dictionary<string, Dong>(StringComparer.Ordinal);
            foreach (var loan in LoanEntries.Of<LoanDisbursement>(ledger, FundEntryKind.LoanDisbursement).Select(x => x.Entry))
            {
                if (loan.LoanId is not null && Dong.TryAdd(principal.GetValueOrDefault(loan.LoanId), loan.Principal, out var sum))
                {
                    principal[loan.LoanId] = sum;
                }
            }
            var repaid = new Dictionary<string, Dong>(StringComparer.Ordinal);
            foreach (var (i, repayment) in LoanEntries.Of<LoanRepayment>(ledger, FundEntryKind.LoanRepayment))
            {
                if (repayment.LoanId is not { } loanId || !principal.TryGetValue(loanId, out var lent))
                {
                    continue;
                }
                var before = repaid.GetValueOrDefault(loanId);
                if (!Dong.TryAdd(before, repayment.Amount, out var after))
                {
                    break;
                }
                repaid[loanId] = after;
                // Reported once, at the repayment that crosses the principal.
                if (after > lent && before <= lent)
                {
                    context.Report(EntityRef.ForFundEntry(ledger.FundId, i), "Amount",
                        (MessageArguments.Loan, loanId), (MessageArguments.Repaid, after), (MessageArguments.Principal, lent), (MessageArguments.Excess, after - lent));
                }
            }
        }
    }
}
