using DomainKit.Submissions;
using DomainKit.Submissions.Checks;
using DomainKit.Units;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using static DomainKit.Tests.Submissions.Approvals;

namespace DomainKit.Tests.Submissions;

/// <summary>
/// Whatever actions are tried, in whatever order, with whatever versions, reasons, approvers and clock readings: the
/// history holds exactly the steps that were accepted, every prefix of it replays to the same state, and once locked
/// it never changes.
/// </summary>
public sealed class ApprovalPropertyTests
{
    private const int Runs = 500;

    /// <summary>One action tried: which, how the version is chosen, the reason, the approver, and how far the clock moved (minutes; negative goes back).</summary>
    public sealed record Attempt(ApprovalAction Action, int VersionDelta, string? Reason, UnitId? Approver, int Minutes)
    {
        public override string ToString() => $"{Action} v{VersionDelta:+0;-0;+0} reason:{Reason ?? "null"} by:{Approver?.ToString() ?? "-"} {Minutes:+0;-0;+0}min";
    }

    private static readonly ApprovalAction[] PublicActions =
        [ApprovalAction.Submit, ApprovalAction.Resubmit, ApprovalAction.Return, ApprovalAction.Approve, ApprovalAction.WithdrawApproval, ApprovalAction.Lock];

    private static readonly Gen<Attempt> Attempts =
        from action in Gen.Elements(PublicActions)
        from delta in Gen.Frequency((4, Gen.Constant(0)), (4, Gen.Constant(1)), (1, Gen.Constant(-1)), (1, Gen.Constant(2)))
        from reason in Gen.Frequency((6, Gen.Constant<string?>(Why)), (1, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>(" ")))
        from approver in Gen.Frequency((4, Gen.Constant<UnitId?>(District)), (2, Gen.Constant<UnitId?>(null)), (1, Gen.Constant<UnitId?>(Commune)))
        from minutes in Gen.Frequency((8, Gen.Choose(0, 600)), (1, Gen.Choose(-600, -1)))
        select new Attempt(action, delta, reason, approver, minutes);

    private static ApprovalOutcome Try(ApprovalHistory history, Attempt attempt, IClock clock)
    {
        // Submissions file the current version plus the delta; decisions name it; both at least 1.
        var version = Math.Max(1, history.CurrentVersion + attempt.VersionDelta);
        return attempt.Action switch
        {
            ApprovalAction.Submit => history.Submit(Filer, clock, version, attempt.Reason),
            ApprovalAction.Resubmit => history.Resubmit(Filer, clock, version, attempt.Reason),
            ApprovalAction.Return => history.Return(Approver, clock, version, attempt.Reason),
            ApprovalAction.Approve => history.Approve(Approver, clock, version, attempt.Approver, attempt.Reason),
            ApprovalAction.WithdrawApproval => history.WithdrawApproval(Approver, clock, attempt.Reason),
            _ => history.Lock(Higher, clock, attempt.Approver, attempt.Reason),
        };
    }

    [Property(MaxTest = Runs)]
    public Property The_history_holds_only_accepted_steps_every_prefix_replays_to_the_same_state_and_a_locked_history_never_changes()
    {
        return Prop.ForAll(Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Attempts, n)).ToArbitrary(), attempts =>
        {
            var clock = new FakeClock(Start);
            var history = new ApprovalHistory(Key);
            var accepted = new List<ApprovalStep>();
            var states = new List<(ApprovalState State, int Version)> { (history.State, history.CurrentVersion) };
            foreach (var attempt in attempts)
            {
                clock.Reset(clock.GetCurrentInstant().Plus(Duration.FromMinutes(attempt.Minutes)));
                var wasLocked = history.State == ApprovalState.Locked;
                var outcome = Try(history, attempt, clock);
                if (wasLocked && (outcome.IsAccepted || outcome.Refusal != ApprovalRefusal.Locked))
                {
                    return false.Label($"a locked history took {attempt} ({outcome})");
                }
                if (outcome.IsAccepted)
                {
                    if (outcome.History.Steps.Length != history.Steps.Length + 1 || !outcome.History.Steps.Take(history.Steps.Length).SequenceEqual(history.Steps))
                    {
                        return false.Label($"{attempt} did not append one step");
                    }
                    history = outcome.History;
                    accepted.Add(outcome.Step);
                    states.Add((history.State, history.CurrentVersion));
                }
                else if (outcome.Refusal == ApprovalRefusal.None || string.IsNullOrWhiteSpace(outcome.Reason.English) || string.IsNullOrWhiteSpace(outcome.Reason.Vietnamese))
                {
                    return false.Label($"{attempt} was refused without a code or a reason");
                }
            }
            if (!history.Steps.SequenceEqual(accepted))
            {
                return false.Label("the steps are not the accepted ones");
            }
            for (var length = 0; length <= accepted.Count; length++)
            {
                var replay = ApprovalHistory.Replay(Key, accepted.Take(length));
                if (!replay.IsValid || replay.History.State != states[length].State || replay.History.CurrentVersion != states[length].Version
                    || !replay.History.Steps.SequenceEqual(accepted.Take(length)))
                {
                    return false.Label($"the first {length} step(s) replay to {replay}, not {states[length]}");
                }
            }
            return true.ToProperty();
        });
    }

    [Property(MaxTest = Runs)]
    public Property A_replay_keeps_or_reports_every_stored_step_and_what_it_keeps_replays_cleanly()
    {
        // Stored steps made up at random, most of them against the rules.
        var steps =
            from action in Gen.Elements(Enum.GetValues<ApprovalAction>())
            from version in Gen.Choose(1, 4)
            from state in Gen.Elements(Enum.GetValues<ApprovalState>())
            from minutes in Gen.Choose(-60, 600)
            from reason in Gen.Elements<string?>(null, "", Why)
            from approver in Gen.Elements<UnitId?>(null, District, Commune)
            select new ApprovalStep(action, Filer, Start.Plus(Duration.FromMinutes(minutes)), version, state, reason,
                action is ApprovalAction.Approve or ApprovalAction.Lock ? approver : null);
        return Prop.ForAll(Gen.Choose(0, 30).SelectMany(n => Gen.ArrayOf(steps, n)).ToArbitrary(), stored =>
        {
            var replay = ApprovalHistory.Replay(Key, stored);
            var kept = Enumerable.Range(0, stored.Length).Except(replay.Problems.Select(p => p.Index)).Select(i => stored[i]);
            var again = ApprovalHistory.Replay(Key, replay.History.Steps);
            return (replay.StepsRead == stored.Length
                    && replay.History.Steps.SequenceEqual(kept)
                    && replay.Findings().Length == replay.Problems.Length
                    && again.IsValid && again.History.State == replay.History.State)
                .Label(replay.ToString());
        });
    }
}
