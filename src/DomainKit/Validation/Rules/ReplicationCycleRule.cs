using DomainKit.Models;

namespace DomainKit.Validation.Rules;

/// <summary>DK304: following the origins of a replica leads back to the replica itself.</summary>
internal sealed class ReplicationCycleRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK304", "ReplicationCycle", Severity.Error,
        new("Nguồn nhân rộng vòng tròn", "Replication origins form a cycle"),
        new("Nguồn nhân rộng quay vòng: {path}.", "The replication origins go round in a circle: {path}."));

    public void Validate(RuleContext context)
    {
        var reported = new HashSet<ModelId>();
        foreach (var model in context.Dataset.Models)
        {
            if (model.Id.IsEmpty || reported.Contains(model.Id))
            {
                continue;
            }
            var path = new List<ModelId> { model.Id };
            var seen = new HashSet<ModelId> { model.Id };
            var current = model;
            while (current.OriginId is { IsEmpty: false } next && context.Dataset.FindModel(next) is { } origin)
            {
                if (next == model.Id)
                {
                    path.Add(next);
                    foreach (var member in path)
                    {
                        reported.Add(member);
                    }
                    context.Report(EntityRef.ForModel(model.Id), "OriginId", (MessageArguments.Path, string.Join(" → ", path.Select(p => p.Value))));
                    break;
                }
                if (!seen.Add(next))
                {
                    // The chain loops further on, without this model: that loop is reported from one of its own members.
                    break;
                }
                path.Add(next);
                current = origin;
            }
        }
    }
}
