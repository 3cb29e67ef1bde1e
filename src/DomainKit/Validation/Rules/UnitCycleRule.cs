using DomainKit.Units;

namespace DomainKit.Validation.Rules;

/// <summary>
/// DK201: parent or territory links go round in a circle. With dated links the map differs over time, so every map
/// the links make is checked, and a cycle found on several is reported once.
/// </summary>
internal sealed class UnitCycleRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK201", "UnitCycle", Severity.Error,
        new("Quan hệ cấp trên vòng tròn", "Unit links form a cycle"),
        new("Liên kết {field} tạo thành vòng: {path}.", "The {field} links form a cycle: {path}."));

    public void Validate(RuleContext context)
    {
        Report(context, UnitLinkKind.Parent, "ParentId");
        Report(context, UnitLinkKind.Territory, "TerritoryId");
    }

    private static void Report(RuleContext context, UnitLinkKind kind, string field)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (day, tree) in context.Dataset.RecordedTrees(kind))
        {
            foreach (var start in tree.CycleBreaks)
            {
                var path = new List<string> { start.Value };
                var current = context.Dataset.FindUnit(start);
                while (current is not null && UnitMaps.LinkOn(current, kind, UnitMaps.Clamp(current, day)) is UnitId next && next != start && path.Count <= tree.Count)
                {
                    path.Add(next.Value);
                    current = context.Dataset.FindUnit(next);
                }
                path.Add(start.Value);
                // The same circle found on another map, from the same unit, is the same mistake.
                if (reported.Add(string.Join("\u0001", path)))
                {
                    context.Report(EntityRef.ForUnit(start), field, (MessageArguments.Field, field), (MessageArguments.Path, string.Join(" → ", path)));
                }
            }
        }
    }
}
