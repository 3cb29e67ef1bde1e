using DomainKit.Submissions;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Aggregation;

/// <summary>
/// One unit in a <see cref="CompletenessTable"/>: whether it was expected to file, what it filed (the current version),
/// when, how late, and where its report stands in the approval workflow. Immutable.
/// </summary>
public sealed class CompletenessRow
{
    internal CompletenessRow(UnitId unitId, Unit? unit, UnitId? column, bool expected, CompletenessStatus status, Submission? submission,
        LocalDate? dueOn, ApprovalState? approval)
    {
        UnitId = unitId;
        Unit = unit;
        Column = column;
        IsExpected = expected;
        Status = status;
        Submission = submission;
        Approval = approval;
        DaysLate = status == CompletenessStatus.Late && dueOn is { } due && submission?.FiledOn is { } filed
            ? Period.DaysBetween(due, filed)
            : null;
    }

    /// <summary>The unit's id, as the submission names it.</summary>
    public UnitId UnitId { get; }

    /// <summary>The unit, or <see langword="null"/> when the dataset holds none with the id (<see cref="CompletenessStatus.NotOnMap"/>).</summary>
    public Unit? Unit { get; }

    /// <summary>
    /// The unit directly under the root whose column the row counts in; <see langword="null"/> when it counts only in the
    /// root's total (a unit not on the map, or one the map places under no unit directly under the root).
    /// </summary>
    public UnitId? Column { get; }

    /// <summary>Whether the form expects the unit to file: a unit of a kind it names, in existence during the period.</summary>
    public bool IsExpected { get; }

    /// <summary>Where the unit stands.</summary>
    public CompletenessStatus Status { get; }

    /// <summary>Whether the unit filed a report (any status from a filed submission).</summary>
    public bool HasFiled => Submission is not null;

    /// <summary>The current version of what the unit filed, or <see langword="null"/> when it filed nothing.</summary>
    public Submission? Submission { get; }

    /// <summary>The day the current version was filed, where known.</summary>
    public LocalDate? FiledOn => Submission?.FiledOn;

    /// <summary>How many days after the due date the report was filed, for a late one; otherwise <see langword="null"/>.</summary>
    public int? DaysLate { get; }

    /// <summary>
    /// Where the filed report stands in its approval; <see langword="null"/> when nothing was filed or the report is not
    /// in the approval workflow (no history kept for it).
    /// </summary>
    public ApprovalState? Approval { get; }

    /// <summary>Writes <c>xa-a1: Late (3 days), approved</c>.</summary>
    public override string ToString()
        => $"{UnitId}: {Status}{(DaysLate is { } days ? $" ({days} days)" : string.Empty)}{(Approval is { } state ? $", {state}" : string.Empty)}";
}
