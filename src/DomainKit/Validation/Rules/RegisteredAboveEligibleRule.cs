using DomainKit.Units;

namespace DomainKit.Validation.Rules;

/// <summary>
/// DK207: more members registered than are eligible (members less those exempt from activities), though
/// not more than the members. A warning: exempt members may still register of their own accord.
/// </summary>
internal sealed class RegisteredAboveEligibleRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK207", "RegisteredAboveEligible", Severity.Warning,
        new("Số đăng ký vượt số thuộc diện", "More registered than eligible"),
        new("{registered} người đăng ký \"{target}\" trong {period}, nhiều hơn {eligible} người thuộc diện của {unit} ({members} thành viên, {exempt} miễn sinh hoạt).",
            "{registered} people registered \"{target}\" in {period}, more than the {eligible} eligible members of {unit} ({members} members, {exempt} exempt)."));

    public void Validate(RuleContext context)
    {
        foreach (var group in PledgeRegistrations.Of(context.Dataset))
        {
            var count = group.HeadCount;
            if (count.Members is int members && count.Exempt is int exempt && members >= 0 && exempt >= 0
                && count.Eligible(EligibilityDefinition.ExcludingExempt) is int eligible
                && group.Registered > eligible && group.Registered <= members)
            {
                context.Report(EntityRef.ForUnit(group.Unit.Id), "HeadCounts.Exempt",
                    (MessageArguments.Registered, group.Registered), (MessageArguments.Eligible, eligible), (MessageArguments.Members, members), (MessageArguments.Exempt, exempt),
                    (MessageArguments.Unit, group.Unit.Name), (MessageArguments.Period, group.Period), (MessageArguments.Target, PledgeRegistrations.Describe(group.Target)),
                    (MessageArguments.Difference, group.Registered - eligible));
            }
        }
    }
}
