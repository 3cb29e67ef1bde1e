using System.Collections.Immutable;
using DomainKit.Validation;

namespace DomainKit.Aggregation;

/// <summary>
/// What <see cref="ReportEngine"/> says about a report when something in it could not be placed, as
/// <see cref="RuleDescriptor"/>s with codes DK851 and DK852, listed in docs/findings.md. They come with the table in
/// <see cref="ReportTable.Findings"/>, and exporters publish them with the report.
/// </summary>
public static class ReportRules
{
    /// <summary>
    /// DK851: items that belong to the report have no unit on its map: their unit is not in the dataset, was split
    /// between several successors with none primary, or ended with nothing above it that goes on. Their figures are
    /// in the row "Chưa xác định được đơn vị" / "Unplaced" of unit dimensions, and in the total.
    /// </summary>
    public static RuleDescriptor UnplacedItems { get; } = new(
        "DK851", "UnplacedItems", Severity.Warning,
        new("Số liệu chưa xác định được đơn vị", "Items without a unit on the map"),
        new("{count} mục ghi cho {unit} không đặt được lên bản đồ đơn vị {map}: {reason}. Số liệu của chúng {where}.",
            "{count} item(s) recorded under {unit} cannot be placed on the map {map}: {reason}. Their figures {where}."));

    /// <summary>
    /// DK852: items left out of every row because a value the report groups them by is out of the known range
    /// (a commendation level or recipient kind read from a file as a number the library does not know).
    /// </summary>
    public static RuleDescriptor ItemsOutOfRange { get; } = new(
        "DK852", "ItemsOutOfRange", Severity.Warning,
        new("Số liệu không thuộc dòng nào", "Items with no row to go in"),
        new("{count} khen thưởng có cấp khen thưởng hoặc loại đối tượng ngoài các giá trị đã biết nên không thuộc dòng nào của báo cáo.",
            "{count} commendation(s) have an award level or recipient kind outside the known values and have no row to go in."));

    /// <summary>Every descriptor, in code order.</summary>
    public static ImmutableArray<RuleDescriptor> Descriptors { get; } = [UnplacedItems, ItemsOutOfRange];
}
