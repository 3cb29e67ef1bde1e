using System.Collections.Immutable;
using DomainKit.Periods;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Validation.Rules;

/// <summary>
/// DK211: a dated change of a unit's parent or territory that cannot hold: it takes effect after the unit ended, or
/// two changes of the same link take effect on the same day (the one listed later holds).
/// </summary>
internal sealed class LinkChangeInvalidRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK211", "LinkChangeInvalid", Severity.Error,
        new("Thay đổi liên kết không hợp lệ", "A dated link cannot hold"),
        new("{detail}", "{detail}"));

    public void Validate(RuleContext context)
    {
        foreach (var unit in context.Dataset.Units)
        {
            Check(context, unit, "ParentChanges", unit.ParentChanges);
            Check(context, unit, "TerritoryChanges", unit.TerritoryChanges);
        }
    }

    private static void Check(RuleContext context, Unit unit, string field, ImmutableArray<UnitLink> changes)
    {
        var list = changes.IsDefault ? [] : changes;
        var seen = new Dictionary<LocalDate, int>();
        for (var i = 0; i < list.Length; i++)
        {
            var change = list[i];
            var at = $"{field}[{i}]";
            if (unit.ValidTo is LocalDate end && change.From > end)
            {
                context.Report(EntityRef.ForUnit(unit.Id), at, (MessageArguments.Detail, new Text.LocalizedText(
                    $"Thay đổi liên kết có hiệu lực từ ngày {MessageText.Write(change.From, Text.TextCulture.Vietnamese)}, sau khi đơn vị kết thúc ngày {MessageText.Write(end, Text.TextCulture.Vietnamese)}.",
                    $"The change takes effect on {MessageText.Write(change.From, Text.TextCulture.English)}, after the unit ended on {MessageText.Write(end, Text.TextCulture.English)}.")));
            }
            if (seen.TryGetValue(change.From, out var earlier))
            {
                context.Report(EntityRef.ForUnit(unit.Id), at, (MessageArguments.Detail, new Text.LocalizedText(
                    $"Hai thay đổi liên kết cùng có hiệu lực từ ngày {MessageText.Write(change.From, Text.TextCulture.Vietnamese)} ({field}[{earlier}] và {at}); thay đổi ghi sau được dùng.",
                    $"Two changes take effect on {MessageText.Write(change.From, Text.TextCulture.English)} ({field}[{earlier}] and {at}); the one listed later holds.")));
            }
            seen[change.From] = i;
        }
    }
}
