namespace DomainKit.Money;

/// <summary>
/// How a range of values is written without claiming more than it knows: one <see cref="Statement"/>, or when no
/// statement holds the range, the range itself from <see cref="Low"/> to <see cref="High"/> (<see langword="null"/>:
/// no upper bound), both multiples of the resolution 10^<see cref="Exponent"/> and on the grid of the figure's scale.
/// </summary>
internal readonly record struct HonestWriting(FigureStatement? Statement, Int128 Low, Int128? High, int Exponent);
