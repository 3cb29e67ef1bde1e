using System.Collections.Immutable;
using System.Globalization;
using DomainKit.Text;
using DomainKit.Units;
using DomainKit.Utility;
using NodaTime;

namespace DomainKit.Submissions;

/// <summary>
/// The approval of one report slot (<see cref="SubmissionKey"/>): every step taken on it, in order, and the state and
/// version they lead to. Append-only and immutable: each action returns an <see cref="ApprovalOutcome"/> holding a new
/// history with one more step, or a refusal that says why and changes nothing. Steps are never removed or rewritten.
/// </summary>
/// <remarks>
/// <para>
/// The workflow: draft → <see cref="Submit"/> → submitted; submitted → <see cref="Return"/> (with a reason) → returned;
/// returned → <see cref="Resubmit"/> (a newer version) → submitted; submitted → <see cref="Approve"/> (by the level
/// above) → approved; approved → <see cref="WithdrawApproval"/> (with a reason) → submitted; approved →
/// <see cref="Lock"/> (a higher level approved what the report rolls into, or closed the period) → locked. A locked
/// report refuses every action; only the withdrawal of the higher approval that locked it opens it again, through
/// <see cref="ApprovalLevels.WithdrawRollUpApproval"/>, as DHIS2 lets data approved above be unapproved below only
/// once the approval above is undone.
/// </para>
/// <para>
/// A correction is a new version. While the report is submitted and the level above has not decided, the unit may
/// <see cref="Resubmit"/> a newer version, which supersedes the one waiting (DHIS2 likewise lets data change until it
/// is approved); once it is approved, the approval must be withdrawn first. Because of that, <see cref="Return"/> and
/// <see cref="Approve"/> name the version the approver read, and are refused as stale when it has been superseded.
/// </para>
/// <para>
/// A step is checked in this order, and the first rule it breaks is the refusal: the state allows the action; the
/// clock does not read earlier than the last step; a return, a withdrawal or an unlock has a non-blank reason; a
/// submission files a version newer than the current one, and any other step concerns the current version; an
/// approval or a lock does not name the filing unit itself as the approver. Who may act is the app's to decide: the
/// actor is recorded, not checked.
/// </para>
/// </remarks>
public sealed class ApprovalHistory
{
    private ApprovalHistory(SubmissionKey key, ImmutableArray<ApprovalStep> steps, ApprovalState state, int currentVersion, Instant? firstSubmittedAt)
    {
        Key = key;
        Steps = steps;
        State = state;
        CurrentVersion = currentVersion;
        FirstSubmittedAt = firstSubmittedAt;
    }

    /// <summary>Creates the history of a slot nothing has been submitted for: a draft with no steps.</summary>
    /// <exception cref="ArgumentException">The key is the default value.</exception>
    public ApprovalHistory(SubmissionKey key)
        : this(CheckKey(key), [], ApprovalState.Draft, 0, null)
    {
    }

    /// <summary>The slot.</summary>
    public SubmissionKey Key { get; }

    /// <summary>Every step taken, oldest first.</summary>
    public ImmutableArray<ApprovalStep> Steps { get; }

    /// <summary>Where the report stands.</summary>
    public ApprovalState State { get; }

    /// <summary>The version last submitted, which decisions concern; 0 while nothing has been submitted.</summary>
    public int CurrentVersion { get; }

    /// <summary>The last step, or <see langword="null"/> while there is none.</summary>
    public ApprovalStep? LastStep => Steps.IsEmpty ? null : Steps[^1];

    /// <summary>When the report was first submitted (for timeliness: on time or late), or <see langword="null"/> while it is a draft.</summary>
    public Instant? FirstSubmittedAt { get; }

    /// <summary>
    /// Whether the state allows <paramref name="action"/>, so that an app can offer only the actions that can succeed;
    /// the reason, version, approver and clock are checked when the action is taken.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The action is not defined.</exception>
    public bool Allows(ApprovalAction action) => ApprovalRulebook.Refusal(State, CheckAction(action)) == ApprovalRefusal.None;

    /// <summary>The unit files its first version: draft → submitted.</summary>
    /// <param name="actor">Who submits: an id the app gives.</param>
    /// <param name="clock">The clock that says when.</param>
    /// <param name="version">The version filed, from 1.</param>
    /// <param name="reason">A note, optional.</param>
    /// <exception cref="ArgumentNullException">The actor or clock is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The actor is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The version is below 1.</exception>
    public ApprovalOutcome Submit(string actor, IClock clock, int version, string? reason = null)
        => Take(ApprovalAction.Submit, actor, clock, CheckVersion(version), reason, null);

    /// <summary>
    /// The unit files a newer version: returned → submitted, or submitted → submitted, superseding the version that
    /// waited for a decision. Refused once the report is approved (the approval must be withdrawn first) or locked.
    /// </summary>
    /// <param name="actor">Who resubmits: an id the app gives.</param>
    /// <param name="clock">The clock that says when.</param>
    /// <param name="version">The version filed: newer than <see cref="CurrentVersion"/>.</param>
    /// <param name="reason">What was corrected, optional.</param>
    /// <exception cref="ArgumentNullException">The actor or clock is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The actor is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The version is below 1.</exception>
    public ApprovalOutcome Resubmit(string actor, IClock clock, int version, string? reason = null)
        => Take(ApprovalAction.Resubmit, actor, clock, CheckVersion(version), reason, null);

