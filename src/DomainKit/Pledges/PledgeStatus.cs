namespace DomainKit.Pledges;

/// <summary>The status of a pledge as of a date, computed from the facts.</summary>
public enum PledgeStatus
{
    /// <summary>The pledge's period has not started.</summary>
    Pending = 0,

    /// <summary>Under way, with nothing overdue.</summary>
    InProgress = 1,

    /// <summary>Fulfilled: evaluated as completed, or every instalment of a finished schedule paid.</summary>
    Completed = 2,

    /// <summary>An instalment is due and unpaid, or the period ended without a passing evaluation.</summary>
    Overdue = 3,

    /// <summary>Withdrawn.</summary>
    Cancelled = 4,
}
