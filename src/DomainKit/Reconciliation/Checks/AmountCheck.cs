namespace DomainKit.Reconciliation.Checks;

/// <summary>A rounded amount against the exact one it stands for (DK821 or DK822).</summary>
internal sealed class AmountCheck : FigureCheck<StatedAmount>
{
    protected override void Check(StatedAmount figure, FigureContext context)
        => context.Amount(figure.Subject, "Amount", new("số tiền", "amount"), figure.Stated, figure.Exact,
            figure.ExactSource ?? new("số liệu chính xác", "the exact figure"));
}
