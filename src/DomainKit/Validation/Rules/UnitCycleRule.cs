using DomainKit.Units;

namespace DomainKit.Validation.Rules;

/// <summary>DK201: parent or territory links go round in a circle.</summary>
internal sealed class UnitCycleRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK201", "UnitCycle", Severity.Error,
        new("Quan hệ cấp trên vòng tròn", "Unit links form a cycle"),
        new("Liên kết {field} tạo thành vòng: {path}.", "The {field} links form a cycle: {path}."));

    public void Validate(RuleContext context)
    {
        Report(context, context.Dataset.OrganisationTree, "ParentId", u => u.ParentId);
        Report(context, context.Dataset.TerritoryTree, "TerritoryId", u => u.TerritoryId);
    }

    private static void Report(RuleContext context, UnitTree tree, string field, Func<Unit, UnitId?> link)
    {
        foreach (var start in tree.CycleBreaks)
        {
            var path = new List<string> { start.Value };
            var current = context.Dataset.FindUnit(start);
            while (current is not null && link(current) is UnitId next && next != start && path.Count <= tree.Count)
            {
                path.Add(next.Value);
                current = context.Dataset.FindUnit(next);
            }
            path.Add(start.Value);
            context.Report(EntityRef.ForUnit(start), field, ("field", field), ("path", string.Join(" → ", path)));
        }
    }
}
