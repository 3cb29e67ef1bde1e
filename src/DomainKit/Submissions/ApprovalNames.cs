using System.Globalization;
using DomainKit.Periods;
using DomainKit.Text;
using NodaTime;
using NodaTime.Text;

namespace DomainKit.Submissions;

/// <summary>The words for approval states, actions and times in messages, findings and report cells.</summary>
internal static class ApprovalNames
{
    // Vietnam keeps one offset all year; the time zone database ships with NodaTime, not with the host.
    private static readonly DateTimeZone Vietnam = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    /// <summary>
    /// When a step was taken: in Vietnamese the time and day in Vietnam, as an officer reads them ("10:00 ngày
    /// 03/07/2023"); in English the invariant instant in UTC (<c>2023-07-03T03:00:00Z</c>), as machines read it.
    /// </summary>
    public static LocalizedText Time(Instant at)
    {
        var english = InstantPattern.General.Format(at);
        var local = at.InZone(Vietnam).LocalDateTime;
        if (local.Year is < 1 or > 9999)
        {
            return new LocalizedText(english, english);
        }
        var time = local.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture);
        return new LocalizedText($"{time} ngày {DateFormat.Format(local.Date, DateStyle.Short, TextCulture.Vietnamese)}", english);
    }

    public static LocalizedText Of(ApprovalState state) => state switch
    {
        ApprovalState.Draft => new("chưa gửi", "draft"),
        ApprovalState.Submitted => new("đã gửi", "submitted"),
        ApprovalState.Returned => new("bị trả lại", "returned"),
        ApprovalState.Approved => new("đã phê duyệt", "approved"),
        ApprovalState.Locked => new("đã khóa", "locked"),
        _ => new(state.ToString(), state.ToString()),
    };

    public static LocalizedText Of(ApprovalAction action) => action switch
    {
        ApprovalAction.Submit => new("gửi", "submit"),
        ApprovalAction.Resubmit => new("gửi lại", "resubmit"),
        ApprovalAction.Return => new("trả lại", "return"),
        ApprovalAction.Approve => new("phê duyệt", "approve"),
        ApprovalAction.WithdrawApproval => new("rút lại phê duyệt", "withdraw approval"),
        ApprovalAction.Lock => new("khóa", "lock"),
        ApprovalAction.Unlock => new("mở khóa", "unlock"),
        _ => new(action.ToString(), action.ToString()),
    };
}
