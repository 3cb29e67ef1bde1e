namespace DomainKit.Validation.Rules;

/// <summary>DK601: a commendation names neither an emulation title nor a form of award.</summary>
internal sealed class CommendationWithoutAwardRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK601", "CommendationWithoutAward", Severity.Error,
        new("Khen thưởng không có danh hiệu hay hình thức", "A commendation without title or form"),
        new("Khen thưởng không ghi danh hiệu thi đua hay hình thức khen thưởng.",
            "The commendation names neither an emulation title nor a form of award."));

    public void Validate(RuleContext context)
    {
        foreach (var commendation in context.Dataset.Commendations)
        {
            if (commendation.Title is null && commendation.Form is null)
            {
                context.Report(EntityRef.ForCommendation(commendation.Id), "Title");
            }
        }
    }
}
