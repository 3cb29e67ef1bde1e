namespace DomainKit.Submissions;

/// <summary>
/// The transitions of the approval workflow, in one place: which action each state allows, and where it leads. Taking a
/// step live and replaying a stored one both ask here, so that a history built either way is the same.
/// </summary>
/// <remarks>
/// <code>
///              Submit          Resubmit        Return          Approve         WithdrawApproval  Lock            Unlock
/// Draft        → Submitted     NotSubmitted    NotSubmitted    NotSubmitted    NotSubmitted      NotSubmitted    NotLocked
/// Submitted    AlreadySubm.    → Submitted     → Returned      → Approved      NotApproved       NotApproved     NotLocked
/// Returned     AlreadySubm.    → Submitted     AlreadyReturned AwaitingNewVer. NotApproved       NotApproved     NotLocked
/// Approved     AlreadyAppr.    AlreadyAppr.    AlreadyAppr.    AlreadyAppr.    → Submitted       → Locked        NotLocked
/// Locked       Locked          Locked          Locked          Locked          Locked            Locked          → Approved
/// </code>
/// </remarks>
internal static class ApprovalRulebook
{
    /// <summary>Why <paramref name="state"/> does not allow <paramref name="action"/>, or <see cref="ApprovalRefusal.None"/>.</summary>
    public static ApprovalRefusal Refusal(ApprovalState state, ApprovalAction action) => (state, action) switch
    {
        (ApprovalState.Locked, ApprovalAction.Unlock) => ApprovalRefusal.None,
        (ApprovalState.Locked, _) => ApprovalRefusal.Locked,
        (_, ApprovalAction.Unlock) => ApprovalRefusal.NotLocked,
        (ApprovalState.Draft, ApprovalAction.Submit) => ApprovalRefusal.None,
        (ApprovalState.Draft, _) => ApprovalRefusal.NotSubmitted,
        (ApprovalState.Approved, ApprovalAction.WithdrawApproval or ApprovalAction.Lock) => ApprovalRefusal.None,
        (ApprovalState.Approved, _) => ApprovalRefusal.AlreadyApproved,
        (_, ApprovalAction.Submit) => ApprovalRefusal.AlreadySubmitted,
        (_, ApprovalAction.WithdrawApproval or ApprovalAction.Lock) => ApprovalRefusal.NotApproved,
        (ApprovalState.Returned, ApprovalAction.Return) => ApprovalRefusal.AlreadyReturned,
        (ApprovalState.Returned, ApprovalAction.Approve) => ApprovalRefusal.AwaitingNewVersion,
        _ => ApprovalRefusal.None,
    };

    /// <summary>The state <paramref name="action"/> leads to, once allowed.</summary>
    public static ApprovalState Target(ApprovalAction action) => action switch
    {
        ApprovalAction.Submit or ApprovalAction.Resubmit or ApprovalAction.WithdrawApproval => ApprovalState.Submitted,
        ApprovalAction.Return => ApprovalState.Returned,
        ApprovalAction.Approve or ApprovalAction.Unlock => ApprovalState.Approved,
        _ => ApprovalState.Locked,
    };

    /// <summary>Whether <paramref name="action"/> must say why: sending a report back, taking an approval back, reopening a lock.</summary>
    public static bool NeedsReason(ApprovalAction action)
        => action is ApprovalAction.Return or ApprovalAction.WithdrawApproval or ApprovalAction.Unlock;

    /// <summary>Whether <paramref name="action"/> files a version (which must be newer) rather than deciding on the current one.</summary>
    public static bool FilesVersion(ApprovalAction action) => action is ApprovalAction.Submit or ApprovalAction.Resubmit;

    /// <summary>Whether <paramref name="action"/> is taken by the level above, so that it may name an approving unit other than the filer.</summary>
    public static bool NamesApprover(ApprovalAction action) => action is ApprovalAction.Approve or ApprovalAction.Lock;
}
