using DomainKit.Periods;
using DomainKit.Text;

namespace DomainKit.Submissions;

/// <summary>The reasons of refusals, in Vietnamese and English, filled with the values of the step refused.</summary>
internal static class ApprovalTexts
{
    /// <summary>
    /// The reason for <paramref name="refusal"/> of <paramref name="action"/>; <paramref name="values"/> holds what its
    /// template names (<c>current</c>, <c>version</c>, <c>unit</c>, <c>at</c>, <c>last</c>, <c>slots</c>, <c>recorded</c>, <c>expected</c>).
    /// </summary>
    public static LocalizedText Reason(ApprovalRefusal refusal, ApprovalAction action, IReadOnlyDictionary<string, object?> values)
    {
        var filled = new Dictionary<string, object?>(values, StringComparer.Ordinal)
        {
            ["cannot"] = Cannot(action),
            ["action"] = ApprovalNames.Of(action),
        };
        return MessageText.Fill(Template(refusal, action), filled);
    }

    private static LocalizedText Template(ApprovalRefusal refusal, ApprovalAction action) => refusal switch
    {
        ApprovalRefusal.NotSubmitted => new("Báo cáo chưa được gửi, {cannot}.", "The report has not been submitted; {cannot}."),
        ApprovalRefusal.AlreadySubmitted => new(
            "Báo cáo đã được gửi (phiên bản {current}); bản sửa đổi được gửi lại thành một phiên bản mới.",
            "The report has already been submitted (version {current}); a correction is resubmitted as a new version."),
        ApprovalRefusal.AlreadyReturned => new(
            "Báo cáo đã bị trả lại và đang chờ đơn vị gửi lại phiên bản mới.",
            "The report has already been returned and waits for a new version from its unit."),
        ApprovalRefusal.AwaitingNewVersion => new(
            "Báo cáo đã bị trả lại, không thể phê duyệt trước khi đơn vị gửi lại phiên bản mới.",
            "The report was returned; it cannot be approved before its unit resubmits a new version."),
        ApprovalRefusal.NotApproved => new("Báo cáo chưa được phê duyệt, {cannot}.", "The report is not approved; {cannot}."),
        ApprovalRefusal.AlreadyApproved when action == ApprovalAction.Approve => new("Báo cáo đã được phê duyệt rồi.", "The report is already approved."),
        ApprovalRefusal.AlreadyApproved when action == ApprovalAction.Submit => new(
            "Báo cáo đã được gửi và phê duyệt; bản sửa đổi được gửi lại thành phiên bản mới sau khi phê duyệt được rút lại.",
            "The report has been submitted and approved; a correction is resubmitted as a new version once the approval is withdrawn."),
        ApprovalRefusal.AlreadyApproved => new(
            "Báo cáo đã được phê duyệt, {cannot} trừ khi phê duyệt được rút lại trước.",
            "The report is approved; {cannot} unless the approval is withdrawn first."),
        ApprovalRefusal.Locked => new(
            "Báo cáo đã bị khóa vì cấp cao hơn đã phê duyệt, {cannot}.",
            "The report is locked because a higher level has approved; {cannot}."),
        ApprovalRefusal.NotLocked => new("Báo cáo chưa bị khóa, {cannot}.", "The report is not locked; {cannot}."),
        ApprovalRefusal.ReasonRequired => action switch
        {
            ApprovalAction.Return => new("Phải nêu lý do khi trả lại báo cáo.", "A reason is required to return a report."),
            ApprovalAction.WithdrawApproval => new("Phải nêu lý do khi rút lại phê duyệt.", "A reason is required to withdraw an approval."),
            _ => new("Phải nêu lý do khi mở khóa báo cáo.", "A reason is required to unlock a report."),
        },
        ApprovalRefusal.VersionNotNewer => new(
            "Phiên bản {version} không mới hơn phiên bản đã gửi {current}; mỗi lần gửi lại là một phiên bản mới.",
            "Version {version} is not newer than the submitted version {current}; each resubmission is a new version."),
        ApprovalRefusal.StaleVersion => new(
            "Báo cáo đang ở phiên bản {current}, không phải phiên bản {version}; hãy xem phiên bản hiện tại trước khi quyết định.",
            "The report is at version {current}, not version {version}; review the current version before deciding."),
        ApprovalRefusal.SelfApproval => new(
            "Đơn vị {unit} không thể tự {action} báo cáo của chính mình; việc này do cấp trên thực hiện.",
            "{unit} cannot {action} its own report; the level above does."),
        ApprovalRefusal.ClockBeforeLastStep => new(
            "Thời điểm {at} sớm hơn bước trước ({last}); các bước được ghi theo thứ tự thời gian.",
            "The time {at} is earlier than the previous step ({last}); steps are kept in time order."),
        ApprovalRefusal.LowerLevelNotApproved => new(
            "Chưa thể phê duyệt báo cáo tổng hợp: báo cáo {slots} đã gửi nhưng chưa được phê duyệt.",
            "The roll-up cannot be approved yet: the reports {slots} were submitted but are not approved."),
        ApprovalRefusal.StateAfterMismatch => new(
            "Bước này ghi trạng thái sau là “{recorded}”, nhưng theo quy tắc phải là “{expected}”.",
            "The step records the state after it as “{recorded}” where the rules give “{expected}”."),
        _ => new(string.Empty, string.Empty),
    };

    private static LocalizedText Cannot(ApprovalAction action) => action switch
    {
        ApprovalAction.Submit => new("không thể gửi", "it cannot be submitted"),
        ApprovalAction.Resubmit => new("không thể gửi lại", "it cannot be resubmitted"),
        ApprovalAction.Return => new("không thể trả lại", "it cannot be returned"),
        ApprovalAction.Approve => new("không thể phê duyệt", "it cannot be approved"),
        ApprovalAction.WithdrawApproval => new("không thể rút lại phê duyệt", "no approval can be withdrawn"),
        ApprovalAction.Lock => new("không thể khóa", "it cannot be locked"),
        _ => new("không thể mở khóa", "it cannot be unlocked"),
    };
}
