using DomainKit.Commendations;
using DomainKit.Text;

namespace DomainKit.Validation.Rules;

/// <summary>DK602: an emulation title for one kind of recipient (individuals, collectives, households) is given to another.</summary>
internal sealed class TitleForOtherRecipientRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK602", "TitleForOtherRecipient", Severity.Warning,
        new("Danh hiệu không đúng đối tượng", "A title given to the wrong kind of recipient"),
        new("Danh hiệu \"{title}\" dành cho {expected} nhưng được trao cho {actual}.",
            "The title \"{title}\" is for {expected} but was given to {actual}."));

    public void Validate(RuleContext context)
    {
        foreach (var commendation in context.Dataset.Commendations)
        {
            if (commendation.Title is { } title && commendation.Recipient is { } recipient && title.Recipients != recipient.Kind)
            {
                context.Report(EntityRef.ForCommendation(commendation.Id), "Title",
                    (MessageArguments.Title, title), (MessageArguments.Expected, NameOf(title.Recipients)), (MessageArguments.Actual, NameOf(recipient.Kind)));
            }
        }
    }

    private static LocalizedText NameOf(RecipientKind kind) => kind switch
    {
        RecipientKind.Collective => new("tập thể", "a collective"),
        RecipientKind.Individual => new("cá nhân", "an individual"),
        _ => new("hộ gia đình", "a household"),
    };
}
