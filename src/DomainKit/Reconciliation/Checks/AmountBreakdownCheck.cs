using DomainKit.Money;
using DomainKit.Validation;

namespace DomainKit.Reconciliation.Checks;

/// <summary>A stated total amount against its stated parts, rounding-aware: consistent when some exact values within each one's rounding add up (DK801 or DK802).</summary>
internal sealed class AmountBreakdownCheck : FigureCheck<StatedAmountBreakdown>
{
    protected override void Check(StatedAmountBreakdown figure, FigureContext context)
    {
        Int128 sum = 0;
        Int128 low = 0;
        Int128? high = 0;
        foreach (var part in figure.Parts.IsDefault ? [] : figure.Parts)
        {
            if (part is null)
            {
                continue;
            }
            var (min, max) = part.Amount.ConsistentRange;
            sum += part.Amount.Value.Value;
            low += min.Value;
            high = high is { } h && max is { } m ? h + m.Value : null;
        }
        var (totalMin, totalMax) = figure.Total.ConsistentRange;
        var consistent = (totalMax is not { } tmax || low <= tmax.Value) && (high is not { } hi || hi >= totalMin.Value);
        var computed = new Dong(FigureMath.Clip(sum));
        if (consistent)
        {
            context.Report(ReconciliationRules.PartsAddUp, figure.Subject, "Parts",
                (MessageArguments.Stated, figure.Total), (MessageArguments.Computed, computed));
        }
        else
        {
            context.Report(ReconciliationRules.PartsDoNotAddUp, figure.Subject, "Parts",
                (MessageArguments.Stated, figure.Total), (MessageArguments.Computed, computed),
                (MessageArguments.Difference, new Dong(FigureMath.Clip(figure.Total.Value.Value - sum))));
        }
    }
}
