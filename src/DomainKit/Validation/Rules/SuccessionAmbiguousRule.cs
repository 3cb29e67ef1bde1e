using DomainKit.Units;

namespace DomainKit.Validation.Rules;

/// <summary>
/// DK209: a unit was split between several successors and names none as primary, so what was recorded under it, and
/// the units below it that do not move by a dated link of their own, cannot be placed on a later map. Reports show
/// them as unplaced (DK851); naming a <see cref="Unit.PrimarySuccessorId"/> settles it.
/// </summary>
internal sealed class SuccessionAmbiguousRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK209", "SuccessionAmbiguous", Severity.Warning,
        new("Chia tách không ghi đơn vị kế thừa chính", "A split names no primary successor"),
        new("Đơn vị được chia cho {successors} mà không ghi đơn vị kế thừa chính (PrimarySuccessorId); số liệu ghi cho đơn vị và các đơn vị trực thuộc không tự chuyển sẽ không xác định được đơn vị trên bản đồ sau ngày {date}.",
            "The unit was split between {successors} and names no primary successor (PrimarySuccessorId); what is recorded under it, and under units below it that do not move by a link of their own, cannot be placed on maps after {date}."));

    public void Validate(RuleContext context)
    {
        foreach (var unit in context.Dataset.Units)
        {
            var successors = (unit.Successors.IsDefault ? [] : unit.Successors)
                .Where(id => !id.IsEmpty && id != unit.Id && context.Dataset.FindUnit(id) is not null)
                .Distinct()
                .ToList();
            if (successors.Count < 2 || unit.PrimarySuccessorId is { IsEmpty: false } primary && context.Dataset.FindUnit(primary) is not null)
            {
                continue;
            }
            var names = string.Join(", ", successors.Select(id => context.Dataset.FindUnit(id)!.Name ?? id.Value));
            context.Report(EntityRef.ForUnit(unit.Id), "PrimarySuccessorId", (MessageArguments.Successors, names), (MessageArguments.Date, unit.ValidTo));
        }
    }
}
