using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Text;
using DomainKit.Units;
using NodaTime;
using static DomainKit.Tests.Submissions.Approvals;

namespace DomainKit.Tests.Submissions;

/// <summary>Who did what, when, why and to which version is kept forever; misuse of the API throws, refused steps never do.</summary>
public sealed class ApprovalRecordTests
{
    [Fact]
    public void Every_step_records_who_when_why_which_version_which_approver_and_the_state_after()
    {
        var clock = Clock();

        var history = Returned(clock).Resubmit(Filer, clock, 2, "Đã sửa").History!
            .Approve(Approver, clock, 2, District).History!
            .Lock(Higher, clock, Province).History!;

        Assert.Equal<ApprovalStep>(
        [
            new ApprovalStep(ApprovalAction.Submit, Filer, Start, 1, ApprovalState.Submitted),
            new ApprovalStep(ApprovalAction.Return, Approver, Start.Plus(Duration.FromHours(1)), 1, ApprovalState.Returned, Why),
            new ApprovalStep(ApprovalAction.Resubmit, Filer, Start.Plus(Duration.FromHours(2)), 2, ApprovalState.Submitted, "Đã sửa"),
            new ApprovalStep(ApprovalAction.Approve, Approver, Start.Plus(Duration.FromHours(3)), 2, ApprovalState.Approved, approvingUnit: District),
            new ApprovalStep(ApprovalAction.Lock, Higher, Start.Plus(Duration.FromHours(4)), 2, ApprovalState.Locked, approvingUnit: Province),
        ], history.Steps);
        Assert.Equal(ApprovalState.Locked, history.State);
        Assert.Equal(2, history.CurrentVersion);
        Assert.Equal(history.Steps[^1], history.LastStep);
    }

    [Fact]
    public void Each_step_makes_a_new_history_and_leaves_the_old_one_as_it_was()
    {
        var clock = Clock();
        var draft = Draft();

        var submitted = draft.Submit(Filer, clock, 1).History!;
        var approved = submitted.Approve(Approver, clock, 1, District).History!;

        Assert.Empty(draft.Steps);
        Assert.Equal(ApprovalState.Draft, draft.State);
        Assert.Single(submitted.Steps);
        Assert.Equal(ApprovalState.Submitted, submitted.State);
        Assert.Equal(2, approved.Steps.Length);
        Assert.Same(submitted.Steps[0], approved.Steps[0]);
    }

    [Fact]
    public void A_draft_has_no_version_no_steps_and_no_submission_time()
    {
        var draft = Draft();

        Assert.Equal(Key, draft.Key);
        Assert.Equal(0, draft.CurrentVersion);
        Assert.Null(draft.LastStep);
        Assert.Null(draft.FirstSubmittedAt);
        Assert.Equal("xa-binh-duc/BC-DVK/2023H1: draft, 0 steps", draft.ToString());
        Assert.Equal("xa-binh-duc/BC-DVK/2023H1: chưa gửi, 0 bước", draft.ToString(TextCulture.Vietnamese));
    }

    [Fact]
    public void The_first_submission_time_stays_through_returns_and_resubmissions()
    {
        var clock = Clock();

        var history = Returned(clock).Resubmit(Filer, clock, 2).History!;

        Assert.Equal(Start, history.FirstSubmittedAt);
        Assert.Equal("xa-binh-duc/BC-DVK/2023H1: submitted, version 2, 3 steps", history.ToString());
    }

    [Fact]
    public void A_step_writes_itself_on_one_line()
    {
        var step = new ApprovalStep(ApprovalAction.Approve, Approver, Start, 2, ApprovalState.Approved, "Số liệu khớp", District);

        Assert.Equal("2023-07-03T01:00:00Z approve v2 by can-bo-huyen for huyen-bu-dang → approved: Số liệu khớp", step.ToString());
        Assert.Equal("2023-07-03T01:00:00Z return v1 by can-bo-huyen → returned: x",
            new ApprovalStep(ApprovalAction.Return, Approver, Start, 1, ApprovalState.Returned, "x").ToString());
    }

