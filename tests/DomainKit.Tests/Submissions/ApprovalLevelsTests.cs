using DomainKit.Submissions;
using DomainKit.Units;
using NodaTime;
using static DomainKit.Tests.Submissions.Approvals;

namespace DomainKit.Tests.Submissions;

/// <summary>
/// Three levels: two communes report to their district, the district's roll-up is approved by the province, and the
/// province's by the centre. An approval above locks the approvals below it, and its withdrawal unlocks them.
/// </summary>
public sealed class ApprovalLevelsTests
{
    private static readonly SubmissionKey CommuneA = new("xa-binh-duc", Form, FirstHalf);
    private static readonly SubmissionKey CommuneB = new("xa-dong-tien", Form, FirstHalf);
    private static readonly SubmissionKey DistrictRollUp = new(District, Form, FirstHalf);
    private static readonly SubmissionKey ProvinceRollUp = new(Province, Form, FirstHalf);
    private static readonly UnitId Centre = "trung-uong";

    private static ApprovalHistory ApprovedBelow(SubmissionKey key, IClock clock)
        => new ApprovalHistory(key).Submit(Filer, clock, 1).History!.Approve(Approver, clock, 1, District).History!;

    private static ApprovalHistory SubmittedRollUp(SubmissionKey key, IClock clock) => new ApprovalHistory(key).Submit(Approver, clock, 1).History!;

    [Fact]
    public void Approving_a_roll_up_locks_the_approved_reports_below_it()
    {
        var clock = Clock();
        var below = new[] { ApprovedBelow(CommuneA, clock), ApprovedBelow(CommuneB, clock) };
        var rollUp = SubmittedRollUp(DistrictRollUp, clock);

        var cascade = ApprovalLevels.ApproveRollUp(rollUp, below, Higher, clock, 1, Province);

        Assert.True(cascade.IsAccepted);
        Assert.Equal(ApprovalState.Approved, cascade.RollUp.State);
        Assert.Equal([ApprovalState.Locked, ApprovalState.Locked], cascade.LowerLevel.Select(h => h.State));
        var approval = cascade.RollUp.LastStep!;
        Assert.All(cascade.LowerLevel, h =>
        {
            Assert.Equal(ApprovalAction.Lock, h.LastStep!.Action);
            Assert.Equal(Higher, h.LastStep.Actor);
            Assert.Equal(approval.At, h.LastStep.At);
            Assert.Equal(Province, h.LastStep.ApprovingUnit);
        });
        Assert.Equal([CommuneA, CommuneB], cascade.LowerLevel.Select(h => h.Key));
        Assert.Equal(ApprovalRefusal.None, cascade.Refusal);
        Assert.Null(cascade.RefusedSlot);
        Assert.Equal("huyen-bu-dang/BC-DVK/2023H1: approved, version 1, 2 steps; 2 report(s) below", cascade.ToString());
    }

    [Fact]
    public void Once_the_level_above_has_approved_the_approval_below_cannot_be_withdrawn()
    {
        var clock = Clock();
        var cascade = ApprovalLevels.ApproveRollUp(SubmittedRollUp(DistrictRollUp, clock), [ApprovedBelow(CommuneA, clock)], Higher, clock, 1, Province);

        var outcome = cascade.LowerLevel[0].WithdrawApproval(Approver, clock, Why);

        Assert.Equal(ApprovalRefusal.Locked, outcome.Refusal);
    }

    [Fact]
    public void A_roll_up_cannot_be_approved_while_a_report_below_waits_for_a_decision()
    {
        var clock = Clock();
        var waiting = new ApprovalHistory(CommuneB).Submit(Filer, clock, 1).History!;
        var below = new[] { ApprovedBelow(CommuneA, clock), waiting };
        var rollUp = SubmittedRollUp(DistrictRollUp, clock);

        var cascade = ApprovalLevels.ApproveRollUp(rollUp, below, Higher, clock, 1, Province);

        Assert.False(cascade.IsAccepted);
        Assert.Null(cascade.RollUp);
        Assert.Empty(cascade.LowerLevel);
        Assert.Equal(ApprovalRefusal.LowerLevelNotApproved, cascade.Refusal);
        Assert.Equal(DistrictRollUp, cascade.RefusedSlot);
        Assert.Equal("The roll-up cannot be approved yet: the reports xa-dong-tien/BC-DVK/2023H1 were submitted but are not approved.", cascade.Reason.English);
        Assert.Equal("Chưa thể phê duyệt báo cáo tổng hợp: báo cáo xa-dong-tien/BC-DVK/2023H1 đã gửi nhưng chưa được phê duyệt.", cascade.Reason.Vietnamese);
        Assert.Equal(ApprovalState.Submitted, rollUp.State);
        Assert.Equal(ApprovalState.Approved, below[0].State);
    }

