using System.Collections.Immutable;
using DomainKit.Validation;

namespace DomainKit.Submissions.Checks;

/// <summary>
/// What a replay of a stored approval history reports (<see cref="ApprovalHistory.Replay"/>, turned into findings by
/// <see cref="ApprovalReplayExtensions.Findings"/>), as <see cref="RuleDescriptor"/>s with codes DK960 to DK965, listed
/// in docs/findings.md. Each is a stored step that the workflow's rules do not allow where it stands; the step is left
/// out of the rebuilt history. Their severity is fixed. A refused action taken live is not a finding but an
/// <see cref="ApprovalOutcome"/> with an <see cref="ApprovalRefusal"/>.
/// </summary>
public static class ApprovalRules
{
    /// <summary>DK960: the state the report was in does not allow the step (approving a draft, returning an approved report, anything on a locked one).</summary>
    public static RuleDescriptor StepNotAllowed { get; } = new(
        "DK960", "ApprovalStepNotAllowed", Severity.Error,
        new("Bước phê duyệt không được phép", "Approval step not allowed"),
        new("Bước {action} lúc {at} không được phép khi báo cáo ở trạng thái “{state}”: {reason} Bước này không được tính vào lịch sử.",
            "The step {action} at {at} is not allowed while the report is {state}: {reason} The step is left out of the history."));

    /// <summary>DK961: a return, a withdrawal of approval or an unlock gives no reason, or a blank one.</summary>
    public static RuleDescriptor ReasonMissing { get; } = new(
        "DK961", "ApprovalReasonMissing", Severity.Error,
        new("Bước phê duyệt thiếu lý do", "Approval step without a reason"),
        new("Bước {action} lúc {at} không ghi lý do: {reason} Bước này không được tính vào lịch sử.",
            "The step {action} at {at} gives no reason: {reason} The step is left out of the history."));

    /// <summary>DK962: a submission files a version not newer than the current one, or a decision concerns another version than the current one.</summary>
    public static RuleDescriptor VersionInvalid { get; } = new(
        "DK962", "ApprovalVersionInvalid", Severity.Error,
        new("Phiên bản của bước phê duyệt không hợp lệ", "Approval step of the wrong version"),
        new("Bước {action} lúc {at} ghi phiên bản {version}: {reason} Bước này không được tính vào lịch sử.",
            "The step {action} at {at} names version {version}: {reason} The step is left out of the history."));

    /// <summary>DK963: a step is dated earlier than the step kept before it.</summary>
    public static RuleDescriptor StepOutOfOrder { get; } = new(
        "DK963", "ApprovalStepOutOfOrder", Severity.Error,
        new("Bước phê duyệt sai thứ tự thời gian", "Approval step out of time order"),
        new("Bước {action} sai thứ tự thời gian: {reason} Bước này không được tính vào lịch sử.",
            "The step {action} is out of time order: {reason} The step is left out of the history."));

    /// <summary>DK964: an approval or a lock names the unit that filed the report as the approving unit.</summary>
    public static RuleDescriptor ApprovedBySubmitter { get; } = new(
        "DK964", "ApprovalBySubmitter", Severity.Error,
        new("Đơn vị tự phê duyệt báo cáo của mình", "Report approved by its own unit"),
        new("Bước {action} lúc {at} ghi đơn vị phê duyệt là chính đơn vị gửi báo cáo: {reason} Bước này không được tính vào lịch sử.",
            "The step {action} at {at} names the filing unit itself as the approver: {reason} The step is left out of the history."));

    /// <summary>DK965: a step the rules allow records another state after it than the one they give.</summary>
    public static RuleDescriptor StateMismatch { get; } = new(
        "DK965", "ApprovalStateMismatch", Severity.Error,
        new("Trạng thái sau bước phê duyệt ghi sai", "Approval step records the wrong state"),
        new("Bước {action} lúc {at} ghi sai trạng thái: {reason} Bước này không được tính vào lịch sử.",
            "The step {action} at {at} records the wrong state: {reason} The step is left out of the history."));

    /// <summary>Every descriptor, in code order.</summary>
    public static ImmutableArray<RuleDescriptor> Descriptors { get; } =
        [StepNotAllowed, ReasonMissing, VersionInvalid, StepOutOfOrder, ApprovedBySubmitter, StateMismatch];
}
