using System.Collections.Immutable;
using DomainKit.Validation;

namespace DomainKit.Aggregation;

/// <summary>
/// What <see cref="IndicatorEngine"/> finds while it rolls submitted figures up, as <see cref="RuleDescriptor"/>s
/// with codes DK831 to DK836, listed in docs/findings.md. They come with the table in
/// <see cref="IndicatorTable.Findings"/>; each names the unit, the indicator, both figures and their difference.
/// </summary>
public static class IndicatorRules
{
    /// <summary>
    /// DK831: a unit's own total disagrees with the sum of what every unit under it reported: no value is allowed by
    /// both. The table uses the units' sum, the lowest level that reported.
    /// </summary>
    public static RuleDescriptor TotalDiffersFromParts { get; } = new(
        "DK831", "TotalDiffersFromParts", Severity.Warning,
        new("Số tổng hợp khác tổng số của các đơn vị", "A total differs from its units' sum"),
        new("{unit} báo cáo {what} là {stated}, nhưng các đơn vị trực thuộc báo cáo tổng cộng {computed} (chênh lệch {difference}). Bảng dùng tổng số của các đơn vị.",
            "{unit} reports {what} as {stated}, but the units under it report {computed} in all (a difference of {difference}). The table uses the units' sum."));

    /// <summary>
    /// DK832: some units under a unit reported and others did not, and what they reported is more than the unit's own
    /// total. The table uses the unit's own total, which stands for the units that did not report.
    /// </summary>
    public static RuleDescriptor PartsExceedTotal { get; } = new(
        "DK832", "PartsExceedTotal", Severity.Warning,
        new("Số của một phần đơn vị vượt số tổng hợp", "Some units' figures exceed the total"),
        new("{unit} báo cáo {what} là {stated}, nhưng riêng {count} đơn vị trực thuộc đã báo cáo {computed}, vượt {difference}.",
            "{unit} reports {what} as {stated}, but {count} of the units under it alone report {computed}, {difference} more."));

    /// <summary>DK833: a submitted figure disagrees with what the records DomainKit holds give for the same unit, indicator and period.</summary>
    public static RuleDescriptor SubmittedDiffersFromRecords { get; } = new(
        "DK833", "SubmittedDiffersFromRecords", Severity.Warning,
        new("Số báo cáo khác số theo dữ liệu", "A submitted figure differs from the records"),
        new("{unit}: {what} theo báo cáo là {stated}, theo dữ liệu là {computed} (chênh lệch {difference}).",
            "{unit}: {what} is {stated} as submitted and {computed} by the records (a difference of {difference})."));

    /// <summary>DK834: a rate a unit stated is not what its own counts give.</summary>
    public static RuleDescriptor RateDiffersFromCounts { get; } = new(
        "DK834", "RateDiffersFromCounts", Severity.Warning,
        new("Tỷ lệ báo cáo không khớp với số đếm", "A stated rate does not match its counts"),
        new("{unit} báo cáo {what} là {stated}, nhưng theo số đếm đã báo cáo thì tỷ lệ là {computed}.",
            "{unit} reports {what} as {stated}, but the counts it reports give {computed}."));

    /// <summary>
    /// DK835: a submitted figure that cannot go in the table: its indicator is unknown, its value is of another kind,
    /// its unit of measure differs from the others', or it is not a count of the form. It is named here with its value.
    /// </summary>
    public static RuleDescriptor FigureNotPlaced { get; } = new(
        "DK835", "FigureNotPlaced", Severity.Warning,
        new("Số liệu không đưa được vào bảng", "A figure with no place in the table"),
        new("Số liệu {figure} của {unit} không đưa được vào bảng: {reason}.",
            "The figure {figure} of {unit} has no place in the table: {reason}."));

    /// <summary>DK836: a submission whose unit is not on the report's map of units, so that none of its figures is in any column.</summary>
    public static RuleDescriptor SubmissionNotPlaced { get; } = new(
        "DK836", "SubmissionNotPlaced", Severity.Warning,
        new("Báo cáo của đơn vị không có trên bản đồ", "A submission from a unit not on the map"),
        new("Báo cáo {id} có {count} số liệu nhưng đơn vị {unit} không thuộc bản đồ đơn vị của báo cáo dưới {parent}; các số liệu này không được cộng.",
            "The submission {id} has {count} figure(s), but its unit {unit} is not on the report's map under {parent}; its figures are not added."));

    /// <summary>Every descriptor, in code order.</summary>
    public static ImmutableArray<RuleDescriptor> Descriptors { get; } =
        [TotalDiffersFromParts, PartsExceedTotal, SubmittedDiffersFromRecords, RateDiffersFromCounts, FigureNotPlaced, SubmissionNotPlaced];
}
