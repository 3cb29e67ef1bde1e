using DomainKit.Submissions;
using DomainKit.Text;
using static DomainKit.Tests.Submissions.Approvals;

namespace DomainKit.Tests.Submissions;

/// <summary>Each transition the workflow allows, and each one it refuses, with the reason an app can show.</summary>
public sealed class ApprovalTransitionTests
{
    // Allowed transitions.

    [Fact]
    public void Submitting_a_draft_makes_it_submitted_at_its_first_version()
    {
        var clock = Clock();

        var outcome = Draft().Submit(Filer, clock, 1);

        Assert.True(outcome.IsAccepted);
        Assert.Equal(ApprovalState.Submitted, outcome.History.State);
        Assert.Equal(1, outcome.History.CurrentVersion);
        Assert.Equal(ApprovalAction.Submit, outcome.Step.Action);
        Assert.Equal(ApprovalRefusal.None, outcome.Refusal);
        Assert.Equal("", outcome.Reason.English);
    }

    [Fact]
    public void Returning_a_submitted_report_with_a_reason_makes_it_returned()
    {
        var clock = Clock();

        var outcome = Submitted(clock).Return(Approver, clock, 1, Why);

        Assert.True(outcome.IsAccepted);
        Assert.Equal(ApprovalState.Returned, outcome.History.State);
        Assert.Equal(Why, outcome.Step.Reason);
        Assert.Equal(1, outcome.History.CurrentVersion);
    }

    [Fact]
    public void Resubmitting_a_returned_report_as_a_newer_version_makes_it_submitted_again()
    {
        var clock = Clock();

        var outcome = Returned(clock).Resubmit(Filer, clock, 2, "Sửa số mô hình lĩnh vực kinh tế");

        Assert.True(outcome.IsAccepted);
        Assert.Equal(ApprovalState.Submitted, outcome.History.State);
        Assert.Equal(2, outcome.History.CurrentVersion);
        Assert.Equal(2, outcome.Step.Version);
    }

    [Fact]
    public void Resubmitting_a_newer_version_while_submitted_supersedes_the_version_waiting()
    {
        var clock = Clock();

        var outcome = Submitted(clock).Resubmit(Filer, clock, 2);

        Assert.True(outcome.IsAccepted);
        Assert.Equal(ApprovalState.Submitted, outcome.History.State);
        Assert.Equal(2, outcome.History.CurrentVersion);
        Assert.Equal([ApprovalAction.Submit, ApprovalAction.Resubmit], outcome.History.Steps.Select(s => s.Action));
    }

    [Fact]
    public void Approving_a_submitted_report_by_the_level_above_makes_it_approved()
    {
        var clock = Clock();

        var outcome = Submitted(clock).Approve(Approver, clock, 1, District);

        Assert.True(outcome.IsAccepted);
        Assert.Equal(ApprovalState.Approved, outcome.History.State);
        Assert.Equal(District, outcome.Step.ApprovingUnit);
    }

    [Fact]
    public void Approving_without_naming_the_approving_unit_is_allowed()
    {
        var clock = Clock();

        var outcome = Submitted(clock).Approve(Approver, clock, 1);

        Assert.True(outcome.IsAccepted);
        Assert.Null(outcome.Step.ApprovingUnit);
    }

    [Fact]
    public void Withdrawing_an_approval_with_a_reason_makes_the_report_submitted_again()
    {
        var clock = Clock();

        var outcome = Approved(clock).WithdrawApproval(Approver, clock, Why);

        Assert.True(outcome.IsAccepted);
        Assert.Equal(ApprovalState.Submitted, outcome.History.State);
        Assert.Equal(1, outcome.History.CurrentVersion);
        Assert.True(outcome.History.Allows(ApprovalAction.Return));
    }

    [Fact]
    public void Locking_an_approved_report_makes_it_locked()
    {
        var clock = Clock();

        var outcome = Approved(clock).Lock(Higher, clock, Province);

        Assert.True(outcome.IsAccepted);
        Assert.Equal(ApprovalState.Locked, outcome.History.State);
        Assert.Equal(Province, outcome.Step.ApprovingUnit);
    }

    [Fact]
    public void Unlocking_a_locked_report_makes_it_approved_again()
    {
        var clock = Clock();

        var outcome = Locked(clock).Unlock(Higher, clock.GetCurrentInstant(), "Tỉnh rút lại phê duyệt báo cáo của huyện");

        Assert.True(outcome.IsAccepted);
        Assert.Equal(ApprovalState.Approved, outcome.History.State);
    }

    // Refused transitions: every pair of state and action the rules do not allow.