    /// <summary>The level above sends the version it read back to the unit with a reason: submitted → returned.</summary>
    /// <param name="actor">Who returns it: an id the app gives.</param>
    /// <param name="clock">The clock that says when.</param>
    /// <param name="version">The version read: the current one, or the step is refused as stale.</param>
    /// <param name="reason">Why; required (a missing or blank reason is a refusal).</param>
    /// <exception cref="ArgumentNullException">The actor or clock is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The actor is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The version is below 1.</exception>
    public ApprovalOutcome Return(string actor, IClock clock, int version, string? reason)
        => Take(ApprovalAction.Return, actor, clock, CheckVersion(version), reason, null);

    /// <summary>The level above approves the version it read: submitted → approved.</summary>
    /// <param name="actor">Who approves: an id the app gives.</param>
    /// <param name="clock">The clock that says when.</param>
    /// <param name="version">The version read: the current one, or the step is refused as stale.</param>
    /// <param name="approvingUnit">The approving unit, when the app names it; never the filing unit itself.</param>
    /// <param name="reason">A note, optional.</param>
    /// <exception cref="ArgumentNullException">The actor or clock is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The actor is blank, or the approving unit is the empty id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The version is below 1.</exception>
    public ApprovalOutcome Approve(string actor, IClock clock, int version, UnitId? approvingUnit = null, string? reason = null)
        => Take(ApprovalAction.Approve, actor, clock, CheckVersion(version), reason, CheckUnit(approvingUnit));

    /// <summary>The approver takes the approval back with a reason: approved → submitted. Refused once locked.</summary>
    /// <param name="actor">Who withdraws it: an id the app gives.</param>
    /// <param name="clock">The clock that says when.</param>
    /// <param name="reason">Why; required (a missing or blank reason is a refusal).</param>
    /// <exception cref="ArgumentNullException">The actor or clock is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The actor is blank.</exception>
    public ApprovalOutcome WithdrawApproval(string actor, IClock clock, string? reason)
        => Take(ApprovalAction.WithdrawApproval, actor, clock, null, reason, null);

    /// <summary>
    /// A higher level approved what the report rolls into, or closed the period: approved → locked. For roll-ups,
    /// <see cref="ApprovalLevels.ApproveRollUp"/> locks the reports below as it approves the one above.
    /// </summary>
    /// <param name="actor">Who locks it: an id the app gives.</param>
    /// <param name="clock">The clock that says when.</param>
    /// <param name="approvingUnit">The higher unit whose approval locks the report, when the app names it; never the filing unit itself.</param>
    /// <param name="reason">A note, optional.</param>
    /// <exception cref="ArgumentNullException">The actor or clock is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The actor is blank, or the approving unit is the empty id.</exception>
    public ApprovalOutcome Lock(string actor, IClock clock, UnitId? approvingUnit = null, string? reason = null)
        => Take(ApprovalAction.Lock, actor, clock, null, reason, CheckUnit(approvingUnit));

    /// <summary>The higher approval that locked the report was withdrawn: locked → approved. Only the roll-up helper takes it.</summary>
    internal ApprovalOutcome Unlock(string actor, Instant at, string? reason)
        => Take(ApprovalAction.Unlock, Preconditions.CheckNotBlank(actor), at, null, reason, null, null, null);

    /// <summary>The step of <paramref name="action"/> taken at the clock's instant.</summary>
    internal ApprovalOutcome Take(ApprovalAction action, string actor, IClock clock, int? version, string? reason, UnitId? approvingUnit)
    {
        Preconditions.CheckNotBlank(actor);
        Preconditions.CheckNotNull(clock);
        return Take(action, actor, clock.GetCurrentInstant(), version, reason, approvingUnit, null, null);
    }

