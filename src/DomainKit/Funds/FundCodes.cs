using DomainKit.Utility;

namespace DomainKit.Funds;

/// <summary>The codes of the funds' enumerations, as the interchange formats write them and report rows are keyed by them.</summary>
internal static class FundCodes
{
    public static readonly EnumCodes<BeneficiaryKind> BeneficiaryKinds = new(
        (BeneficiaryKind.People, "people"),
        (BeneficiaryKind.Households, "households"),
        (BeneficiaryKind.Organisations, "organisations"));

    public static readonly EnumCodes<BalanceTime> BalanceTimes = new(
        (BalanceTime.StartOfDay, "start-of-day"),
        (BalanceTime.EndOfDay, "end-of-day"));

    /// <summary>The <c>kind</c> of each fund entry record, named after its type.</summary>
    public static readonly EnumCodes<FundEntryKind> EntryKinds = new(
        (FundEntryKind.OpeningBalance, "opening-balance"),
        (FundEntryKind.Contribution, "contribution"),
        (FundEntryKind.Disbursement, "disbursement"),
        (FundEntryKind.LoanDisbursement, "loan-disbursement"),
        (FundEntryKind.LoanRepayment, "loan-repayment"),
        (FundEntryKind.InKindReceipt, "in-kind-receipt"),
        (FundEntryKind.InKindDistribution, "in-kind-distribution"),
        (FundEntryKind.BalanceAssertion, "balance-assertion"));
}
