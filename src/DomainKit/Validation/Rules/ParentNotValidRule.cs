using DomainKit.Units;
using NodaTime;

namespace DomainKit.Validation.Rules;

/// <summary>
/// DK202: a unit sits under a parent or in a territory that did not exist for the whole time the link holds, for
/// instance a commune still open under a district that was abolished. Each link is checked over its own span: the
/// first (<see cref="Unit.ParentId"/>) from the unit's start to the first dated change, each change to the next one or
/// the unit's end. A link that outlives a parent which was merged into a successor is <see cref="LinkFollowsSuccessorRule"/>'s
/// (DK208), since reports on later maps follow the successor.
/// </summary>
internal sealed class ParentNotValidRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK202", "ParentNotValid", Severity.Error,
        new("Đơn vị cấp trên không còn hiệu lực", "The parent unit was not valid at the time"),
        new("Đơn vị thuộc {parent} ({field}) vào ngày {date}, khi {parent} không còn hiệu lực.",
            "The unit is under {parent} ({field}) on {date}, when {parent} did not exist."));

    public void Validate(RuleContext context)
    {
        foreach (var unit in context.Dataset.Units)
        {
            foreach (var link in LinkSpans.Of(unit))
            {
                if (LinkSpans.Offending(context.Dataset, link) is { } problem && !problem.FollowsSuccessor)
                {
                    context.Report(EntityRef.ForUnit(unit.Id), link.Field, (MessageArguments.Field, link.Field), (MessageArguments.Parent, problem.Parent.Name), (MessageArguments.Date, problem.Date));
                }
            }
        }
    }
}