    [Fact]
    public void A_returned_report_below_also_holds_the_roll_up_back()
    {
        var clock = Clock();
        var returned = new ApprovalHistory(CommuneB).Submit(Filer, clock, 1).History!.Return(Approver, clock, 1, Why).History!;

        var cascade = ApprovalLevels.ApproveRollUp(SubmittedRollUp(DistrictRollUp, clock), [returned], Higher, clock, 1);

        Assert.Equal(ApprovalRefusal.LowerLevelNotApproved, cascade.Refusal);
    }

    [Fact]
    public void A_report_below_that_was_never_submitted_is_not_in_the_roll_up_and_is_left_as_it_is()
    {
        var clock = Clock();
        var draft = new ApprovalHistory(CommuneB);

        var cascade = ApprovalLevels.ApproveRollUp(SubmittedRollUp(DistrictRollUp, clock), [ApprovedBelow(CommuneA, clock), draft], Higher, clock, 1);

        Assert.True(cascade.IsAccepted);
        Assert.Same(draft, cascade.LowerLevel[1]);
        Assert.Equal(ApprovalState.Locked, cascade.LowerLevel[0].State);
    }

    [Fact]
    public void A_roll_up_the_rules_refuse_to_approve_leaves_everything_as_it_was()
    {
        var clock = Clock();
        var below = new[] { ApprovedBelow(CommuneA, clock) };
        var draftRollUp = new ApprovalHistory(DistrictRollUp);

        var cascade = ApprovalLevels.ApproveRollUp(draftRollUp, below, Higher, clock, 1);

        Assert.Equal(ApprovalRefusal.NotSubmitted, cascade.Refusal);
        Assert.Equal(DistrictRollUp, cascade.RefusedSlot);
        Assert.Equal(ApprovalState.Approved, below[0].State);
        Assert.StartsWith("refused at huyen-bu-dang/BC-DVK/2023H1 (NotSubmitted): ", cascade.ToString());
    }

    [Fact]
    public void A_lock_refused_below_refuses_the_whole_approval()
    {
        var clock = Clock();
        var rollUp = SubmittedRollUp(DistrictRollUp, clock);
        var later = ApprovedBelow(CommuneA, clock);
        clock.Reset(Start);

        var cascade = ApprovalLevels.ApproveRollUp(rollUp, [later], Higher, clock, 1);

        Assert.False(cascade.IsAccepted);
        Assert.Equal(CommuneA, cascade.RefusedSlot);
        Assert.Equal(ApprovalRefusal.ClockBeforeLastStep, cascade.Refusal);
    }

    [Fact]
    public void Withdrawing_the_roll_up_approval_unlocks_the_reports_below_so_their_approvals_can_be_withdrawn()
    {
        var clock = Clock();
        var approved = ApprovalLevels.ApproveRollUp(SubmittedRollUp(DistrictRollUp, clock), [ApprovedBelow(CommuneA, clock), new ApprovalHistory(CommuneB)],
            Higher, clock, 1, Province);

        var withdrawn = ApprovalLevels.WithdrawRollUpApproval(approved.RollUp!, approved.LowerLevel, Higher, clock, "Tỉnh phát hiện số liệu xã Bình Đức sai");

        Assert.True(withdrawn.IsAccepted);
        Assert.Equal(ApprovalState.Submitted, withdrawn.RollUp.State);
        Assert.Equal([ApprovalState.Approved, ApprovalState.Draft], withdrawn.LowerLevel.Select(h => h.State));
        var unlock = withdrawn.LowerLevel[0].LastStep!;
        Assert.Equal(ApprovalAction.Unlock, unlock.Action);
        Assert.Equal("Tỉnh phát hiện số liệu xã Bình Đức sai", unlock.Reason);
        Assert.True(withdrawn.LowerLevel[0].WithdrawApproval(Approver, clock, "Xã phải sửa số liệu").IsAccepted);
    }

    [Fact]
    public void Withdrawing_a_roll_up_approval_without_a_reason_is_refused_and_changes_nothing()
    {
        var clock = Clock();
        var approved = ApprovalLevels.ApproveRollUp(SubmittedRollUp(DistrictRollUp, clock), [ApprovedBelow(CommuneA, clock)], Higher, clock, 1);

        var withdrawn = ApprovalLevels.WithdrawRollUpApproval(approved.RollUp!, approved.LowerLevel, Higher, clock, " ");

        Assert.Equal(ApprovalRefusal.ReasonRequired, withdrawn.Refusal);
        Assert.Equal(ApprovalState.Locked, approved.LowerLevel[0].State);
    }

