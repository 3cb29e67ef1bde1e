using DomainKit.Units;

namespace DomainKit.Benchmarks;

/// <summary>
/// One cell of the national roll-up of submitted figures: a province, a line of the form (its position in
/// <see cref="NationalSubmissions.Lines"/>), the sum of the figures as written and whether some of them had no upper
/// bound (<c>trên</c>, <c>hơn</c>), so that the sum is itself "over" its value.
/// </summary>
public sealed record FigureRollupRow(UnitId Province, int Line, long Nominal, bool Unbounded);
