using DomainKit.Submissions;
using DomainKit.Text;

namespace DomainKit.Aggregation;

/// <summary>The words of a completeness table: each status and approval state as an officer reads them.</summary>
internal static class CompletenessTexts
{
    public static LocalizedText Of(CompletenessStatus status) => status switch
    {
        CompletenessStatus.OnTime => new("đúng hạn", "on time"),
        CompletenessStatus.Late => new("trễ hạn", "late"),
        CompletenessStatus.FiledDateUnknown => new("đã gửi, chưa rõ ngày gửi", "filed, date unknown"),
        CompletenessStatus.Missing => new("chưa gửi", "missing"),
        CompletenessStatus.NotDueYet => new("chưa đến hạn", "not due yet"),
        CompletenessStatus.NotExpected => new("không thuộc diện phải báo cáo", "not expected to file"),
        CompletenessStatus.NotOnMap => new("đơn vị không có trên sơ đồ", "unit not on the map"),
        _ => new(status.ToString(), status.ToString()),
    };

    // A report without an approval history is outside the workflow, which is not the same as a draft in it.
    public static LocalizedText Of(ApprovalState? state) => state switch
    {
        null => new("chưa đưa vào quy trình phê duyệt", "not in the approval workflow"),
        ApprovalState.Draft => new("chưa gửi phê duyệt", "draft"),
        ApprovalState.Submitted => new("chờ phê duyệt", "awaiting approval"),
        ApprovalState.Returned => new("bị trả lại", "returned"),
        ApprovalState.Approved => new("đã phê duyệt", "approved"),
        ApprovalState.Locked => new("đã khóa", "locked"),
        _ => new(state.Value.ToString(), state.Value.ToString()),
    };
}
