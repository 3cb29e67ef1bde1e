namespace DomainKit.Submissions;

/// <summary>
/// Where a report stands in its approval (<see cref="ApprovalHistory.State"/>). Values are never renumbered, so a
/// stored number keeps its meaning.
/// </summary>
public enum ApprovalState
{
    /// <summary>Nothing has been submitted yet (chưa gửi).</summary>
    Draft = 0,

    /// <summary>A version has been submitted and waits for the level above (đã gửi).</summary>
    Submitted = 1,

    /// <summary>The level above returned the report with a reason; it waits for a new version (bị trả lại).</summary>
    Returned = 2,

    /// <summary>The level above approved the current version (đã phê duyệt); the approval may still be withdrawn.</summary>
    Approved = 3,

    /// <summary>
    /// A level higher still approved what this report rolls into (đã khóa): the approval below can no longer be
    /// withdrawn, and every action on the report is refused.
    /// </summary>
    Locked = 4,
}
