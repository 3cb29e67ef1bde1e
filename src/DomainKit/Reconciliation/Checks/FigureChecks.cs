using System.Collections.Frozen;

namespace DomainKit.Reconciliation.Checks;

/// <summary>The check of each kind of stated figure, as <see cref="Validation.ValidationRules"/> lists the rules.</summary>
internal static class FigureChecks
{
    public static IReadOnlyList<IFigureCheck> All { get; } =
    [
        new BreakdownCheck(), new AmountBreakdownCheck(), new ModelCountCheck(), new ParticipationCheck(),
        new BalanceCheck(), new FundTotalsCheck(), new AmountCheck(), new OutcomeCheck(),
    ];

    private static readonly FrozenDictionary<Type, IFigureCheck> ByFigureType = All.ToFrozenDictionary(c => c.FigureType);

    /// <summary>The check of figures of <paramref name="figureType"/>, or <see langword="null"/> for a kind none checks.</summary>
    public static IFigureCheck? For(Type figureType) => ByFigureType.GetValueOrDefault(figureType);
}
