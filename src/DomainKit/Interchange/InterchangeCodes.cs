using DomainKit.Commendations;
using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Pledges;

namespace DomainKit.Interchange;

/// <summary>The codes of the enums in the JSON dataset format and the CSV bundle, shared by their readers and writers.</summary>
internal static class InterchangeCodes
{
    public static readonly EnumCodes<LifecycleStage> Stages = new(
        (LifecycleStage.Registered, "registered"),
        (LifecycleStage.Pilot, "pilot"),
        (LifecycleStage.Launched, "launched"),
        (LifecycleStage.Maintained, "maintained"),
        (LifecycleStage.Replicated, "replicated"),
        (LifecycleStage.Reviewed, "reviewed"),
        (LifecycleStage.Suspended, "suspended"),
        (LifecycleStage.Ended, "ended"));

    public static readonly EnumCodes<PledgerKind> PledgerKinds = new(
        (PledgerKind.Individual, "individual"),
        (PledgerKind.Collective, "collective"));

    public static readonly EnumCodes<ScheduleFrequency> Frequencies = new(
        (ScheduleFrequency.Daily, "daily"),
        (ScheduleFrequency.Monthly, "monthly"),
        (ScheduleFrequency.Yearly, "yearly"));

    public static readonly EnumCodes<PerformanceRating> Ratings = new(
        (PerformanceRating.CompletedExcellently, "completed-excellently"),
        (PerformanceRating.CompletedWell, "completed-well"),
        (PerformanceRating.Completed, "completed"),
        (PerformanceRating.NotCompleted, "not-completed"));

    public static readonly EnumCodes<BeneficiaryKind> BeneficiaryKinds = new(
        (BeneficiaryKind.People, "people"),
        (BeneficiaryKind.Households, "households"),
        (BeneficiaryKind.Organisations, "organisations"));

    public static readonly EnumCodes<BalanceTime> BalanceTimes = new(
        (BalanceTime.StartOfDay, "start-of-day"),
        (BalanceTime.EndOfDay, "end-of-day"));

    public static readonly EnumCodes<RecipientKind> RecipientKinds = new(
        (RecipientKind.Collective, "collective"),
        (RecipientKind.Individual, "individual"),
        (RecipientKind.Household, "household"));

    public static readonly EnumCodes<AuthorityLevel> Levels = new(
        (AuthorityLevel.Central, "central"),
        (AuthorityLevel.Province, "province"),
        (AuthorityLevel.District, "district"),
        (AuthorityLevel.Commune, "commune"),
        (AuthorityLevel.Base, "base"));

    /// <summary>The <c>kind</c> of each fund entry record, named after its type.</summary>
    public static readonly EnumCodes<FundEntryKind> EntryKinds = new(
        (FundEntryKind.OpeningBalance, "opening-balance"),
        (FundEntryKind.Contribution, "contribution"),
        (FundEntryKind.Disbursement, "disbursement"),
        (FundEntryKind.Loan, "loan-disbursement"),
        (FundEntryKind.Repayment, "loan-repayment"),
        (FundEntryKind.InKindReceipt, "in-kind-receipt"),
        (FundEntryKind.InKindDistribution, "in-kind-distribution"),
        (FundEntryKind.BalanceAssertion, "balance-assertion"));
}
