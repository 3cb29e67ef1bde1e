using DomainKit.Models;

namespace DomainKit.Validation.Rules;

/// <summary>DK301: a lifecycle event is not allowed from the stage the model was then in.</summary>
internal sealed class LifecycleTransitionRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK301", "LifecycleTransitionNotAllowed", Severity.Error,
        new("Chuyển giai đoạn không hợp lệ", "A lifecycle transition is not allowed"),
        new("Mô hình chuyển từ {from} sang {to} vào ngày {date}, điều không được phép.",
            "The model goes from {from} to {to} on {date}, which is not allowed."));

    public void Validate(RuleContext context)
    {
        foreach (var model in context.Dataset.Models)
        {
            LifecycleStage? stage = null;
            foreach (var e in model.Lifecycle.IsDefault ? [] : model.Lifecycle)
            {
                if (e is null)
                {
                    continue;
                }
                if (stage is LifecycleStage current && !ModelLifecycle.IsAllowed(current, e.Stage))
                {
                    context.Report(EntityRef.ForModel(model.Id), "Lifecycle",
                        (MessageArguments.From, LifecycleStageNames.Of(current)), (MessageArguments.To, LifecycleStageNames.Of(e.Stage)), (MessageArguments.Date, e.Date));
                }
                if (e.Stage != LifecycleStage.Reviewed || stage is null)
                {
                    stage = e.Stage;
                }
            }
        }
    }
}
