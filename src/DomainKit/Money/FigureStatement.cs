namespace DomainKit.Money;

/// <summary>
/// A stated figure on the grid of a <see cref="FigureScale"/>: its nominal <see cref="Value"/> in grid steps, the
/// power of ten of its resolution (in the figure's own unit: 0 for đồng, people or km, -1 for tenths of a km) and
/// its qualifier. The common form of <see cref="StatedDong"/>, <see cref="StatedCount"/> and <see cref="StatedQuantity"/>
/// that the honest writing of a sum is chosen in.
/// </summary>
internal readonly record struct FigureStatement(Int128 Value, int Exponent, AmountQualifier Qualifier);
