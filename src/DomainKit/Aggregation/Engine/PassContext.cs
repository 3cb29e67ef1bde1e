using DomainKit.Data;

namespace DomainKit.Aggregation;

/// <summary>One pass of one subject over the data at one level of a report: the first <see cref="Depth"/> grouping dimensions.</summary>
internal sealed class PassContext
{
    public PassContext(Dataset dataset, ReportQuery query, UnitScope scope, KeySpace keys, int depth, CellTable table, int[] measures)
    {
        Dataset = dataset;
        Query = query;
        Scope = scope;
        Keys = keys;
        Depth = depth;
        Table = table;
        Measures = measures;
    }

    public Dataset Dataset { get; }

    public ReportQuery Query { get; }

    public UnitScope Scope { get; }

    public KeySpace Keys { get; }

    public int Depth { get; }

    public CellTable Table { get; }

    /// <summary>The positions, among the query's measures, of the measures this pass computes.</summary>
    public int[] Measures { get; }

    /// <summary>Items of the report that have no unit on the map, by the unit they were recorded under.</summary>
    public Dictionary<Units.UnitId, int> Unplaced { get; } = [];

    /// <summary>Fund entries of funds the dataset does not hold, so of no known unit, by fund.</summary>
    public Dictionary<Funds.FundId, int> UnplacedFunds { get; } = [];

    /// <summary>Items left out of every row because a value they are grouped by is out of range.</summary>
    public int OutOfRange { get; set; }

    /// <summary>Counts <paramref name="count"/> items of <paramref name="unit"/> that have no unit on the map.</summary>
    public void NoteUnplaced(Units.UnitId unit, int count)
    {
        unit = unit.IsEmpty ? default : unit;
        Unplaced[unit] = Unplaced.GetValueOrDefault(unit) + count;
    }

    /// <summary>The time buckets when the level groups by time, otherwise null (one bucket: the period).</summary>
    public TimeBuckets? Time => Keys.TimeDimension >= 0 && Keys.TimeDimension < Depth ? Keys.Time : null;

    public long TimeStride => Time is null ? 0 : Keys.Strides[Keys.TimeDimension];

    /// <summary>The position of a dimension among the level's dimensions, or -1.</summary>
    public int IndexOf(DimensionSource source)
    {
        for (var d = 0; d < Depth; d++)
        {
            if (Keys[d].Source == source)
            {
                return d;
            }
        }
        return -1;
    }

    /// <summary>
    /// The part of a key that the unit dimensions give for an item placed at <paramref name="position"/> (or
    /// <see cref="UnitScope.Unplaced"/>) that was recorded under <paramref name="recorded"/>.
    /// </summary>
    public long UnitKey(int position, Units.UnitId recorded)
    {
        long key = 0;
        for (var d = 0; d < Depth; d++)
        {
            if (Keys.IsUnitDimension(d))
            {
                key += Keys.UnitCode(d, position, recorded) * Keys.Strides[d];
            }
        }
        return key;
    }

    /// <summary>The part of a key that a classifier dimension gives, or 0 when the level does not group by it.</summary>
    public long ClassifierKey(DimensionSource source, Text.Classifier? value)
    {
        var d = IndexOf(source);
        return d < 0 ? 0 : Keys.ClassifierCode(d, value) * Keys.Strides[d];
    }

    /// <summary>The part of a key that an enumeration dimension gives, or 0 when the level does not group by it.</summary>
    public long CodeKey(DimensionSource source, int code)
    {
        var d = IndexOf(source);
        return d < 0 ? 0 : code * Keys.Strides[d];
    }

    public Measure Measure(int index) => Query.Measures[index];

    /// <summary>
    /// The positions of the items a pass must read: with units as recorded and a root covering a small part of
    /// the tree, the items of the root's subtree only, found through the dataset's index by unit, plus those of
    /// units the dataset does not hold (to count as unplaced); otherwise every item, which is cheaper when most are
    /// wanted and needed on another map, since merged units may lie anywhere. With <paramref name="inUnitRuns"/>
    /// and units as recorded, every item is read through the index too, so that the items of each unit come in one
    /// run, the units in the order they first appear; otherwise in the dataset's order.
    /// </summary>
    public IEnumerable<int> ItemsOf(Func<IReadOnlyDictionary<Units.UnitId, int[]>> index, int itemCount, bool inUnitRuns = false)
    {
        var tree = Scope.Tree;
        var last = Scope.Root + tree.SubtreeSize(tree.UnitAt(Scope.Root).Id);
        if (inUnitRuns && Query.Basis.AsOf is null && (last - Scope.Root) * 2 > tree.Count)
        {
            foreach (var items in index().Values)
            {
                foreach (var i in items)
                {
                    yield return i;
                }
            }
            yield break;
        }
        if (Query.Basis.AsOf is not null || (last - Scope.Root) * 2 > tree.Count)
        {
            for (var i = 0; i < itemCount; i++)
            {
                yield return i;
            }
            yield break;
        }
        var byUnit = index();
        for (var position = Scope.Root; position < last; position++)
        {
            if (byUnit.TryGetValue(tree.UnitAt(position).Id, out var items))
            {
                foreach (var i in items)
                {
                    yield return i;
                }
            }
        }
        foreach (var (unit, items) in byUnit)
        {
            if (!tree.Contains(unit))
            {
                foreach (var i in items)
                {
                    yield return i;
                }
            }
        }
    }
}
