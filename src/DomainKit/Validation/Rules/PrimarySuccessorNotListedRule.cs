using DomainKit.Units;

namespace DomainKit.Validation.Rules;

/// <summary>DK210: a unit's primary successor is not one of its successors.</summary>
internal sealed class PrimarySuccessorNotListedRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK210", "PrimarySuccessorNotListed", Severity.Error,
        new("Đơn vị kế thừa chính không nằm trong danh sách kế thừa", "The primary successor is not a successor"),
        new("Đơn vị kế thừa chính '{primary}' không nằm trong các đơn vị kế thừa ({successors}).",
            "The primary successor '{primary}' is not one of the successors ({successors})."));

    public void Validate(RuleContext context)
    {
        foreach (var unit in context.Dataset.Units)
        {
            if (unit.PrimarySuccessorId is not { IsEmpty: false } primary)
            {
                continue;
            }
            var successors = unit.Successors.IsDefault ? [] : unit.Successors;
            if (!successors.Contains(primary))
            {
                var listed = successors.IsEmpty ? null : string.Join(", ", successors.Select(s => s.Value));
                context.Report(EntityRef.ForUnit(unit.Id), "PrimarySuccessorId", (MessageArguments.Primary, primary.Value), (MessageArguments.Successors, listed));
            }
        }
    }
}
