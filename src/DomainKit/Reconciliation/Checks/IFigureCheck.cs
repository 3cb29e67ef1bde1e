namespace DomainKit.Reconciliation.Checks;

/// <summary>
/// The check of one kind of stated figure, as a validation rule is the check of one thing in a dataset: it reports what
/// it finds through its <see cref="FigureContext"/> and throws on nothing the data holds.
/// </summary>
internal interface IFigureCheck
{
    /// <summary>The kind of figure it checks.</summary>
    Type FigureType { get; }

    /// <summary>Checks <see cref="FigureContext.Figure"/>, which is of <see cref="FigureType"/>.</summary>
    void Check(FigureContext context);
}