    [Fact]
    public void Over_three_levels_a_roll_up_approved_above_cannot_have_its_approval_withdrawn()
    {
        var clock = Clock();
        var district = ApprovalLevels.ApproveRollUp(SubmittedRollUp(DistrictRollUp, clock), [ApprovedBelow(CommuneA, clock)], Higher, clock, 1, Province);
        var province = ApprovalLevels.ApproveRollUp(SubmittedRollUp(ProvinceRollUp, clock), [district.RollUp!], "can-bo-trung-uong", clock, 1, Centre);

        var lockedDistrict = province.LowerLevel[0];
        var refused = ApprovalLevels.WithdrawRollUpApproval(lockedDistrict, district.LowerLevel, Higher, clock, Why);

        Assert.Equal(ApprovalState.Locked, lockedDistrict.State);
        Assert.Equal(ApprovalRefusal.Locked, refused.Refusal);
        Assert.Equal(DistrictRollUp, refused.RefusedSlot);

        // Once the centre withdraws its approval of the province, the district's approval can be withdrawn in turn.
        var reopened = ApprovalLevels.WithdrawRollUpApproval(province.RollUp!, province.LowerLevel, "can-bo-trung-uong", clock, "Trung ương trả lại");
        var districtAgain = ApprovalLevels.WithdrawRollUpApproval(reopened.LowerLevel[0], district.LowerLevel, Higher, clock, Why);
        Assert.True(districtAgain.IsAccepted);
        Assert.Equal(ApprovalState.Approved, districtAgain.LowerLevel[0].State);
    }

    [Fact]
    public void Each_level_may_file_its_own_form_for_the_same_period()
    {
        var clock = Clock();
        var districtForm = new SubmissionKey(District, "BC-DVK-HUYEN", FirstHalf);

        var cascade = ApprovalLevels.ApproveRollUp(SubmittedRollUp(districtForm, clock), [ApprovedBelow(CommuneA, clock)], Higher, clock, 1);

        Assert.True(cascade.IsAccepted);
    }

    [Fact]
    public void Reports_below_of_another_period_of_the_roll_up_unit_or_given_twice_are_a_programming_error()
    {
        var clock = Clock();
        var rollUp = SubmittedRollUp(DistrictRollUp, clock);
        var other = new ApprovalHistory(new SubmissionKey("xa-binh-duc", Form, DomainKit.Periods.ReportingPeriod.HalfYear(2023, 2)));
        var own = new ApprovalHistory(new SubmissionKey(District, "BC-KHAC", FirstHalf));
        var a = ApprovedBelow(CommuneA, clock);

        Assert.Throws<ArgumentException>(() => ApprovalLevels.ApproveRollUp(rollUp, [other], Higher, clock, 1));
        Assert.Throws<ArgumentException>(() => ApprovalLevels.ApproveRollUp(rollUp, [own], Higher, clock, 1));
        Assert.Throws<ArgumentException>(() => ApprovalLevels.ApproveRollUp(rollUp, [a, a], Higher, clock, 1));
        Assert.Throws<ArgumentNullException>(() => ApprovalLevels.ApproveRollUp(rollUp, [null!], Higher, clock, 1));
        Assert.Throws<ArgumentNullException>(() => ApprovalLevels.ApproveRollUp(null!, [], Higher, clock, 1));
        Assert.Throws<ArgumentNullException>(() => ApprovalLevels.ApproveRollUp(rollUp, null!, Higher, clock, 1));
        Assert.Throws<ArgumentException>(() => ApprovalLevels.ApproveRollUp(rollUp, [], " ", clock, 1));
        Assert.Throws<ArgumentNullException>(() => ApprovalLevels.ApproveRollUp(rollUp, [], Higher, null!, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ApprovalLevels.ApproveRollUp(rollUp, [], Higher, clock, 0));
        Assert.Throws<ArgumentException>(() => ApprovalLevels.ApproveRollUp(rollUp, [], Higher, clock, 1, default(UnitId)));
        Assert.Throws<ArgumentException>(() => ApprovalLevels.WithdrawRollUpApproval(rollUp, [other], Higher, clock, Why));
        Assert.Throws<ArgumentNullException>(() => ApprovalLevels.WithdrawRollUpApproval(rollUp, [], null!, clock, Why));
        Assert.Throws<ArgumentNullException>(() => ApprovalLevels.WithdrawRollUpApproval(rollUp, [], Higher, null!, Why));
    }
}