    public static TheoryData<ApprovalState, ApprovalAction, ApprovalRefusal> Refused => new()
    {
        { ApprovalState.Draft, ApprovalAction.Resubmit, ApprovalRefusal.NotSubmitted },
        { ApprovalState.Draft, ApprovalAction.Return, ApprovalRefusal.NotSubmitted },
        { ApprovalState.Draft, ApprovalAction.Approve, ApprovalRefusal.NotSubmitted },
        { ApprovalState.Draft, ApprovalAction.WithdrawApproval, ApprovalRefusal.NotSubmitted },
        { ApprovalState.Draft, ApprovalAction.Lock, ApprovalRefusal.NotSubmitted },
        { ApprovalState.Draft, ApprovalAction.Unlock, ApprovalRefusal.NotLocked },
        { ApprovalState.Submitted, ApprovalAction.Submit, ApprovalRefusal.AlreadySubmitted },
        { ApprovalState.Submitted, ApprovalAction.WithdrawApproval, ApprovalRefusal.NotApproved },
        { ApprovalState.Submitted, ApprovalAction.Lock, ApprovalRefusal.NotApproved },
        { ApprovalState.Submitted, ApprovalAction.Unlock, ApprovalRefusal.NotLocked },
        { ApprovalState.Returned, ApprovalAction.Submit, ApprovalRefusal.AlreadySubmitted },
        { ApprovalState.Returned, ApprovalAction.Return, ApprovalRefusal.AlreadyReturned },
        { ApprovalState.Returned, ApprovalAction.Approve, ApprovalRefusal.AwaitingNewVersion },
        { ApprovalState.Returned, ApprovalAction.WithdrawApproval, ApprovalRefusal.NotApproved },
        { ApprovalState.Returned, ApprovalAction.Lock, ApprovalRefusal.NotApproved },
        { ApprovalState.Returned, ApprovalAction.Unlock, ApprovalRefusal.NotLocked },
        { ApprovalState.Approved, ApprovalAction.Submit, ApprovalRefusal.AlreadyApproved },
        { ApprovalState.Approved, ApprovalAction.Resubmit, ApprovalRefusal.AlreadyApproved },
        { ApprovalState.Approved, ApprovalAction.Return, ApprovalRefusal.AlreadyApproved },
        { ApprovalState.Approved, ApprovalAction.Approve, ApprovalRefusal.AlreadyApproved },
        { ApprovalState.Approved, ApprovalAction.Unlock, ApprovalRefusal.NotLocked },
        { ApprovalState.Locked, ApprovalAction.Submit, ApprovalRefusal.Locked },
        { ApprovalState.Locked, ApprovalAction.Resubmit, ApprovalRefusal.Locked },
        { ApprovalState.Locked, ApprovalAction.Return, ApprovalRefusal.Locked },
        { ApprovalState.Locked, ApprovalAction.Approve, ApprovalRefusal.Locked },
        { ApprovalState.Locked, ApprovalAction.WithdrawApproval, ApprovalRefusal.Locked },
        { ApprovalState.Locked, ApprovalAction.Lock, ApprovalRefusal.Locked },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void An_action_its_state_does_not_allow_is_refused_with_its_code_and_a_reason_and_changes_nothing(
        ApprovalState state, ApprovalAction action, ApprovalRefusal expected)
    {
        var clock = Clock();
        var history = In(state, clock);
        var steps = history.Steps;

        var outcome = Attempt(history, action, clock);

        Assert.False(outcome.IsAccepted);
        Assert.Null(outcome.History);
        Assert.Null(outcome.Step);
        Assert.Equal(action, outcome.Action);
        Assert.Equal(expected, outcome.Refusal);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Reason.Vietnamese));
        Assert.False(string.IsNullOrWhiteSpace(outcome.Reason.English));
        Assert.DoesNotContain("{", outcome.Reason.Vietnamese + outcome.Reason.English);
        Assert.False(history.Allows(action));
        Assert.Equal(state, history.State);
        Assert.Equal<ApprovalStep>(steps, history.Steps);
    }

    [Fact]
    public void Every_pair_of_state_and_action_is_either_allowed_or_refused_in_the_table_above()
    {
        var refused = Refused.Select(row => ((ApprovalState)row[0], (ApprovalAction)row[1])).ToHashSet();
        (ApprovalState, ApprovalAction)[] allowed =
        [
            (ApprovalState.Draft, ApprovalAction.Submit),
            (ApprovalState.Submitted, ApprovalAction.Resubmit),
            (ApprovalState.Submitted, ApprovalAction.Return),
            (ApprovalState.Submitted, ApprovalAction.Approve),
            (ApprovalState.Returned, ApprovalAction.Resubmit),
            (ApprovalState.Approved, ApprovalAction.WithdrawApproval),
            (ApprovalState.Approved, ApprovalAction.Lock),
            (ApprovalState.Locked, ApprovalAction.Unlock),
        ];

        foreach (var state in Enum.GetValues<ApprovalState>())
        {
            foreach (var action in Enum.GetValues<ApprovalAction>())
            {
                var clock = Clock();
                var history = In(state, clock);
                Assert.True(allowed.Contains((state, action)) ^ refused.Contains((state, action)), $"{state} {action}");
                Assert.Equal(allowed.Contains((state, action)), history.Allows(action));
                Assert.Equal(allowed.Contains((state, action)), Attempt(history, action, clock).IsAccepted);
            }
        }
    }

    [Fact]
    public void Returning_an_approved_report_is_refused_with_a_reason()
    {
        var clock = Clock();

        var outcome = Approved(clock).Return(Approver, clock, 1, Why);

        Assert.Equal(ApprovalRefusal.AlreadyApproved, outcome.Refusal);
        Assert.Equal("Báo cáo đã được phê duyệt, không thể trả lại trừ khi phê duyệt được rút lại trước.", outcome.Reason.Vietnamese);
        Assert.Equal("The report is approved; it cannot be returned unless the approval is withdrawn first.", outcome.Reason.English);
    }

    [Fact]
    public void Withdrawing_an_approval_is_refused_once_a_higher_level_has_approved()
    {
        var clock = Clock();

        var outcome = Locked(clock).WithdrawApproval(Approver, clock, Why);

        Assert.Equal(ApprovalRefusal.Locked, outcome.Refusal);
        Assert.Equal("Báo cáo đã bị khóa vì cấp cao hơn đã phê duyệt, không thể rút lại phê duyệt.", outcome.Reason.Vietnamese);
        Assert.Equal("The report is locked because a higher level has approved; no approval can be withdrawn.", outcome.Reason.English);
    }

    [Fact]
    public void Approving_a_draft_is_refused_because_nothing_was_submitted()
    {
        var outcome = Draft().Approve(Approver, Clock(), 1, District);

        Assert.Equal(ApprovalRefusal.NotSubmitted, outcome.Refusal);
        Assert.Equal("Báo cáo chưa được gửi, không thể phê duyệt.", outcome.Reason.Vietnamese);
        Assert.Equal("The report has not been submitted; it cannot be approved.", outcome.Reason.English);
    }

    [Fact]
    public void Submitting_again_while_submitted_is_refused_and_points_to_a_new_version()
    {
        var clock = Clock();

        var outcome = Submitted(clock).Submit(Filer, clock, 2);

        Assert.Equal(ApprovalRefusal.AlreadySubmitted, outcome.Refusal);
        Assert.Equal("The report has already been submitted (version 1); a correction is resubmitted as a new version.", outcome.Reason.English);
    }

    [Fact]
    public void Submitting_an_approved_report_is_refused_and_says_how_to_correct_it()
    {
        var clock = Clock();

        var outcome = Approved(clock).Submit(Filer, clock, 2);

        Assert.Equal(ApprovalRefusal.AlreadyApproved, outcome.Refusal);
        Assert.Equal("The report has been submitted and approved; a correction is resubmitted as a new version once the approval is withdrawn.", outcome.Reason.English);
    }

    [Fact]
    public void Resubmitting_an_approved_report_is_refused_until_the_approval_is_withdrawn()
    {
        var clock = Clock();
        var approved = Approved(clock);

        var refused = approved.Resubmit(Filer, clock, 2);
        var afterWithdrawal = approved.WithdrawApproval(Approver, clock, Why).History!.Resubmit(Filer, clock, 2);

        Assert.Equal(ApprovalRefusal.AlreadyApproved, refused.Refusal);
        Assert.Equal("Báo cáo đã được phê duyệt, không thể gửi lại trừ khi phê duyệt được rút lại trước.", refused.Reason.Vietnamese);
        Assert.True(afterWithdrawal.IsAccepted);
        Assert.Equal(2, afterWithdrawal.History.CurrentVersion);
    }

    [Fact]
    public void Approving_an_approved_report_again_is_refused()
    {
        var clock = Clock();

        var outcome = Approved(clock).Approve(Approver, clock, 1, District);

        Assert.Equal(ApprovalRefusal.AlreadyApproved, outcome.Refusal);
        Assert.Equal("Báo cáo đã được phê duyệt rồi.", outcome.Reason.Vietnamese);
        Assert.Equal("The report is already approved.", outcome.Reason.English);
    }

    [Fact]
    public void Withdrawing_or_locking_what_is_not_approved_is_refused()
    {
        var clock = Clock();
        var submitted = Submitted(clock);

        Assert.Equal("The report is not approved; no approval can be withdrawn.", submitted.WithdrawApproval(Approver, clock, Why).Reason.English);
        Assert.Equal("Báo cáo chưa được phê duyệt, không thể khóa.", submitted.Lock(Higher, clock, Province).Reason.Vietnamese);
    }

    [Fact]
    public void Returning_a_returned_report_again_is_refused()
    {
        var clock = Clock();

        var outcome = Returned(clock).Return(Approver, clock, 1, Why);

        Assert.Equal(ApprovalRefusal.AlreadyReturned, outcome.Refusal);
        Assert.Equal("The report has already been returned and waits for a new version from its unit.", outcome.Reason.English);
    }

    [Fact]
    public void Approving_a_returned_report_is_refused_until_a_new_version_comes()
    {
        var clock = Clock();

        var outcome = Returned(clock).Approve(Approver, clock, 1, District);

        Assert.Equal(ApprovalRefusal.AwaitingNewVersion, outcome.Refusal);
        Assert.Equal("Báo cáo đã bị trả lại, không thể phê duyệt trước khi đơn vị gửi lại phiên bản mới.", outcome.Reason.Vietnamese);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Returning_without_a_reason_is_refused(string? reason)
    {
        var clock = Clock();
        var submitted = Submitted(clock);

        var outcome = submitted.Return(Approver, clock, 1, reason);

        Assert.Equal(ApprovalRefusal.ReasonRequired, outcome.Refusal);
        Assert.Equal("Phải nêu lý do khi trả lại báo cáo.", outcome.Reason.Vietnamese);
        Assert.Equal("A reason is required to return a report.", outcome.Reason.English);
        Assert.Equal(ApprovalState.Submitted, submitted.State);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\t")]
    public void Withdrawing_an_approval_without_a_reason_is_refused(string? reason)
    {
        var clock = Clock();

        var outcome = Approved(clock).WithdrawApproval(Approver, clock, reason);

        Assert.Equal(ApprovalRefusal.ReasonRequired, outcome.Refusal);
        Assert.Equal("A reason is required to withdraw an approval.", outcome.Reason.English);
    }

    [Fact]
    public void Unlocking_without_a_reason_is_refused()
    {
        var clock = Clock();

        var outcome = Locked(clock).Unlock(Higher, clock.GetCurrentInstant(), " ");

        Assert.Equal(ApprovalRefusal.ReasonRequired, outcome.Refusal);
        Assert.Equal("A reason is required to unlock a report.", outcome.Reason.English);
    }

    [Fact]
    public void A_reason_is_optional_for_the_other_actions_and_kept_when_given()
    {
        var clock = Clock();

        var submitted = Draft().Submit(Filer, clock, 1, "Báo cáo sơ kết 6 tháng").History!;
        var approved = submitted.Approve(Approver, clock, 1, District, "Số liệu khớp").History!;

        Assert.Equal(["Báo cáo sơ kết 6 tháng", "Số liệu khớp"], approved.Steps.Select(s => s.Reason));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Resubmitting_a_version_not_newer_than_the_current_one_is_refused(int version)
    {
        var clock = Clock();
        var returned = Returned(clock).Resubmit(Filer, clock, 2).History!.Return(Approver, clock, 2, Why).History!;

        var outcome = returned.Resubmit(Filer, clock, version);

        Assert.Equal(ApprovalRefusal.VersionNotNewer, outcome.Refusal);
        Assert.Equal($"Version {version} is not newer than the submitted version 2; each resubmission is a new version.", outcome.Reason.English);
    }

    [Fact]
    public void Versions_need_not_follow_one_another_only_grow()
    {
        var clock = Clock();

        var outcome = Returned(clock).Resubmit(Filer, clock, 5);

        Assert.True(outcome.IsAccepted);
        Assert.Equal(5, outcome.History.CurrentVersion);
    }

    [Fact]
    public void Approving_a_version_that_was_superseded_is_refused_as_stale()
    {
        var clock = Clock();
        var corrected = Submitted(clock).Resubmit(Filer, clock, 2).History!;

        var outcome = corrected.Approve(Approver, clock, 1, District);

        Assert.Equal(ApprovalRefusal.StaleVersion, outcome.Refusal);
        Assert.Equal("Báo cáo đang ở phiên bản 2, không phải phiên bản 1; hãy xem phiên bản hiện tại trước khi quyết định.", outcome.Reason.Vietnamese);
        Assert.True(corrected.Approve(Approver, clock, 2, District).IsAccepted);
    }

    [Fact]
    public void Returning_a_version_that_was_superseded_is_refused_as_stale()
    {
        var clock = Clock();
        var corrected = Submitted(clock).Resubmit(Filer, clock, 2).History!;

        Assert.Equal(ApprovalRefusal.StaleVersion, corrected.Return(Approver, clock, 1, Why).Refusal);
        Assert.Equal(ApprovalRefusal.StaleVersion, corrected.Return(Approver, clock, 3, Why).Refusal);
    }

    [Fact]
    public void A_unit_cannot_approve_its_own_report()
    {
        var clock = Clock();

        var outcome = Submitted(clock).Approve(Approver, clock, 1, Commune);

        Assert.Equal(ApprovalRefusal.SelfApproval, outcome.Refusal);
        Assert.Equal("Đơn vị xa-binh-duc không thể tự phê duyệt báo cáo của chính mình; việc này do cấp trên thực hiện.", outcome.Reason.Vietnamese);
        Assert.Equal("xa-binh-duc cannot approve its own report; the level above does.", outcome.Reason.English);
    }

    [Fact]
    public void A_unit_cannot_lock_its_own_report()
    {
        var clock = Clock();

        var outcome = Approved(clock).Lock(Higher, clock, Commune);

        Assert.Equal(ApprovalRefusal.SelfApproval, outcome.Refusal);
        Assert.Equal("xa-binh-duc cannot lock its own report; the level above does.", outcome.Reason.English);
    }

    [Fact]
    public void A_clock_that_reads_earlier_than_the_last_step_is_refused()
    {
        var clock = Clock();
        var submitted = Submitted(clock);
        clock.Reset(Start.Minus(NodaTime.Duration.FromMinutes(1)));

        var outcome = submitted.Approve(Approver, clock, 1, District);

        Assert.Equal(ApprovalRefusal.ClockBeforeLastStep, outcome.Refusal);
        Assert.Equal("The time 2023-07-03T00:59:00Z is earlier than the previous step (2023-07-03T01:00:00Z); steps are kept in time order.", outcome.Reason.English);
        Assert.Equal("Thời điểm 07:59 ngày 03/07/2023 sớm hơn bước trước (08:00 ngày 03/07/2023); các bước được ghi theo thứ tự thời gian.", outcome.Reason.Vietnamese);
    }

    [Fact]
    public void Two_steps_at_the_same_instant_are_allowed()
    {
        var clock = new NodaTime.Testing.FakeClock(Start);

        var outcome = Submitted(clock).Approve(Approver, clock, 1, District);

        Assert.True(outcome.IsAccepted);
        Assert.Equal(outcome.History.Steps[0].At, outcome.History.Steps[1].At);
    }

    [Fact]
    public void The_state_is_checked_before_the_reason_the_clock_the_version_and_the_approver()
    {
        var clock = Clock();
        var locked = Locked(clock);
        clock.Reset(Start);

        Assert.Equal(ApprovalRefusal.Locked, locked.WithdrawApproval(Approver, clock, null).Refusal);
        Assert.Equal(ApprovalRefusal.Locked, locked.Approve(Approver, clock, 9, Commune).Refusal);
    }

    [Fact]
    public void A_refusal_says_what_was_refused_in_both_languages()
    {
        var clock = Clock();

        var outcome = Approved(clock).Return(Approver, clock, 1, Why);

        Assert.Equal("return refused (AlreadyApproved): The report is approved; it cannot be returned unless the approval is withdrawn first.", outcome.ToString());
        Assert.Equal("trả lại: bị từ chối (AlreadyApproved): Báo cáo đã được phê duyệt, không thể trả lại trừ khi phê duyệt được rút lại trước.",
            outcome.ToString(TextCulture.Vietnamese));
    }

    [Fact]
    public void An_accepted_outcome_says_where_the_report_now_stands()
    {
        var clock = Clock();

        var outcome = Submitted(clock).Approve(Approver, clock, 1, District);

        Assert.Equal("approve taken: xa-binh-duc/BC-DVK/2023H1: approved, version 1, 2 steps", outcome.ToString());
        Assert.Equal("phê duyệt: đã thực hiện; xa-binh-duc/BC-DVK/2023H1: đã phê duyệt, phiên bản 1, 2 bước", outcome.ToString(TextCulture.Vietnamese));
    }
}
