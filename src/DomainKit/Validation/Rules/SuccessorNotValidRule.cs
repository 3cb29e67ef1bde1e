using DomainKit.Periods;
using DomainKit.Units;

namespace DomainKit.Validation.Rules;

/// <summary>DK204: a unit names successors but has no end, or a successor does not exist the day after it ends.</summary>
internal sealed class SuccessorNotValidRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK204", "SuccessorNotValid", Severity.Warning,
        new("Đơn vị kế thừa không khớp thời hạn", "A successor does not follow on"),
        new("{detail}", "{detail}"));

    public void Validate(RuleContext context)
    {
        foreach (var unit in context.Dataset.Units)
        {
            if (unit.Successors.IsDefaultOrEmpty)
            {
                continue;
            }
            // Valid to the last day of the calendar is no end either: no successor can follow on.
            if (unit.ValidTo is not { } end || end == NodaTime.LocalDate.MaxIsoValue)
            {
                context.Report(EntityRef.ForUnit(unit.Id), "ValidTo", (MessageArguments.Detail, new Text.LocalizedText(
                    "Đơn vị có đơn vị kế thừa nhưng không có ngày hết hiệu lực.",
                    "The unit has successors but no end date.")));
                continue;
            }
            var next = end.PlusDays(1);
            foreach (var successorId in unit.Successors)
            {
                if (!successorId.IsEmpty && context.Dataset.FindUnit(successorId) is Unit successor && !successor.IsValidOn(next))
                {
                    var day = MessageText.Write(next, Text.TextCulture.Vietnamese);
                    var dayEn = MessageText.Write(next, Text.TextCulture.English);
                    context.Report(EntityRef.ForUnit(unit.Id), "Successors", (MessageArguments.Successor, successor.Name), (MessageArguments.Detail, new Text.LocalizedText(
                        $"Đơn vị kế thừa {successor.Name} không có hiệu lực vào ngày {day}, ngày sau khi đơn vị này kết thúc.",
                        $"The successor {successor.Name} does not exist on {dayEn}, the day after this unit ends.")));
                }
            }
        }
    }
}