    [Fact]
    public void Steps_with_the_same_fields_are_equal()
    {
        var a = new ApprovalStep(ApprovalAction.Approve, Approver, Start, 2, ApprovalState.Approved, null, District);
        var b = new ApprovalStep(ApprovalAction.Approve, Approver, Start, 2, ApprovalState.Approved, null, District);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new ApprovalStep(ApprovalAction.Approve, Approver, Start, 2, ApprovalState.Approved, null, Province));
    }

    [Fact]
    public void A_step_with_a_blank_actor_an_undefined_value_a_version_below_one_or_a_misplaced_approver_cannot_be_made()
    {
        Assert.Throws<ArgumentNullException>(() => new ApprovalStep(ApprovalAction.Submit, null!, Start, 1, ApprovalState.Submitted));
        Assert.Throws<ArgumentException>(() => new ApprovalStep(ApprovalAction.Submit, " ", Start, 1, ApprovalState.Submitted));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ApprovalStep((ApprovalAction)99, Filer, Start, 1, ApprovalState.Submitted));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ApprovalStep(ApprovalAction.Submit, Filer, Start, 1, (ApprovalState)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ApprovalStep(ApprovalAction.Submit, Filer, Start, 0, ApprovalState.Submitted));
        Assert.Throws<ArgumentException>(() => new ApprovalStep(ApprovalAction.Submit, Filer, Start, 1, ApprovalState.Submitted, approvingUnit: District));
        Assert.Throws<ArgumentException>(() => new ApprovalStep(ApprovalAction.Approve, Filer, Start, 1, ApprovalState.Approved, approvingUnit: default(UnitId)));
    }

    [Fact]
    public void A_blank_actor_or_a_missing_clock_is_a_programming_error_and_throws()
    {
        var clock = Clock();
        var submitted = Submitted(clock);

        Assert.Throws<ArgumentNullException>(() => Draft().Submit(null!, clock, 1));
        Assert.Throws<ArgumentException>(() => Draft().Submit("  ", clock, 1));
        Assert.Throws<ArgumentNullException>(() => Draft().Submit(Filer, null!, 1));
        Assert.Throws<ArgumentException>(() => submitted.Return("", clock, 1, Why));
        Assert.Throws<ArgumentNullException>(() => submitted.Approve(Approver, null!, 1));
        Assert.Throws<ArgumentNullException>(() => Approved(clock).WithdrawApproval(null!, clock, Why));
        Assert.Throws<ArgumentNullException>(() => Approved(clock).Lock(Higher, null!));
        Assert.Throws<ArgumentException>(() => Locked(clock).Unlock(" ", Start, Why));
    }

    [Fact]
    public void A_version_below_one_an_empty_approving_unit_or_an_undefined_action_throws()
    {
        var clock = Clock();
        var submitted = Submitted(clock);

        Assert.Throws<ArgumentOutOfRangeException>(() => Draft().Submit(Filer, clock, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => submitted.Resubmit(Filer, clock, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => submitted.Return(Approver, clock, 0, Why));
        Assert.Throws<ArgumentOutOfRangeException>(() => submitted.Approve(Approver, clock, 0));
        Assert.Throws<ArgumentException>(() => submitted.Approve(Approver, clock, 1, default(UnitId)));
        Assert.Throws<ArgumentException>(() => Approved(clock).Lock(Higher, clock, default(UnitId)));
        Assert.Throws<ArgumentOutOfRangeException>(() => submitted.Allows((ApprovalAction)7));
    }

    [Fact]
    public void A_history_needs_a_key_made_by_its_constructor()
    {
        Assert.Throws<ArgumentException>(() => new ApprovalHistory(default));
    }

    [Fact]
    public void A_key_is_the_unit_the_form_and_the_period_and_equal_to_another_with_the_same()
    {
        var key = new SubmissionKey("xa-binh-duc", "BC-DVK", ReportingPeriod.HalfYear(2023, 1));

        Assert.Equal(Key, key);
        Assert.Equal(Key.GetHashCode(), key.GetHashCode());
        Assert.NotEqual(Key, new SubmissionKey("xa-binh-duc", "bc-dvk", ReportingPeriod.HalfYear(2023, 1)));
        Assert.NotEqual(Key, new SubmissionKey("xa-binh-duc", "BC-DVK", ReportingPeriod.HalfYear(2023, 2)));
        Assert.Equal("xa-binh-duc/BC-DVK/2023H1", key.ToString());
        Assert.Equal("", default(SubmissionKey).ToString());
        Assert.Throws<ArgumentException>(() => new SubmissionKey(default, "BC-DVK", FirstHalf));
        Assert.Throws<ArgumentException>(() => new SubmissionKey(Commune, " ", FirstHalf));
        Assert.Throws<ArgumentNullException>(() => new SubmissionKey(Commune, null!, FirstHalf));
    }
}
