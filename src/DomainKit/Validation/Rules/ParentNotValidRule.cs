using DomainKit.Units;
using NodaTime;

namespace DomainKit.Validation.Rules;

/// <summary>
/// DK202: a unit sits under a parent or in a territory that did not exist for the whole time the unit did,
/// for instance a commune still open under a district that was abolished.
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
            Check(context, unit, "ParentId", unit.ParentId);
            Check(context, unit, "TerritoryId", unit.TerritoryId);
        }
    }

    private static void Check(RuleContext context, Unit unit, string field, UnitId? link)
    {
        if (link is not UnitId parentId || parentId.IsEmpty || context.Dataset.FindUnit(parentId) is not Unit parent)
        {
            return;
        }
        // An unknown start of the child is not checked: it says nothing about when the link began.
        LocalDate? offending = null;
        if (unit.ValidFrom is LocalDate from && !parent.IsValidOn(from))
        {
            offending = from;
        }
        // A parent valid to the last day of the calendar never ends (and has no day after its end).
        else if (parent.ValidTo is LocalDate parentEnd && parentEnd < LocalDate.MaxIsoValue && (unit.ValidTo is not LocalDate end || end > parentEnd))
        {
            offending = parentEnd.PlusDays(1);
        }
        else if (unit.ValidTo is LocalDate last && !parent.IsValidOn(last))
        {
            offending = last;
        }
        if (offending is LocalDate date)
        {
            context.Report(EntityRef.ForUnit(unit.Id), field, ("field", field), ("parent", parent.Name), ("date", date));
        }
    }
}
