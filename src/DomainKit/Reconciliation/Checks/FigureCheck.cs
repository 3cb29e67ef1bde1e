namespace DomainKit.Reconciliation.Checks;

/// <summary>A check of figures of type <typeparamref name="TFigure"/>.</summary>
internal abstract class FigureCheck<TFigure> : IFigureCheck
    where TFigure : StatedFigure
{
    public Type FigureType => typeof(TFigure);

    public void Check(FigureContext context) => Check((TFigure)context.Figure, context);

    /// <summary>Checks <paramref name="figure"/> and reports through <paramref name="context"/>.</summary>
    protected abstract void Check(TFigure figure, FigureContext context);
}
