namespace DomainKit.Validation.Rules;

/// <summary>
/// DK208: a unit stays linked to a parent or territory after that unit ended and was taken over by a successor. Not an
/// error, since reports on a later map count the unit under the successor, but the move should be recorded as a dated
/// link so that the map as recorded shows it too.
/// </summary>
internal sealed class LinkFollowsSuccessorRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK208", "LinkFollowsSuccessor", Severity.Warning,
        new("Đơn vị cấp trên đã được kế thừa", "The parent unit was taken over"),
        new("Đơn vị vẫn thuộc {parent} ({field}) từ ngày {date}, khi {parent} đã kết thúc và được {successor} kế thừa; báo cáo theo bản đồ sau ngày đó tính đơn vị vào {successor}. Nên ghi việc chuyển bằng một liên kết có ngày hiệu lực.",
            "The unit is still under {parent} ({field}) from {date}, when {parent} had ended and was taken over by {successor}; reports on a later map count the unit under {successor}. Record the move as a dated link."));

    public void Validate(RuleContext context)
    {
        foreach (var unit in context.Dataset.Units)
        {
            foreach (var link in LinkSpans.Of(unit))
            {
                if (LinkSpans.Offending(context.Dataset, link) is { FollowsSuccessor: true } problem)
                {
                    context.Report(EntityRef.ForUnit(unit.Id), link.Field,
                        (MessageArguments.Field, link.Field), (MessageArguments.Parent, problem.Parent.Name), (MessageArguments.Date, problem.Date), (MessageArguments.Successor, problem.Successor!.Name));
                }
            }
        }
    }
}
