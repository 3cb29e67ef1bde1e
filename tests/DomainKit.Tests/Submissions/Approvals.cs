using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Units;
using NodaTime;
using NodaTime.Testing;

namespace DomainKit.Tests.Submissions;

/// <summary>
/// The report of a commune for the first half of 2023, its officers and the levels above it, and the way to bring its
/// approval to each state.
/// </summary>
internal static class Approvals
{
    public static readonly UnitId Commune = "xa-binh-duc";
    public static readonly UnitId District = "huyen-bu-dang";
    public static readonly UnitId Province = "tinh-binh-phuoc";
    public const string Form = "BC-DVK";
    public static readonly ReportingPeriod FirstHalf = ReportingPeriod.HalfYear(2023, 1);
    public static readonly SubmissionKey Key = new(Commune, Form, FirstHalf);

    public const string Filer = "can-bo-xa";
    public const string Approver = "can-bo-huyen";
    public const string Higher = "can-bo-tinh";
    public const string Why = "Số mô hình theo lĩnh vực không khớp tổng số";

    public static readonly Instant Start = Instant.FromUtc(2023, 7, 3, 1, 0);

    /// <summary>A clock that moves an hour on at every reading, from 3 July 2023, 08:00 in Vietnam.</summary>
    public static FakeClock Clock() => new(Start, Duration.FromHours(1));

    public static ApprovalHistory Draft(SubmissionKey? key = null) => new(key ?? Key);

    public static ApprovalHistory Submitted(IClock clock, SubmissionKey? key = null) => Draft(key).Submit(Filer, clock, 1).History!;

    public static ApprovalHistory Returned(IClock clock) => Submitted(clock).Return(Approver, clock, 1, Why).History!;

    public static ApprovalHistory Approved(IClock clock, SubmissionKey? key = null) => Submitted(clock, key).Approve(Approver, clock, 1, District).History!;

    public static ApprovalHistory Locked(IClock clock) => Approved(clock).Lock(Higher, clock, Province).History!;

    public static ApprovalHistory In(ApprovalState state, IClock clock) => state switch
    {
        ApprovalState.Draft => Draft(),
        ApprovalState.Submitted => Submitted(clock),
        ApprovalState.Returned => Returned(clock),
        ApprovalState.Approved => Approved(clock),
        _ => Locked(clock),
    };

    /// <summary>
    /// <paramref name="action"/> tried on <paramref name="history"/> as well as it can be: a newer version for a
    /// submission, the current one for a decision, a reason, and the district as the approver.
    /// </summary>
    public static ApprovalOutcome Attempt(ApprovalHistory history, ApprovalAction action, FakeClock clock) => action switch
    {
        ApprovalAction.Submit => history.Submit(Filer, clock, history.CurrentVersion + 1),
        ApprovalAction.Resubmit => history.Resubmit(Filer, clock, history.CurrentVersion + 1),
        ApprovalAction.Return => history.Return(Approver, clock, Math.Max(1, history.CurrentVersion), Why),
        ApprovalAction.Approve => history.Approve(Approver, clock, Math.Max(1, history.CurrentVersion), District),
        ApprovalAction.WithdrawApproval => history.WithdrawApproval(Approver, clock, Why),
        ApprovalAction.Lock => history.Lock(Higher, clock, Province),
        _ => history.Unlock(Higher, clock.GetCurrentInstant(), Why),
    };
}
