using DomainKit.Periods;
using NodaTime;

namespace DomainKit.Pledges;

/// <summary>
/// A pledge (đăng ký làm theo, cam kết): who pledges, what for, for which period, with an optional
/// recurring money schedule and an evaluation. Payments are separate facts (<see cref="PledgePayment"/>);
/// the status is computed from the facts as of a date (<see cref="PledgeStatement"/>), never stored.
/// Immutable and thread-safe; construction never rejects bad data, validation reports it.
/// </summary>
public sealed record Pledge
{
    /// <summary>The pledge's id.</summary>
    public required PledgeId Id { get; init; }

    /// <summary>Who pledges.</summary>
    public required Pledger Pledger { get; init; }

    /// <summary>What the pledge is for.</summary>
    public required PledgeTarget Target { get; init; }

    /// <summary>The period the pledge covers: a year, a term.</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>The day the pledge was registered, if known.</summary>
    public LocalDate? RegisteredOn { get; init; }

    /// <summary>The recurring money the pledge commits, if any.</summary>
    public MoneySchedule? Schedule { get; init; }

    /// <summary>The evaluation at the end of the period, once made.</summary>
    public PledgeEvaluation? Evaluation { get; init; }

    /// <summary>The day the pledge was withdrawn, if it was.</summary>
    public LocalDate? CancelledOn { get; init; }

    /// <summary>A note in the report's words.</summary>
    public string? Note { get; init; }
}
