using DomainKit.Funds;
using DomainKit.Units;

namespace DomainKit.Benchmarks;

/// <summary>One cell of the national roll-up of fund flows: a province, a month and a kind of entry.</summary>
/// <param name="Province">The province whose units' funds the entries are in.</param>
/// <param name="Month">The month, as yyyymm (202307).</param>
/// <param name="Kind">The kind of entry.</param>
/// <param name="Amount">The sum of the entries' amounts (<see cref="EntryAmount.Of"/>), in đồng.</param>
public readonly record struct FundFlowRow(UnitId Province, int Month, FundEntryKind Kind, long Amount);
