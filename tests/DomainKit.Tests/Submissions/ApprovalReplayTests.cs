using DomainKit.Submissions;
using DomainKit.Submissions.Checks;
using DomainKit.Units;
using DomainKit.Validation;
using NodaTime;
using static DomainKit.Tests.Submissions.Approvals;

namespace DomainKit.Tests.Submissions;

/// <summary>A stored history is checked when it is rebuilt, not trusted: each step the rules do not allow is left out and reported.</summary>
public sealed class ApprovalReplayTests
{
    private static Instant Hour(int n) => Start.Plus(Duration.FromHours(n));

    private static ApprovalStep Step(ApprovalAction action, int hour, int version, ApprovalState after, string? reason = null, UnitId? approver = null)
        => new(action, action is ApprovalAction.Submit or ApprovalAction.Resubmit ? Filer : Approver, Hour(hour), version, after, reason, approver);

    /// <summary>A lawful history: submitted, returned, corrected, superseded, approved, withdrawn, approved again, locked.</summary>
    private static readonly ApprovalStep[] Good =
    [
        Step(ApprovalAction.Submit, 0, 1, ApprovalState.Submitted),
        Step(ApprovalAction.Return, 1, 1, ApprovalState.Returned, Why),
        Step(ApprovalAction.Resubmit, 2, 2, ApprovalState.Submitted),
        Step(ApprovalAction.Resubmit, 3, 3, ApprovalState.Submitted, "Sửa thêm"),
        Step(ApprovalAction.Approve, 4, 3, ApprovalState.Approved, approver: District),
        Step(ApprovalAction.WithdrawApproval, 5, 3, ApprovalState.Submitted, "Tỉnh phát hiện sai sót"),
        Step(ApprovalAction.Approve, 6, 3, ApprovalState.Approved, approver: District),
        Step(ApprovalAction.Lock, 7, 3, ApprovalState.Locked, approver: Province),
        Step(ApprovalAction.Unlock, 8, 3, ApprovalState.Approved, "Tỉnh rút lại phê duyệt"),
    ];

    private static ApprovalStep[] With(int index, ApprovalStep step) => [.. Good.Take(index), step, .. Good.Skip(index + 1)];

    [Fact]
    public void Replaying_a_good_stored_history_rebuilds_it_whole_with_no_findings()
    {
        var replay = ApprovalHistory.Replay(Key, Good);

        Assert.True(replay.IsValid);
        Assert.Empty(replay.Problems);
        Assert.Empty(replay.Findings());
        Assert.Equal<ApprovalStep>(Good, replay.History.Steps);
        Assert.Equal(ApprovalState.Approved, replay.History.State);
        Assert.Equal(3, replay.History.CurrentVersion);
        Assert.Equal(Good.Length, replay.StepsRead);
        Assert.Equal(Hour(0), replay.History.FirstSubmittedAt);
    }

    [Fact]
    public void Replaying_the_steps_a_history_took_gives_the_same_history()
    {
        var clock = Clock();
        var taken = Returned(clock).Resubmit(Filer, clock, 2).History!.Approve(Approver, clock, 2, District).History!;

        var replay = ApprovalHistory.Replay(Key, taken.Steps);

        Assert.True(replay.IsValid);
        Assert.Equal<ApprovalStep>(taken.Steps, replay.History.Steps);
        Assert.Equal(taken.State, replay.History.State);
        Assert.Equal(taken.CurrentVersion, replay.History.CurrentVersion);
        Assert.Equal(taken.FirstSubmittedAt, replay.History.FirstSubmittedAt);
    }

    [Fact]
    public void Replaying_no_steps_gives_a_draft()
    {
        var replay = ApprovalHistory.Replay(Key, []);

        Assert.True(replay.IsValid);
        Assert.Equal(ApprovalState.Draft, replay.History.State);
        Assert.Equal("xa-binh-duc/BC-DVK/2023H1: draft, 0 steps", replay.ToString());
    }

