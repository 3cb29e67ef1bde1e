namespace DomainKit.Validation.Rules;

/// <summary>DK303: a replica starts before the model it replicates.</summary>
internal sealed class ReplicaBeforeOriginRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK303", "ReplicaBeforeOrigin", Severity.Error,
        new("Mô hình nhân rộng có trước mô hình gốc", "A replica is older than its origin"),
        new("Mô hình bắt đầu ngày {date}, trước mô hình gốc \"{origin}\" (bắt đầu ngày {originDate}) mà nó nhân rộng.",
            "The model starts on {date}, before \"{origin}\" (started {originDate}), which it replicates."));

    public void Validate(RuleContext context)
    {
        foreach (var model in context.Dataset.Models)
        {
            if (model.OriginId is { IsEmpty: false } originId
                && context.Dataset.FindModel(originId) is { } origin
                && model.StartDate is { } start && origin.StartDate is { } originStart && start < originStart)
            {
                context.Report(EntityRef.ForModel(model.Id), "OriginId",
                    (MessageArguments.Date, start), (MessageArguments.Origin, origin.Name), (MessageArguments.OriginDate, originStart));
            }
        }
    }
}
