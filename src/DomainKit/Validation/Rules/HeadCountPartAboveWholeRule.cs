namespace DomainKit.Validation.Rules;

/// <summary>DK205: a part of a head count (exempt, away, Party members) is larger than the members.</summary>
internal sealed class HeadCountPartAboveWholeRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK205", "HeadCountPartAboveWhole", Severity.Error,
        new("Số thành phần lớn hơn tổng số", "A part of a head count exceeds the members"),
        new("Ngày {date}: {field} ({part}) lớn hơn số thành viên ({members}).",
            "On {date}: {field} ({part}) is more than the members ({members})."));

    public void Validate(RuleContext context)
    {
        foreach (var unit in context.Dataset.Units)
        {
            foreach (var count in unit.HeadCounts.IsDefault ? [] : unit.HeadCounts)
            {
                if (count?.Members is not int members)
                {
                    continue;
                }
                var at = EntityRef.ForUnit(unit.Id);
                Check(context, at, count.AsOf, "Exempt", count.Exempt, members);
                Check(context, at, count.AsOf, "Away", count.Away, members);
                Check(context, at, count.AsOf, "PartyMembers", count.PartyMembers, members);
                if (count.Exempt is int exempt && count.Away is int away && exempt <= members && away <= members)
                {
                    // Added in 64 bits: two counts that each fit can overflow together.
                    var both = (long)exempt + away;
                    if (both > members)
                    {
                        context.Report(at, "HeadCounts.Exempt + Away", (MessageArguments.Date, count.AsOf), (MessageArguments.Field, "Exempt + Away"),
                            (MessageArguments.Part, both <= int.MaxValue ? (object)(int)both : both), (MessageArguments.Members, members));
                    }
                }
            }
        }
    }

    private static void Check(RuleContext context, EntityRef at, NodaTime.LocalDate date, string field, int? part, int members)
    {
        if (part is int value && value > members)
        {
            context.Report(at, "HeadCounts." + field, (MessageArguments.Date, date), (MessageArguments.Field, field), (MessageArguments.Part, value), (MessageArguments.Members, members));
        }
    }
}
