using System.Collections.Immutable;
using DomainKit.Validation;

namespace DomainKit.Submissions.Checks;

/// <summary>
/// What <see cref="SubmissionValidator"/> reports about submitted reports, as <see cref="RuleDescriptor"/>s with codes
/// DK761 to DK769, listed in docs/findings.md: figures that name no indicator, state a value of another kind, a
/// breakdown the indicator does not take, or the same cell twice; versions that cannot be told apart; reports from units
/// or on forms that are not known, not expected or for the wrong kind of period; rates that cannot be checked. Nothing
/// is dropped by the checks: each finding names the submission (and the figure's position in it) and says what the
/// engines do with it. Their severity is fixed.
/// </summary>
public static class SubmissionRules
{
    /// <summary>DK761: a figure names an indicator that is neither the app's nor built in.</summary>
    public static RuleDescriptor UnknownIndicator { get; } = new(
        "DK761", "SubmittedIndicatorUnknown", Severity.Error,
        new("Số liệu của chỉ tiêu không xác định", "Figure of an unknown indicator"),
        new("Báo cáo {submission}, số liệu thứ {position}: không có chỉ tiêu mã “{indicator}”; số liệu {figure} không được tổng hợp.",
            "Submission {submission}, figure {position}: no indicator has the code '{indicator}'; the figure {figure} is not rolled up."));

    /// <summary>DK762: a figure's value is of another kind than its indicator (an amount for a count).</summary>
    public static RuleDescriptor KindMismatch { get; } = new(
        "DK762", "SubmittedFigureOfOtherKind", Severity.Error,
        new("Số liệu khác loại với chỉ tiêu", "Figure of another kind than its indicator"),
        new("Báo cáo {submission}, số liệu thứ {position}: chỉ tiêu {indicator} là {expected}, nhưng số liệu {figure} là {actual}.",
            "Submission {submission}, figure {position}: the indicator {indicator} is {expected}, but the figure {figure} is {actual}."));

    /// <summary>DK763: a figure's key names a dimension that is not among its indicator's disaggregations.</summary>
    public static RuleDescriptor UnknownDisaggregation { get; } = new(
        "DK763", "SubmittedDisaggregationUnknown", Severity.Error,
        new("Số liệu theo tiêu chí phân tổ chỉ tiêu không có", "Figure broken down by a dimension the indicator does not take"),
        new("Báo cáo {submission}, số liệu thứ {position}: chỉ tiêu {indicator} không phân tổ theo “{dimension}” (phân tổ được theo: {allowed}).",
            "Submission {submission}, figure {position}: the indicator {indicator} is not broken down by '{dimension}' (it takes: {allowed})."));

    /// <summary>DK764: one submission states the same indicator with the same keys twice.</summary>
    public static RuleDescriptor FigureStatedTwice { get; } = new(
        "DK764", "SubmittedFigureTwice", Severity.Error,
        new("Số liệu được báo cáo hai lần", "Figure stated twice"),
        new("Báo cáo {submission}, số liệu thứ {position}: {what} đã được báo cáo ở số liệu thứ {first} ({earlier}); lần này là {figure}.",
            "Submission {submission}, figure {position}: {what} is already stated by figure {first} ({earlier}); here it is {figure}."));

    /// <summary>DK765: a submission's version is below 1, or two submissions of one report carry the same version.</summary>
    public static RuleDescriptor VersionInvalid { get; } = new(
        "DK765", "SubmissionVersionInvalid", Severity.Error,
        new("Phiên bản báo cáo không hợp lệ", "Submission version invalid"),
        new("Báo cáo {submission} ghi phiên bản {version}: {reason}",
            "Submission {submission} has version {version}: {reason}"));

    /// <summary>DK766: a submission names a unit the dataset does not hold, or a form that is neither the app's nor built in.</summary>
    public static RuleDescriptor ReferenceUnknown { get; } = new(
        "DK766", "SubmissionReferenceUnknown", Severity.Error,
        new("Báo cáo của đơn vị hoặc theo biểu mẫu không xác định", "Submission of an unknown unit or form"),
        new("Báo cáo {submission}: không có {what} mã “{code}”.",
            "Submission {submission}: there is no {what} with the code '{code}'."));

    /// <summary>DK767: the form does not expect units of the submitting unit's kind.</summary>
    public static RuleDescriptor SubmitterNotExpected { get; } = new(
        "DK767", "SubmitterNotExpected", Severity.Warning,
        new("Đơn vị không thuộc diện báo cáo theo biểu mẫu", "Unit not expected to file the form"),
        new("Báo cáo {submission}: {unit} là {kind}, mà biểu mẫu {form} chỉ do {submitters} gửi.",
            "Submission {submission}: {unit} is a {kind}, and the form {form} is filed only by {submitters}."));

    /// <summary>DK768: the period is not of the kind the form is filed for.</summary>
    public static RuleDescriptor PeriodKindMismatch { get; } = new(
        "DK768", "SubmissionPeriodOfOtherKind", Severity.Error,
        new("Kỳ báo cáo không đúng loại kỳ của biểu mẫu", "Period of another kind than the form's"),
        new("Báo cáo {submission}: kỳ {period} không phải {expected}, loại kỳ của biểu mẫu {form}.",
            "Submission {submission}: the period {period} is not {expected}, the kind of period of the form {form}."));

    /// <summary>DK769: a rate is stated for an indicator that does not define both the counts it is computed from.</summary>
    public static RuleDescriptor RateWithoutCounts { get; } = new(
        "DK769", "SubmittedRateWithoutCounts", Severity.Warning,
        new("Tỷ lệ của chỉ tiêu chưa xác định tử số, mẫu số", "Rate of an indicator without defined counts"),
        new("Báo cáo {submission}, số liệu thứ {position}: chỉ tiêu {indicator} là tỷ lệ nhưng {missing}; tỷ lệ {figure} không kiểm tra và không tổng hợp lại được từ số đếm.",
            "Submission {submission}, figure {position}: the indicator {indicator} is a rate but {missing}; the rate {figure} cannot be checked or recomputed from counts."));

    /// <summary>Every descriptor, in code order.</summary>
    public static ImmutableArray<RuleDescriptor> Descriptors { get; } =
        [UnknownIndicator, KindMismatch, UnknownDisaggregation, FigureStatedTwice, VersionInvalid, ReferenceUnknown, SubmitterNotExpected, PeriodKindMismatch, RateWithoutCounts];
}
