using System.Collections.Immutable;
using DomainKit.Units;
using DomainKit.Utility;
using NodaTime;

namespace DomainKit.Submissions;

/// <summary>
/// Approval over levels: a unit's report is approved by the level above, which files its own roll-up for the same
/// period, approved in turn by the level above it. When a roll-up is approved, the approvals of the reports it rolls
/// up become final: they are locked, so that no approval below can be withdrawn once a higher level has approved.
/// When the roll-up's approval is withdrawn, they are unlocked again and their approvers may act on them. Applied to
/// the roll-up and the reports below it together, all or nothing.
/// </summary>
/// <remarks>
/// As in DHIS2, a roll-up cannot be approved while a report below it waits for a decision (submitted or returned):
/// the level above would approve figures its own level has not. Reports below that were never submitted (drafts) are
/// not in the roll-up and are left as they are; that they are missing is for completeness to show. Which reports roll
/// into which is the app's to say (the unit tree on the day it chooses): pass the reports of the units right below
/// the roll-up's unit. Each level may file its own form; the period must be the roll-up's.
/// </remarks>
public static class ApprovalLevels
{
    /// <summary>
    /// Approves <paramref name="rollUp"/> (submitted → approved) and locks every approved report of
    /// <paramref name="lowerLevel"/> (approved → locked), the lock recording the same actor, time and approving unit.
    /// </summary>
    /// <param name="rollUp">The roll-up of the level whose reports are below.</param>
    /// <param name="lowerLevel">The reports the roll-up adds up: of other units, for the same period.</param>
    /// <param name="actor">Who approves: an id the app gives.</param>
    /// <param name="clock">The clock that says when.</param>
    /// <param name="version">The version of the roll-up read: the current one, or the approval is refused as stale.</param>
    /// <param name="approvingUnit">The unit above the roll-up's, when the app names it.</param>
    /// <param name="reason">A note on the approval, optional.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>, or so is a report below.</exception>
    /// <exception cref="ArgumentException">
    /// The actor is blank; the approving unit is the empty id; a report below is of another period, of the roll-up's
    /// own unit, or given twice.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The version is below 1.</exception>
    public static ApprovalCascade ApproveRollUp(ApprovalHistory rollUp, IEnumerable<ApprovalHistory> lowerLevel, string actor, IClock clock, int version,
        UnitId? approvingUnit = null, string? reason = null)
    {
        var lower = Below(rollUp, lowerLevel);
        Preconditions.CheckNotBlank(actor);
        Preconditions.CheckNotNull(clock);
        if (version < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "Versions are numbered from 1.");
        }
        if (approvingUnit is { IsEmpty: true })
        {
            throw new ArgumentException("The approving unit is the empty id.", nameof(approvingUnit));
        }
        // One instant for every step, so that the locks below are dated as the approval that causes them.
        var at = clock.GetCurrentInstant();
        var approved = rollUp.Take(ApprovalAction.Approve, actor, at, version, reason, approvingUnit, null, null);
        if (!approved.IsAccepted)
        {
            return ApprovalCascade.Refused(rollUp.Key, approved.Refusal, approved.Reason);
        }
        var waiting = lower.Where(h => h.State is ApprovalState.Submitted or ApprovalState.Returned).Select(h => h.Key.ToString()).ToList();
        if (waiting.Count > 0)
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal) { ["slots"] = string.Join(", ", waiting) };
            return ApprovalCascade.Refused(rollUp.Key, ApprovalRefusal.LowerLevelNotApproved,
                ApprovalTexts.Reason(ApprovalRefusal.LowerLevelNotApproved, ApprovalAction.Approve, values));
        }
        var after = ImmutableArray.CreateBuilder<ApprovalHistory>(lower.Count);
        foreach (var history in lower)
        {
            if (history.State != ApprovalState.Approved)
            {
                after.Add(history);
                continue;
            }
            var locked = history.Take(ApprovalAction.Lock, actor, at, null, null, approvingUnit, null, null);
            if (!locked.IsAccepted)
            {
                return ApprovalCascade.Refused(history.Key, locked.Refusal, locked.Reason);
            }
            after.Add(locked.History);
        }
        return ApprovalCascade.Accepted(approved.History, after.MoveToImmutable());
    }

    /// <summary>
    /// Withdraws the approval of <paramref name="rollUp"/> (approved → submitted), refused once a higher level has
    /// locked it, and unlocks every locked report of <paramref name="lowerLevel"/> (locked → approved) with the same
    /// reason, so that their approvers may withdraw their own approvals if the correction needs it.
    /// </summary>
    /// <param name="rollUp">The roll-up whose approval is withdrawn.</param>
    /// <param name="lowerLevel">The reports the roll-up adds up: of other units, for the same period.</param>
    /// <param name="actor">Who withdraws it: an id the app gives.</param>
    /// <param name="clock">The clock that says when.</param>
    /// <param name="reason">Why; required (a missing or blank reason is a refusal).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>, or so is a report below.</exception>
    /// <exception cref="ArgumentException">The actor is blank; a report below is of another period, of the roll-up's own unit, or given twice.</exception>
    public static ApprovalCascade WithdrawRollUpApproval(ApprovalHistory rollUp, IEnumerable<ApprovalHistory> lowerLevel, string actor, IClock clock, string? reason)
    {
        var lower = Below(rollUp, lowerLevel);
        Preconditions.CheckNotBlank(actor);
        Preconditions.CheckNotNull(clock);
        var at = clock.GetCurrentInstant();
        var withdrawn = rollUp.Take(ApprovalAction.WithdrawApproval, actor, at, null, reason, null, null, null);
        if (!withdrawn.IsAccepted)
        {
            return ApprovalCascade.Refused(rollUp.Key, withdrawn.Refusal, withdrawn.Reason);
        }
        var after = ImmutableArray.CreateBuilder<ApprovalHistory>(lower.Count);
        foreach (var history in lower)
        {
            if (history.State != ApprovalState.Locked)
            {
                after.Add(history);
                continue;
            }
            var unlocked = history.Unlock(actor, at, reason);
            if (!unlocked.IsAccepted)
            {
                return ApprovalCascade.Refused(history.Key, unlocked.Refusal, unlocked.Reason);
            }
            after.Add(unlocked.History);
        }
        return ApprovalCascade.Accepted(withdrawn.History, after.MoveToImmutable());
    }

    private static List<ApprovalHistory> Below(ApprovalHistory rollUp, IEnumerable<ApprovalHistory> lowerLevel)
    {
        Preconditions.CheckNotNull(rollUp);
        Preconditions.CheckNotNull(lowerLevel);
        var lower = lowerLevel.ToList();
        var seen = new HashSet<SubmissionKey>();
        foreach (var history in lower)
        {
            if (history is null)
            {
                throw new ArgumentNullException(nameof(lowerLevel), "A report below is null.");
            }
            if (history.Key.Period != rollUp.Key.Period)
            {
                throw new ArgumentException($"{history.Key} is not of the roll-up's period {rollUp.Key.Period.Id}.", nameof(lowerLevel));
            }
            if (history.Key.Unit == rollUp.Key.Unit)
            {
                throw new ArgumentException($"{history.Key} is of the roll-up's own unit, not of a unit below it.", nameof(lowerLevel));
            }
            if (!seen.Add(history.Key))
            {
                throw new ArgumentException($"{history.Key} is given twice.", nameof(lowerLevel));
            }
        }
        return lower;
    }
}
