using DomainKit.Data;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Aggregation;

/// <summary>
/// Where each unit's items go in one report: the unit they count under on the chosen map (itself, or the
/// successor valid on the basis date), whether that unit is in the root's subtree, and the unit a unit
/// dimension groups them by. Built once per query over pre-order positions.
/// </summary>
internal sealed class UnitScope
{
    private readonly UnitTree tree;
    private readonly int[] target;
    private readonly UnitBasis basis;

    public UnitScope(Dataset dataset, ReportQuery query)
    {
        tree = query.Hierarchy == Hierarchy.Organisation ? dataset.OrganisationTree : dataset.TerritoryTree;
        basis = query.Basis;
        Root = tree.PositionOf(query.Root);
        if (Root < 0)
        {
            throw new ArgumentException($"The dataset holds no unit '{query.Root}' to report on.", nameof(query));
        }
        target = new int[tree.Count];
        for (var i = 0; i < target.Length; i++)
        {
            target[i] = basis.AsOf is LocalDate day ? Successor(dataset, i, day) : i;
        }
    }

    public UnitTree Tree => tree;

    public int Root { get; }

    public int Count => tree.Count;

    /// <summary>
    /// Places an item of <paramref name="unit"/>: its position for unit dimensions (the unit it was recorded
    /// under when former units are split out, otherwise the unit it counts under), or -1 when it lies outside the
    /// root's subtree, or -2 when it cannot be placed at all.
    /// </summary>
    public int Place(UnitId unit)
    {
        var position = unit.IsEmpty ? -1 : tree.PositionOf(unit);
        if (position < 0)
        {
            return -2;
        }
        var counted = target[position];
        if (counted < 0)
        {
            return -2;
        }
        if (!tree.Contains(counted, Root))
        {
            return -1;
        }
        return basis.SplitFormerUnits ? position : counted;
    }

    /// <summary>The position a unit dimension groups <paramref name="position"/> under: its ancestor at <paramref name="level"/>, or itself when not that deep.</summary>
    public int AncestorAt(int position, int level)
    {
        while (tree.DepthAt(position) > level)
        {
            position = tree.ParentAt(position);
        }
        return position;
    }

    /// <summary>Whether the unit at <paramref name="position"/> no longer existed on the basis date, so that its rows read "(cũ)".</summary>
    public bool IsFormer(int position)
        => basis.SplitFormerUnits && basis.AsOf is LocalDate day && !tree.UnitAt(position).IsValidOn(day);

    // Follows successors breadth-first to the first unit valid on the day; -1 when none is.
    private int Successor(Dataset dataset, int position, LocalDate day)
    {
        var unit = tree.UnitAt(position);
        if (unit.IsValidOn(day))
        {
            return position;
        }
        var seen = new HashSet<UnitId> { unit.Id };
        var queue = new Queue<Unit>();
        queue.Enqueue(unit);
        while (queue.TryDequeue(out var current))
        {
            foreach (var id in current.Successors.IsDefault ? [] : current.Successors)
            {
                if (id.IsEmpty || !seen.Add(id) || dataset.FindUnit(id) is not Unit successor)
                {
                    continue;
                }
                if (successor.IsValidOn(day))
                {
                    return tree.PositionOf(successor.Id);
                }
                queue.Enqueue(successor);
            }
        }
        return -1;
    }
}
