namespace DomainKit.Validation.Rules;

/// <summary>DK206: more members of a unit registered a pledge than the unit has members (a negative count is DK105's).</summary>
internal sealed class RegisteredAboveMembersRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK206", "RegisteredAboveMembers", Severity.Error,
        new("Số đăng ký vượt số thành viên", "More registered than members"),
        new("{registered} người đăng ký \"{target}\" trong {period}, nhiều hơn {members} thành viên của {unit}.",
            "{registered} people registered \"{target}\" in {period}, more than the {members} members of {unit}."));

    public void Validate(RuleContext context)
    {
        foreach (var group in PledgeRegistrations.Of(context.Dataset))
        {
            if (group.HeadCount.Members is int members && members >= 0 && group.Registered > members)
            {
                context.Report(EntityRef.ForUnit(group.Unit.Id), "HeadCounts.Members",
                    (MessageArguments.Registered, group.Registered), (MessageArguments.Members, members), (MessageArguments.Unit, group.Unit.Name),
                    (MessageArguments.Period, group.Period), (MessageArguments.Target, PledgeRegistrations.Describe(group.Target)), (MessageArguments.Difference, group.Registered - members));
            }
        }
    }
}
