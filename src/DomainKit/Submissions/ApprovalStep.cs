using DomainKit.Units;
using DomainKit.Utility;
using NodaTime;
using NodaTime.Text;

namespace DomainKit.Submissions;

/// <summary>
/// One step of a report's approval, as it is kept forever: what was done, by whom, when, why, to which version, by
/// which approving unit, and the state it left the report in. <see cref="ApprovalHistory"/> makes the steps it takes;
/// an app that stores them builds them back with the constructor and hands them to <see cref="ApprovalHistory.Replay"/>,
/// which checks them against the rules rather than trusting them. Immutable; equal to a step with the same fields.
/// </summary>
public sealed record ApprovalStep
{
    /// <summary>Creates a step.</summary>
    /// <param name="action">What was done.</param>
    /// <param name="actor">Who did it: an id the app gives (a user, an officer's account); required.</param>
    /// <param name="at">When, from the injected clock.</param>
    /// <param name="version">The version of the submission the step concerns, from 1.</param>
    /// <param name="stateAfter">The state the step left the report in.</param>
    /// <param name="reason">Why; required by the rules for <see cref="ApprovalAction.Return"/>, <see cref="ApprovalAction.WithdrawApproval"/> and <see cref="ApprovalAction.Unlock"/>, which a replay checks.</param>
    /// <param name="approvingUnit">The unit that approved, for <see cref="ApprovalAction.Approve"/> and <see cref="ApprovalAction.Lock"/> only; optional.</param>
    /// <exception cref="ArgumentNullException">The actor is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The actor is blank, or an approving unit is given for another action, or is the empty id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The action or state is not defined, or the version is below 1.</exception>
    public ApprovalStep(ApprovalAction action, string actor, Instant at, int version, ApprovalState stateAfter, string? reason = null, UnitId? approvingUnit = null)
    {
        if (!Enum.IsDefined(action))
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "Not an approval action.");
        }
        if (!Enum.IsDefined(stateAfter))
        {
            throw new ArgumentOutOfRangeException(nameof(stateAfter), stateAfter, "Not an approval state.");
        }
        if (version < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "Versions are numbered from 1.");
        }
        if (approvingUnit is { } unit && (unit.IsEmpty || action is not (ApprovalAction.Approve or ApprovalAction.Lock)))
        {
            throw new ArgumentException(unit.IsEmpty
                ? "The approving unit is the empty id."
                : $"Only an approval or a lock names an approving unit, not {action}.", nameof(approvingUnit));
        }
        Action = action;
        Actor = Preconditions.CheckNotBlank(actor);
        At = at;
        Version = version;
        StateAfter = stateAfter;
        Reason = reason;
        ApprovingUnit = approvingUnit;
    }

    /// <summary>What was done.</summary>
    public ApprovalAction Action { get; }

    /// <summary>Who did it: the id the app gave.</summary>
    public string Actor { get; }

    /// <summary>When it was done.</summary>
    public Instant At { get; }

    /// <summary>The version of the submission it concerns: the version filed, or the version decided on.</summary>
    public int Version { get; }

    /// <summary>The state it left the report in.</summary>
    public ApprovalState StateAfter { get; }

    /// <summary>Why, as the actor wrote it; <see langword="null"/> when none was given.</summary>
    public string? Reason { get; }

    /// <summary>The unit that approved (for an approval or a lock), when the app named it.</summary>
    public UnitId? ApprovingUnit { get; }

    /// <summary>Writes <c>2023-07-10T03:00:00Z approve v2 by can-bo-huyen for huyen-bd → approved: reason</c>, in English.</summary>
    public override string ToString()
    {
        var by = ApprovingUnit is { } unit ? $" for {unit}" : string.Empty;
        var why = Reason is null ? string.Empty : ": " + Reason;
        return $"{InstantPattern.General.Format(At)} {ApprovalNames.Of(Action).English} v{Version.ToString(System.Globalization.CultureInfo.InvariantCulture)} by {Actor}{by} → {ApprovalNames.Of(StateAfter).English}{why}";
    }
}