    [Fact]
    public void A_stored_step_the_state_does_not_allow_is_left_out_and_reported_with_its_index_as_DK960()
    {
        // Returning a report that was approved: the approval stands, and the steps after are checked against it.
        ApprovalStep[] stored =
        [
            Step(ApprovalAction.Submit, 0, 1, ApprovalState.Submitted),
            Step(ApprovalAction.Approve, 1, 1, ApprovalState.Approved, approver: District),
            Step(ApprovalAction.Return, 2, 1, ApprovalState.Returned, Why),
            Step(ApprovalAction.Lock, 3, 1, ApprovalState.Locked, approver: Province),
        ];

        var replay = ApprovalHistory.Replay(Key, stored);

        Assert.False(replay.IsValid);
        Assert.Equal<ApprovalStep>([stored[0], stored[1], stored[3]], replay.History.Steps);
        Assert.Equal(ApprovalState.Locked, replay.History.State);
        var problem = Assert.Single(replay.Problems);
        Assert.Equal(2, problem.Index);
        Assert.Same(stored[2], problem.Step);
        Assert.Equal(ApprovalState.Approved, problem.StateBefore);
        Assert.Equal(ApprovalRefusal.AlreadyApproved, problem.Refusal);
        Assert.Equal(4, replay.StepsRead);
        var finding = Assert.Single(replay.Findings());
        Assert.Equal("DK960", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("approval-step:xa-binh-duc/BC-DVK/2023H1#2", finding.Entity.ToString());
        Assert.Equal(EntityRef.ForApprovalStep(Key, 2), finding.Entity);
        Assert.Equal("Action", finding.Field);
        Assert.Equal(
            "The step return at 2023-07-03T03:00:00Z is not allowed while the report is approved: The report is approved; it cannot be returned unless the approval is withdrawn first. The step is left out of the history.",
            finding.Message.English);
        Assert.Equal(
            "Bước trả lại lúc 10:00 ngày 03/07/2023 không được phép khi báo cáo ở trạng thái “đã phê duyệt”: Báo cáo đã được phê duyệt, không thể trả lại trừ khi phê duyệt được rút lại trước. Bước này không được tính vào lịch sử.",
            finding.Message.Vietnamese);
        Assert.Equal(2, finding.Arguments["index"]);
        Assert.Equal(ApprovalAction.Return, finding.Arguments["action"]);
        Assert.Equal(ApprovalState.Approved, finding.Arguments["state"]);
        Assert.Equal(ApprovalRefusal.AlreadyApproved, finding.Arguments["refusal"]);
        Assert.Equal(Approver, finding.Arguments["actor"]);
        Assert.Equal("xa-binh-duc/BC-DVK/2023H1: locked, version 1, 3 steps; 1 step(s) left out (#2 AlreadyApproved)", replay.ToString());
        Assert.Equal("#2 return (AlreadyApproved): The report is approved; it cannot be returned unless the approval is withdrawn first.", problem.ToString());
    }

    [Fact]
    public void Any_step_after_a_lock_is_reported_as_DK960_except_an_unlock()
    {
        var stored = Good.Take(8).Append(Step(ApprovalAction.WithdrawApproval, 9, 3, ApprovalState.Submitted, Why)).ToArray();

        var replay = ApprovalHistory.Replay(Key, stored);

        Assert.Equal(ApprovalRefusal.Locked, Assert.Single(replay.Problems).Refusal);
        Assert.Equal("DK960", Assert.Single(replay.Findings()).Code);
        Assert.Equal(ApprovalState.Locked, replay.History.State);
    }

    [Fact]
    public void A_stored_return_without_a_reason_is_reported_as_DK961()
    {
        var replay = ApprovalHistory.Replay(Key, With(1, Step(ApprovalAction.Return, 1, 1, ApprovalState.Returned, " ")));

        var finding = replay.Findings()[0];
        Assert.Equal("DK961", finding.Code);
        Assert.Equal("Reason", finding.Field);
        Assert.Equal("The step return at 2023-07-03T02:00:00Z gives no reason: A reason is required to return a report. The step is left out of the history.", finding.Message.English);
        Assert.DoesNotContain(ApprovalHistory.Replay(Key, Good).Findings(), f => f.Code == "DK961");
    }

    [Fact]
    public void A_stored_withdrawal_without_a_reason_is_reported_as_DK961()
    {
        var replay = ApprovalHistory.Replay(Key, With(5, Step(ApprovalAction.WithdrawApproval, 5, 3, ApprovalState.Submitted)));

        Assert.Equal("DK961", replay.Findings()[0].Code);
        Assert.Equal(5, replay.Problems[0].Index);
    }

    [Fact]
    public void A_stored_resubmission_of_an_older_version_is_reported_as_DK962()
    {
        var replay = ApprovalHistory.Replay(Key, With(3, Step(ApprovalAction.Resubmit, 3, 2, ApprovalState.Submitted)));

        var finding = replay.Findings()[0];
        Assert.Equal("DK962", finding.Code);
        Assert.Equal("Version", finding.Field);
        Assert.Equal(2, finding.Arguments["version"]);
        Assert.Equal(ApprovalRefusal.VersionNotNewer, replay.Problems[0].Refusal);
        Assert.Equal(
            "Bước gửi lại lúc 11:00 ngày 03/07/2023 ghi phiên bản 2: Phiên bản 2 không mới hơn phiên bản đã gửi 2; mỗi lần gửi lại là một phiên bản mới. Bước này không được tính vào lịch sử.",
            finding.Message.Vietnamese);
    }

    [Fact]
    public void A_stored_approval_of_a_superseded_version_is_reported_as_DK962()
    {
        var replay = ApprovalHistory.Replay(Key, With(4, Step(ApprovalAction.Approve, 4, 2, ApprovalState.Approved, approver: District)));

        Assert.Equal(ApprovalRefusal.StaleVersion, replay.Problems[0].Refusal);
        Assert.Equal("DK962", replay.Findings()[0].Code);
        Assert.DoesNotContain(ApprovalHistory.Replay(Key, Good).Findings(), f => f.Code == "DK962");
    }

    [Fact]
    public void A_stored_step_dated_before_the_step_before_it_is_reported_as_DK963()
    {
        var replay = ApprovalHistory.Replay(Key, With(2, Step(ApprovalAction.Resubmit, 0, 2, ApprovalState.Submitted)));

        var finding = replay.Findings()[0];
        Assert.Equal("DK963", finding.Code);
        Assert.Equal("At", finding.Field);
        Assert.Equal(
            "The step resubmit is out of time order: The time 2023-07-03T01:00:00Z is earlier than the previous step (2023-07-03T02:00:00Z); steps are kept in time order. The step is left out of the history.",
            finding.Message.English);
        Assert.DoesNotContain(ApprovalHistory.Replay(Key, Good).Findings(), f => f.Code == "DK963");
    }

    [Fact]
    public void A_stored_approval_by_the_filing_unit_itself_is_reported_as_DK964()
    {
        var replay = ApprovalHistory.Replay(Key, With(4, Step(ApprovalAction.Approve, 4, 3, ApprovalState.Approved, approver: Commune)));

        var finding = replay.Findings()[0];
        Assert.Equal("DK964", finding.Code);
        Assert.Equal("ApprovingUnit", finding.Field);
        Assert.Equal(
            "The step approve at 2023-07-03T05:00:00Z names the filing unit itself as the approver: xa-binh-duc cannot approve its own report; the level above does. The step is left out of the history.",
            finding.Message.English);
        Assert.DoesNotContain(ApprovalHistory.Replay(Key, Good).Findings(), f => f.Code == "DK964");
    }

    [Fact]
    public void A_stored_step_that_records_the_wrong_state_after_it_is_reported_as_DK965()
    {
        var replay = ApprovalHistory.Replay(Key, With(1, Step(ApprovalAction.Return, 1, 1, ApprovalState.Approved, Why)));

        var finding = replay.Findings()[0];
        Assert.Equal("DK965", finding.Code);
        Assert.Equal("StateAfter", finding.Field);
        Assert.Equal(
            "The step return at 2023-07-03T02:00:00Z records the wrong state: The step records the state after it as “approved” where the rules give “returned”. The step is left out of the history.",
            finding.Message.English);
        Assert.Equal(
            "Bước trả lại lúc 09:00 ngày 03/07/2023 ghi sai trạng thái: Bước này ghi trạng thái sau là “đã phê duyệt”, nhưng theo quy tắc phải là “bị trả lại”. Bước này không được tính vào lịch sử.",
            finding.Message.Vietnamese);
        Assert.DoesNotContain(ApprovalHistory.Replay(Key, Good).Findings(), f => f.Code == "DK965");
    }

    [Fact]
    public void Every_stored_step_is_either_kept_or_reported()
    {
        ApprovalStep[] stored =
        [
            Step(ApprovalAction.Approve, 0, 1, ApprovalState.Approved, approver: District),
            Step(ApprovalAction.Submit, 1, 1, ApprovalState.Submitted),
            Step(ApprovalAction.Submit, 2, 2, ApprovalState.Submitted),
            Step(ApprovalAction.Return, 3, 1, ApprovalState.Returned, Why),
            Step(ApprovalAction.Return, 4, 1, ApprovalState.Returned, Why),
        ];

        var replay = ApprovalHistory.Replay(Key, stored);

        Assert.Equal(stored.Length, replay.StepsRead);
        Assert.Equal([0, 2, 4], replay.Problems.Select(p => p.Index));
        Assert.Equal(
            [ApprovalRefusal.NotSubmitted, ApprovalRefusal.AlreadySubmitted, ApprovalRefusal.AlreadyReturned],
            replay.Problems.Select(p => p.Refusal));
        Assert.Equal<ApprovalStep>([stored[1], stored[3]], replay.History.Steps);
        Assert.Equal(["DK960", "DK960", "DK960"], replay.Findings().Select(f => f.Code));
    }

    [Fact]
    public void Replaying_needs_steps_that_are_there()
    {
        Assert.Throws<ArgumentNullException>(() => ApprovalHistory.Replay(Key, null!));
        Assert.Throws<ArgumentException>(() => ApprovalHistory.Replay(Key, [Good[0], null!]));
        Assert.Throws<ArgumentException>(() => ApprovalHistory.Replay(default, Good));
        Assert.Throws<ArgumentNullException>(() => ApprovalReplayExtensions.Findings(null!));
    }

    [Fact]
    public void The_replay_findings_are_described_by_their_rules()
    {
        Assert.Equal(["DK960", "DK961", "DK962", "DK963", "DK964", "DK965"], ApprovalRules.Descriptors.Select(d => d.Code));
        Assert.All(ApprovalRules.Descriptors, d => Assert.Equal(Severity.Error, d.DefaultSeverity));
    }
}
