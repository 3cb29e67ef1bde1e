using DomainKit.Funds;

namespace DomainKit.Benchmarks;

/// <summary>The money amount of a fund entry that the roll-ups sum.</summary>
public static class EntryAmount
{
    /// <summary>
    /// The amount of a contribution, disbursement or repayment, the principal of a loan, the valuation of goods
    /// in kind when they have one; <see langword="null"/> for goods without a valuation, opening balances and
    /// balance assertions, which are not flows of money.
    /// </summary>
    public static long? Of(FundEntry entry) => entry switch
    {
        Contribution c => c.Amount.Value,
        Disbursement d => d.Amount.Value,
        LoanDisbursement l => l.Principal.Value,
        LoanRepayment r => r.Amount.Value,
        InKindReceipt { Valuation: { } v } => v.Value.Value,
        InKindDistribution { Valuation: { } v } => v.Value.Value,
        _ => null,
    };
}
