using System.Collections.Immutable;
using DomainKit.Validation;

namespace DomainKit.Submissions.Checks;

/// <summary>Reports what a replay of a stored approval history left out as findings, for a validation report or an import.</summary>
public static class ApprovalReplayExtensions
{
    /// <summary>
    /// A finding of <see cref="ApprovalRules"/> (DK960 to DK965) for each step <paramref name="replay"/> left out, in
    /// stored order, about <c>approval-step:{slot}#{index}</c> and the field of the step at fault; empty for a valid
    /// history. The arguments hold <c>index</c>, <c>action</c>, <c>at</c>, <c>actor</c>, <c>version</c>, <c>state</c>
    /// (before the step), <c>refusal</c> and <c>reason</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="replay"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<Finding> Findings(this ApprovalReplay replay)
    {
        ArgumentNullException.ThrowIfNull(replay);
        var findings = ImmutableArray.CreateBuilder<Finding>(replay.Problems.Length);
        foreach (var problem in replay.Problems)
        {
            var (descriptor, field) = problem.Refusal switch
            {
                ApprovalRefusal.ReasonRequired => (ApprovalRules.ReasonMissing, "Reason"),
                ApprovalRefusal.VersionNotNewer or ApprovalRefusal.StaleVersion => (ApprovalRules.VersionInvalid, "Version"),
                ApprovalRefusal.ClockBeforeLastStep => (ApprovalRules.StepOutOfOrder, "At"),
                ApprovalRefusal.SelfApproval => (ApprovalRules.ApprovedBySubmitter, "ApprovingUnit"),
                ApprovalRefusal.StateAfterMismatch => (ApprovalRules.StateMismatch, "StateAfter"),
                _ => (ApprovalRules.StepNotAllowed, "Action"),
            };
            var step = problem.Step;
            var arguments = ImmutableDictionary.CreateRange(StringComparer.Ordinal, new KeyValuePair<string, object?>[]
            {
                new("index", problem.Index),
                new("action", step.Action),
                new("at", step.At),
                new("actor", step.Actor),
                new("version", step.Version),
                new("state", problem.StateBefore),
                new("refusal", problem.Refusal),
                new("reason", problem.Reason),
            });
            // The action, state and time in the words of the message's language; the arguments keep the values.
            var shown = new Dictionary<string, object?>(arguments, StringComparer.Ordinal)
            {
                ["action"] = ApprovalNames.Of(step.Action),
                ["state"] = ApprovalNames.Of(problem.StateBefore),
                ["at"] = ApprovalNames.Time(step.At),
            };
            findings.Add(Finding.Of(descriptor, descriptor.DefaultSeverity, EntityRef.ForApprovalStep(replay.History.Key, problem.Index), field, arguments, shown));
        }
        return findings.MoveToImmutable();
    }
}
