using DomainKit.Indicators;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Utility;

namespace DomainKit.Interchange.Submissions;

/// <summary>
/// The codes the submissions format writes for its enumerations. Spelled out here, never derived from the C# names,
/// so that renaming a member cannot change a file.
/// </summary>
internal static class SubmissionCodes
{
    public static readonly EnumCodes<IndicatorKind> Kinds = new(
        (IndicatorKind.Count, "count"), (IndicatorKind.Money, "money"), (IndicatorKind.Quantity, "quantity"), (IndicatorKind.Rate, "rate"));

    public static readonly EnumCodes<TimeAggregation> OverTime = new(
        (TimeAggregation.Sum, "sum"), (TimeAggregation.LastValue, "last-value"), (TimeAggregation.Recompute, "recompute"));

    public static readonly EnumCodes<HierarchyAggregation> OverUnits = new(
        (HierarchyAggregation.Sum, "sum"), (HierarchyAggregation.Recompute, "recompute"), (HierarchyAggregation.None, "none"));

    public static readonly EnumCodes<PeriodKind> PeriodKinds = new(
        (PeriodKind.Year, "year"), (PeriodKind.HalfYear, "half-year"), (PeriodKind.Quarter, "quarter"), (PeriodKind.Month, "month"),
        (PeriodKind.YearToDate, "year-to-date"), (PeriodKind.Term, "term"), (PeriodKind.CampaignYear, "campaign-year"), (PeriodKind.Range, "range"));

    public static readonly EnumCodes<AmountQualifier> Qualifiers = new(
        (AmountQualifier.None, "none"), (AmountQualifier.Over, "over"), (AmountQualifier.Under, "under"), (AmountQualifier.About, "about"));

    public static readonly EnumCodes<ApprovalAction> Actions = new(
        (ApprovalAction.Submit, "submit"), (ApprovalAction.Resubmit, "resubmit"), (ApprovalAction.Return, "return"), (ApprovalAction.Approve, "approve"),
        (ApprovalAction.WithdrawApproval, "withdraw-approval"), (ApprovalAction.Lock, "lock"), (ApprovalAction.Unlock, "unlock"));

    public static readonly EnumCodes<ApprovalState> States = new(
        (ApprovalState.Draft, "draft"), (ApprovalState.Submitted, "submitted"), (ApprovalState.Returned, "returned"),
        (ApprovalState.Approved, "approved"), (ApprovalState.Locked, "locked"));
}
