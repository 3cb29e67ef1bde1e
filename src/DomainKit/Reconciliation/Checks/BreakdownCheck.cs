using DomainKit.Validation;

namespace DomainKit.Reconciliation.Checks;

/// <summary>A stated total against the sum of its stated parts (DK801 or DK802).</summary>
internal sealed class BreakdownCheck : FigureCheck<StatedBreakdown>
{
    protected override void Check(StatedBreakdown figure, FigureContext context)
    {
        Int128 sum = 0;
        foreach (var part in figure.Parts.IsDefault ? [] : figure.Parts)
        {
            sum += part?.Count ?? 0;
        }
        var computed = FigureMath.Clip(sum);
        if (sum == figure.Total)
        {
            context.Report(ReconciliationRules.PartsAddUp, figure.Subject, "Parts",
                (MessageArguments.Stated, figure.Total), (MessageArguments.Computed, computed));
        }
        else
        {
            context.Report(ReconciliationRules.PartsDoNotAddUp, figure.Subject, "Parts",
                (MessageArguments.Stated, figure.Total), (MessageArguments.Computed, computed),
                (MessageArguments.Difference, FigureMath.Clip(figure.Total - sum)));
        }
    }
}
