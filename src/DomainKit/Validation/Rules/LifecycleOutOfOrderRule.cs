using DomainKit.Models;

namespace DomainKit.Validation.Rules;

/// <summary>DK302: a lifecycle event is dated before the event listed ahead of it.</summary>
internal sealed class LifecycleOutOfOrderRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK302", "LifecycleOutOfOrder", Severity.Error,
        new("Các mốc vòng đời sai thứ tự", "Lifecycle events out of order"),
        new("Mốc {stage} ngày {date} đứng sau mốc ngày {previous} nhưng lại sớm hơn.",
            "The {stage} event of {date} comes after the event of {previous} but is earlier."));

    public void Validate(RuleContext context)
    {
        foreach (var model in context.Dataset.Models)
        {
            NodaTime.LocalDate? previous = null;
            foreach (var e in model.Lifecycle.IsDefault ? [] : model.Lifecycle)
            {
                if (e is null)
                {
                    continue;
                }
                if (previous is { } before && e.Date < before)
                {
                    context.Report(EntityRef.ForModel(model.Id), "Lifecycle",
                        (MessageArguments.Stage, LifecycleStageNames.Of(e.Stage)), (MessageArguments.Date, e.Date), (MessageArguments.Previous, before));
                }
                previous = e.Date;
            }
        }
    }
}
