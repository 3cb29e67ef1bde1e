using DomainKit.Periods;
using DomainKit.Text;

namespace DomainKit.Validation.Rules;

/// <summary>DK401: a money schedule is impossible: zero, a range upside down, an end before the start, or a start outside the pledge's period.</summary>
internal sealed class ScheduleInvalidRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK401", "ScheduleInvalid", Severity.Error,
        new("Lịch đóng góp không hợp lệ", "A money schedule is invalid"),
        new("Lịch đóng góp không hợp lệ: {problem}.", "The money schedule is invalid: {problem}."));

    public void Validate(RuleContext context)
    {
        foreach (var pledge in context.Dataset.Pledges)
        {
            if (pledge.Schedule is not { } schedule)
            {
                continue;
            }
            var at = EntityRef.ForPledge(pledge.Id);
            if (schedule.Amount.Value == 0)
            {
                context.Report(at, "Schedule.Amount", (MessageArguments.Problem, new LocalizedText("số tiền mỗi kỳ bằng 0", "the amount per instalment is zero")));
            }
            if (schedule.MaximumAmount is { } max && max < schedule.Amount)
            {
                context.Report(at, "Schedule.MaximumAmount", (MessageArguments.Problem, new LocalizedText(
                    $"mức cao nhất {MessageText.Write(max, TextCulture.Vietnamese)} thấp hơn mức thấp nhất {MessageText.Write(schedule.Amount, TextCulture.Vietnamese)}",
                    $"the maximum {MessageText.Write(max, TextCulture.English)} is below the minimum {MessageText.Write(schedule.Amount, TextCulture.English)}")));
            }
            if (schedule.End is { } end && end < schedule.Start)
            {
                context.Report(at, "Schedule.End", (MessageArguments.Problem, new LocalizedText("ngày kết thúc trước ngày bắt đầu", "it ends before it starts")));
            }
            if (!pledge.Period.Contains(schedule.Start))
            {
                context.Report(at, "Schedule.Start", (MessageArguments.Problem, new LocalizedText(
                    $"ngày bắt đầu {MessageText.Write(schedule.Start, TextCulture.Vietnamese)} nằm ngoài {MessageText.Write(pledge.Period, TextCulture.Vietnamese)}",
                    $"it starts on {MessageText.Write(schedule.Start, TextCulture.English)}, outside {MessageText.Write(pledge.Period, TextCulture.English)}")));
            }
        }
    }
}
