using DomainKit.Text;
using DomainKit.Units;

namespace DomainKit.Reconciliation.Checks;

/// <summary>
/// A denominator the data allows for a participation figure: its key in finding arguments (<c>computedAllMembers</c>),
/// its value, what it counts, how a rate over it is described, and the definition it follows, if any.
/// </summary>
internal sealed record Denominator(string Key, long Value, LocalizedText Noun, LocalizedText Phrase, EligibilityDefinition? Definition)
{
    /// <summary>The denominator under <paramref name="definition"/>.</summary>
    public static Denominator Of(EligibilityDefinition definition, long value) => new(definition.ToString(), value, NounOf(definition), PhraseOf(definition), definition);

    /// <summary>How a rate over the denominator of <paramref name="definition"/> is described: "of all members".</summary>
    public static LocalizedText PhraseOf(EligibilityDefinition definition) => definition switch
    {
        EligibilityDefinition.AllMembers => new("trên tổng số thành viên", "of all members"),
        EligibilityDefinition.ExcludingExempt => new("trên số thuộc diện, trừ miễn sinh hoạt", "of the eligible, excluding exempt"),
        _ => new("trên số thuộc diện, trừ miễn sinh hoạt và đi làm ăn xa", "of the eligible, excluding exempt and away"),
    };

    private static LocalizedText NounOf(EligibilityDefinition definition) => definition switch
    {
        EligibilityDefinition.AllMembers => new("tổng số thành viên", "number of members"),
        EligibilityDefinition.ExcludingExempt => new("số thuộc diện (trừ miễn sinh hoạt)", "number eligible (members less exempt)"),
        _ => new("số thuộc diện (trừ miễn sinh hoạt và đi làm ăn xa)", "number eligible (members less exempt and away)"),
    };
}
