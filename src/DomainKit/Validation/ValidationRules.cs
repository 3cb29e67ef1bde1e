using System.Collections.Immutable;
using DomainKit.Validation.Rules;

namespace DomainKit.Validation;

/// <summary>
/// The validation rules DomainKit ships: the rules themselves (<see cref="All"/>) and what each reports
/// (<see cref="Descriptors"/>), as <c>ImportRules</c>, <c>ReconciliationRules</c> and <c>ReportRules</c> list what
/// reading, reconciling and reporting report. Their codes, severities and messages are listed in docs/findings.md;
/// each can be given another severity or turned off through <see cref="ValidationOptions"/>.
/// </summary>
public static class ValidationRules
{
    /// <summary>Every built-in rule, in the order of their codes.</summary>
    public static ImmutableArray<IValidationRule> All { get; } =
    [
        new RequiredFieldRule(),
        new DuplicateIdRule(),
        new UnresolvedReferenceRule(),
        new DateInFutureRule(),
        new NegativeAmountRule(),
        new SumOverflowRule(),
        new DatasetSumOverflowRule(),
        new UnsafeCharactersRule(),
        new UnitCycleRule(),
        new ParentNotValidRule(),
        new ValidityReversedRule(),
        new SuccessorNotValidRule(),
        new HeadCountPartAboveWholeRule(),
        new RegisteredAboveMembersRule(),
        new RegisteredAboveEligibleRule(),
        new LinkFollowsSuccessorRule(),
        new SuccessionAmbiguousRule(),
        new PrimarySuccessorNotListedRule(),
        new LinkChangeInvalidRule(),
        new LifecycleTransitionRule(),
        new LifecycleOutOfOrderRule(),
        new ReplicaBeforeOriginRule(),
        new ReplicationCycleRule(),
        new ScheduleInvalidRule(),
        new EvaluationInconsistentRule(),
        new PaymentOutsidePledgeRule(),
        new OutflowAboveBalanceRule(),
        new RepaymentAbovePrincipalRule(),
        new InKindWithoutValuationRule(),
        new BalanceAssertionRule(),
        new DistinctAboveOccurrencesRule(),
        new BalanceAssertionNotCheckableRule(),
        new CommendationWithoutAwardRule(),
        new TitleForOtherRecipientRule(),
        new DatedOutsideUnitValidityRule(),
        new EntryOutsideFundBoundsRule(),
    ];

    /// <summary>What every built-in rule reports, in the order of <see cref="All"/>.</summary>
    public static ImmutableArray<RuleDescriptor> Descriptors { get; } = [.. All.Select(rule => rule.Descriptor)];

    /// <summary>The descriptor of the finding reported when a rule itself fails (code <c>DK100</c>).</summary>
    public static RuleDescriptor RuleFailureDescriptor => RuleFailure.Descriptor;
}