    /// <summary>
    /// The step of <paramref name="action"/> at <paramref name="at"/> for <paramref name="version"/> (the current one
    /// when <see langword="null"/>), checked by the rules; when replaying, <paramref name="recorded"/> is the state the
    /// stored step says it led to, and <paramref name="stored"/> the step kept when it is right.
    /// </summary>
    internal ApprovalOutcome Take(ApprovalAction action, string actor, Instant at, int? version, string? reason, UnitId? approvingUnit,
        ApprovalState? recorded, ApprovalStep? stored)
    {
        var asked = version ?? CurrentVersion;
        var target = ApprovalRulebook.Target(action);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["current"] = CurrentVersion,
            ["version"] = asked,
            ["unit"] = Key.Unit.ToString(),
            ["at"] = ApprovalNames.Time(at),
            ["last"] = LastStep is { } previous ? ApprovalNames.Time(previous.At) : null,
            ["recorded"] = recorded is { } r ? ApprovalNames.Of(r) : null,
            ["expected"] = ApprovalNames.Of(target),
        };
        var refusal = ApprovalRulebook.Refusal(State, action);
        if (refusal == ApprovalRefusal.None && LastStep is { } last && at < last.At)
        {
            refusal = ApprovalRefusal.ClockBeforeLastStep;
        }
        if (refusal == ApprovalRefusal.None && ApprovalRulebook.NeedsReason(action) && string.IsNullOrWhiteSpace(reason))
        {
            refusal = ApprovalRefusal.ReasonRequired;
        }
        if (refusal == ApprovalRefusal.None)
        {
            refusal = ApprovalRulebook.FilesVersion(action)
                ? (asked > CurrentVersion ? ApprovalRefusal.None : ApprovalRefusal.VersionNotNewer)
                : (asked == CurrentVersion ? ApprovalRefusal.None : ApprovalRefusal.StaleVersion);
        }
        if (refusal == ApprovalRefusal.None && ApprovalRulebook.NamesApprover(action) && approvingUnit == Key.Unit)
        {
            refusal = ApprovalRefusal.SelfApproval;
        }
        if (refusal == ApprovalRefusal.None && recorded is { } state && state != target)
        {
            refusal = ApprovalRefusal.StateAfterMismatch;
        }
        if (refusal != ApprovalRefusal.None)
        {
            return ApprovalOutcome.Refused(action, refusal, ApprovalTexts.Reason(refusal, action, values));
        }
        var step = stored ?? new ApprovalStep(action, actor, at, asked, target, reason, approvingUnit);
        var firstSubmitted = FirstSubmittedAt ?? (action == ApprovalAction.Submit ? at : null);
        var current = ApprovalRulebook.FilesVersion(action) ? asked : CurrentVersion;
        return ApprovalOutcome.Accepted(action, new ApprovalHistory(Key, Steps.Add(step), target, current, firstSubmitted));
    }

    /// <summary>
    /// Rebuilds the history of <paramref name="key"/> from stored steps, checking each against the rules rather than
    /// trusting it: a step the rules allow (with the state it records) is kept; one they do not is left out and
    /// reported with its index and why, and the steps after it are checked against the history without it. Every step
    /// read is either kept or reported. <c>ApprovalRules</c> turns what is reported into findings DK960 to DK965.
    /// </summary>
    /// <remarks>
    /// A stored unlock is allowed where the history is locked: whether the approval above was really withdrawn is
    /// known only to the history above, which a replay of one slot does not see.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The key is the default value, or a step is <see langword="null"/>.</exception>
    public static ApprovalReplay Replay(SubmissionKey key, IEnumerable<ApprovalStep> steps)
    {
        Preconditions.CheckNotNull(steps);
        var history = new ApprovalHistory(key);
        var problems = ImmutableArray.CreateBuilder<ApprovalReplayProblem>();
        var index = 0;
        foreach (var step in steps)
        {
            if (step is null)
            {
                throw new ArgumentException($"The step at {index.ToString(CultureInfo.InvariantCulture)} is null.", nameof(steps));
            }
            var outcome = history.Take(step.Action, step.Actor, step.At, step.Version, step.Reason, step.ApprovingUnit, step.StateAfter, step);
            if (outcome.IsAccepted)
            {
                history = outcome.History;
            }
            else
            {
                problems.Add(new ApprovalReplayProblem(index, step, history.State, outcome.Refusal, outcome.Reason));
            }
            index++;
        }
        return new ApprovalReplay(history, problems.ToImmutable());
    }

    /// <summary>Writes <c>xa-bd/BC-DVK/2023H1: approved, version 2, 3 steps</c> in English.</summary>
    public override string ToString() => ToString(TextCulture.English);

    /// <summary>Writes the slot, the state, the current version and the number of steps in <paramref name="culture"/>.</summary>
    public string ToString(TextCulture culture)
    {
        var state = ApprovalNames.Of(State).In(culture);
        var steps = Steps.Length.ToString(CultureInfo.InvariantCulture);
        var version = CurrentVersion.ToString(CultureInfo.InvariantCulture);
        return culture == TextCulture.Vietnamese
            ? (CurrentVersion == 0 ? $"{Key}: {state}, {steps} bước" : $"{Key}: {state}, phiên bản {version}, {steps} bước")
            : (CurrentVersion == 0 ? $"{Key}: {state}, {steps} steps" : $"{Key}: {state}, version {version}, {steps} steps");
    }

    private static SubmissionKey CheckKey(SubmissionKey key)
        => key.IsDefault ? throw new ArgumentException("The key is the default value; make it with its constructor.", nameof(key)) : key;

    private static ApprovalAction CheckAction(ApprovalAction action)
        => Enum.IsDefined(action) ? action : throw new ArgumentOutOfRangeException(nameof(action), action, "Not an approval action.");

    private static int CheckVersion(int version, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(version))] string? name = null)
        => version >= 1 ? version : throw new ArgumentOutOfRangeException(name, version, "Versions are numbered from 1.");

    private static UnitId? CheckUnit(UnitId? unit, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(unit))] string? name = null)
        => unit is { IsEmpty: true } ? throw new ArgumentException("The approving unit is the empty id.", name) : unit;
}
