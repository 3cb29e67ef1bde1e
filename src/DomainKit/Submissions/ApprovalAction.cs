namespace DomainKit.Submissions;

/// <summary>
/// A step of a report's approval (<see cref="ApprovalStep.Action"/>). Values are never renumbered, so a stored number
/// keeps its meaning.
/// </summary>
public enum ApprovalAction
{
    /// <summary>The unit files its first version: draft → submitted.</summary>
    Submit = 0,

    /// <summary>
    /// The unit files a newer version: returned → submitted, or submitted → submitted, the new version superseding the
    /// one that was waiting (a unit may correct its report until the level above has decided).
    /// </summary>
    Resubmit = 1,

    /// <summary>The level above sends the submitted version back with a reason: submitted → returned.</summary>
    Return = 2,

    /// <summary>The level above approves the submitted version: submitted → approved.</summary>
    Approve = 3,

    /// <summary>The approver takes the approval back with a reason while no higher level has approved: approved → submitted.</summary>
    WithdrawApproval = 4,

    /// <summary>A higher level approved what the report rolls into, or closed the period: approved → locked.</summary>
    Lock = 5,

    /// <summary>
    /// The higher approval that locked the report was withdrawn, with its reason: locked → approved. Taken only by
    /// <see cref="ApprovalLevels.WithdrawRollUpApproval"/>, never on a report alone.
    /// </summary>
    Unlock = 6,
}
