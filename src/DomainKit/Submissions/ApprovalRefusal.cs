namespace DomainKit.Submissions;

/// <summary>
/// Why an approval step was refused (<see cref="ApprovalOutcome.Refusal"/>): a stable code the app can act on, beside
/// the reason in both languages it can show. Refusals answer an action; they are not findings over data, except when
/// a stored history is replayed (<see cref="ApprovalHistory.Replay"/>), where the DK960 to DK965 findings of
/// <c>ApprovalRules</c> report them. Values are never renumbered.
/// </summary>
public enum ApprovalRefusal
{
    /// <summary>The step was taken: no refusal.</summary>
    None = 0,

    /// <summary>Nothing has been submitted yet: a draft can only be submitted.</summary>
    NotSubmitted = 1,

    /// <summary>A version has already been submitted: a correction is a <see cref="ApprovalAction.Resubmit"/> of a newer version.</summary>
    AlreadySubmitted = 2,

    /// <summary>The report has already been returned and waits for a new version.</summary>
    AlreadyReturned = 3,

    /// <summary>The report was returned: it cannot be approved before the unit resubmits.</summary>
    AwaitingNewVersion = 4,

    /// <summary>The report is not approved: there is no approval to withdraw, and nothing to lock.</summary>
    NotApproved = 5,

    /// <summary>The report is approved: it cannot be returned, approved again or replaced before the approval is withdrawn.</summary>
    AlreadyApproved = 6,

    /// <summary>A higher level has approved: a locked report refuses every action.</summary>
    Locked = 7,

    /// <summary>The report is not locked, so there is nothing to unlock.</summary>
    NotLocked = 8,

    /// <summary>Returning a report, withdrawing an approval and unlocking need a reason, and none (or a blank one) was given.</summary>
    ReasonRequired = 9,

    /// <summary>A resubmission names a version that is not newer than the current one.</summary>
    VersionNotNewer = 10,

    /// <summary>A decision names a version other than the current one: the report was corrected since it was read.</summary>
    StaleVersion = 11,

    /// <summary>The approving unit is the unit that filed the report: a report is approved by the level above.</summary>
    SelfApproval = 12,

    /// <summary>The clock reads earlier than the last step: steps are kept in the order of time.</summary>
    ClockBeforeLastStep = 13,

    /// <summary>A roll-up cannot be approved while a report it rolls up is submitted or returned but not approved.</summary>
    LowerLevelNotApproved = 14,

    /// <summary>A stored step records a state after it other than the one the rules give (only from <see cref="ApprovalHistory.Replay"/>).</summary>
    StateAfterMismatch = 15,
}
