using DomainKit.Money;
using DomainKit.Submissions;
using DomainKit.Units;

namespace DomainKit.Aggregation;

/// <summary>
/// The counts of one column of a <see cref="CompletenessTable"/>: a unit directly under the root, or the root's total.
/// Timeliness and approval are counted over the expected units; reports from units not expected are counted apart in
/// <see cref="NotExpected"/> and never in <see cref="Filed"/>. Immutable.
/// </summary>
public sealed class CompletenessSummary
{
    internal CompletenessSummary(Unit column, int[] byStatus, int[] byApproval, int notInWorkflow)
    {
        Column = column;
        OnTime = byStatus[(int)CompletenessStatus.OnTime];
        Late = byStatus[(int)CompletenessStatus.Late];
        FiledDateUnknown = byStatus[(int)CompletenessStatus.FiledDateUnknown];
        Missing = byStatus[(int)CompletenessStatus.Missing];
        NotDueYet = byStatus[(int)CompletenessStatus.NotDueYet];
        NotExpected = byStatus[(int)CompletenessStatus.NotExpected] + byStatus[(int)CompletenessStatus.NotOnMap];
        Filed = OnTime + Late + FiledDateUnknown;
        Expected = Filed + Missing + NotDueYet;
        Draft = byApproval[(int)ApprovalState.Draft];
        AwaitingApproval = byApproval[(int)ApprovalState.Submitted];
        Returned = byApproval[(int)ApprovalState.Returned];
        Approved = byApproval[(int)ApprovalState.Approved] + byApproval[(int)ApprovalState.Locked];
        Locked = byApproval[(int)ApprovalState.Locked];
        NotInWorkflow = notInWorkflow;
    }

    /// <summary>The unit of the column: one directly under the root, or the root itself for the total.</summary>
    public Unit Column { get; }

    /// <summary>How many units were expected to file.</summary>
    public int Expected { get; }

    /// <summary>How many expected units filed: <see cref="OnTime"/> + <see cref="Late"/> + <see cref="FiledDateUnknown"/>.</summary>
    public int Filed { get; }

    /// <summary>How many expected units filed on time.</summary>
    public int OnTime { get; }

    /// <summary>How many expected units filed late.</summary>
    public int Late { get; }

    /// <summary>How many expected units filed on a day not known.</summary>
    public int FiledDateUnknown { get; }

    /// <summary>How many expected units did not file and are past due.</summary>
    public int Missing { get; }

    /// <summary>How many expected units did not file and are not yet due.</summary>
    public int NotDueYet { get; }

    /// <summary>How many reports came from units the form does not expect or the map does not hold.</summary>
    public int NotExpected { get; }

    /// <summary>How many filed reports of expected units are approved, locked ones included.</summary>
    public int Approved { get; }

    /// <summary>How many filed reports of expected units are locked by a higher level's approval.</summary>
    public int Locked { get; }

    /// <summary>How many filed reports of expected units wait for the level above's decision.</summary>
    public int AwaitingApproval { get; }

    /// <summary>How many filed reports of expected units were returned and wait for a new version.</summary>
    public int Returned { get; }

    /// <summary>How many filed reports of expected units have an approval history that has not reached submission.</summary>
    public int Draft { get; }

    /// <summary>How many filed reports of expected units have no approval history at all.</summary>
    public int NotInWorkflow { get; }

    /// <summary>The share of expected units that filed, exact; <see langword="null"/> when no unit was expected.</summary>
    public Rate? FiledRate => Expected == 0 ? null : Rate.Of(Filed, Expected);

    /// <summary>The share of expected units that filed on time, exact; <see langword="null"/> when no unit was expected.</summary>
    public Rate? OnTimeRate => Expected == 0 ? null : Rate.Of(OnTime, Expected);

    /// <summary>Writes <c>Huyện A: 3/4 filed (2 on time, 1 late), 1 missing</c>.</summary>
    public override string ToString()
        => $"{Column.Name}: {Filed}/{Expected} filed ({OnTime} on time, {Late} late, {FiledDateUnknown} date unknown), {Missing} missing, {NotDueYet} not due yet, {NotExpected} not expected";
}
