using System.Collections.Immutable;
using DomainKit.Validation.Rules;

namespace DomainKit.Validation;

/// <summary>
/// The rules DomainKit ships. Their codes, severities and messages are listed in docs/findings.md;
/// each can be given another severity or turned off through <see cref="ValidationOptions"/>.
/// </summary>
public static class BuiltInRules
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

    /// <summary>The descriptor of the finding reported when a rule itself fails (code <c>DK100</c>).</summary>
    public static RuleDescriptor RuleFailureDescriptor => RuleFailure.Descriptor;
}
