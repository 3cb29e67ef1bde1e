namespace DomainKit.Validation.Rules;

/// <summary>DK203: a unit's validity ends before it starts.</summary>
internal sealed class ValidityReversedRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK203", "ValidityReversed", Severity.Error,
        new("Thời hạn hiệu lực ngược", "Validity ends before it starts"),
        new("Đơn vị hết hiệu lực ngày {to}, trước ngày bắt đầu {from}.", "The unit ends on {to}, before it starts on {from}."));

    public void Validate(RuleContext context)
    {
        foreach (var unit in context.Dataset.Units)
        {
            if (unit.ValidFrom is { } from && unit.ValidTo is { } to && to < from)
            {
                context.Report(EntityRef.ForUnit(unit.Id), "ValidTo", (MessageArguments.From, from), (MessageArguments.To, to));
            }
        }
    }
}
