using DomainKit.Data;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Aggregation;

/// <summary>
/// Where each unit's items go in one report: the map of the report (as recorded at the end of its period, or the
/// map of the basis date with every unit followed to what it had become), whether an item is in the root's subtree,
/// and the unit a unit dimension groups it under. Items that belong to the report but have no unit on the map go to
/// the unplaced row. Built once per query; the map itself is built once per dataset and stretch of days.
/// </summary>
internal sealed class UnitScope
{
    /// <summary>What <see cref="Place"/> answers for an item outside the root's subtree.</summary>
    public const int Outside = -1;

    /// <summary>What <see cref="Place"/> answers for an item of the report that has no unit on the map.</summary>
    public const int Unplaced = -2;

    private readonly UnitMap map;
    private readonly UnitBasis basis;
    private readonly bool rootIsTop;

    public UnitScope(Dataset dataset, ReportQuery query)
    {
        var kind = query.Hierarchy == Hierarchy.Organisation ? UnitLinkKind.Parent : UnitLinkKind.Territory;
        basis = query.Basis;
        map = basis.AsOf is LocalDate day
            ? dataset.ResolvedMapOn(kind, day)
            : dataset.RecordedMapOn(kind, query.Period.End);
        Tree = map.Tree;
        Root = Tree.PositionOf(query.Root);
        if (Root < 0)
        {
            throw new ArgumentException($"The dataset holds no unit '{query.Root}' to report on.", nameof(query));
        }
        if (basis.AsOf is LocalDate date && map.IsFormer(Root))
        {
            var became = map.TargetOf(Root) is var t && t >= 0 ? $"; on that map it is part of '{Tree.UnitAt(t).Id}'" : string.Empty;
            throw new ArgumentException(
                $"The unit '{query.Root}' did not exist on {NodaTime.Text.LocalDatePattern.Iso.Format(date)}, the date of the map asked for{became}. "
                + "Report on a unit of that map, or on the map as recorded.", nameof(query));
        }
        rootIsTop = Tree.ParentAt(Root) < 0 && map.BlockerOf(Root) < 0;
    }

    public UnitTree Tree { get; }

    public int Root { get; }

    /// <summary>The number of units; also the code of the unplaced row in unit dimensions.</summary>
    public int Count => Tree.Count;

    /// <summary>
    /// Places an item of <paramref name="unit"/>: its position for unit dimensions (the unit it was recorded under
    /// when former units are split out, otherwise the unit it counts under), <see cref="Outside"/> when it lies outside
    /// the root's subtree, or <see cref="Unplaced"/> when it belongs to the report but has no unit on the map.
    /// </summary>
    public int Place(UnitId unit) => PlaceAt(unit.IsEmpty ? -1 : Tree.PositionOf(unit));

    /// <summary>Places an item of the unit at <paramref name="position"/> in <see cref="Tree"/> (-1 for one the tree does not hold), as <see cref="Place"/> does.</summary>
    public int PlaceAt(int position)
    {
        if (position < 0)
        {
            // A unit the dataset does not hold could be anywhere: only a report on the top of the map is sure to hold it.
            return rootIsTop ? Unplaced : Outside;
        }
        var counted = map.TargetOf(position);
        if (counted >= 0 && Tree.Contains(counted, Root))
        {
            return basis.SplitFormerUnits ? position : counted;
        }
        var blocker = map.BlockerOf(position);
        if (blocker < 0)
        {
            return Outside;
        }
        var anchor = map.AnchorOf(blocker);
        return (anchor < 0 ? rootIsTop : Tree.Contains(anchor, Root)) ? Unplaced : Outside;
    }

    /// <summary>The unit that keeps <paramref name="unit"/> off the map (a unit split with no primary successor, or one with nothing that goes on), or null.</summary>
    public Unit? BlockerOf(UnitId unit)
    {
        var position = unit.IsEmpty ? -1 : Tree.PositionOf(unit);
        return position >= 0 && map.BlockerOf(position) is var b && b >= 0 ? Tree.UnitAt(b) : null;
    }

    /// <summary>The position a unit dimension groups <paramref name="position"/> under: its ancestor at <paramref name="level"/>, or itself when not that deep.</summary>
    /// <remarks>
    /// Former units that became the root sit beside it on the map, one level up from where they count: the root's
    /// children. Their branch is grouped one level down, and above the root's level under the root itself.
    /// </remarks>
    public int AncestorAt(int position, int level)
    {
        if (!Tree.Contains(position, Root))
        {
            if (level <= Tree.DepthAt(Root))
            {
                return Root;
            }
            level--;
        }
        while (Tree.DepthAt(position) > level)
        {
            position = Tree.ParentAt(position);
        }
        return position;
    }

    /// <summary>
    /// Every position <see cref="AncestorAt"/> can give at <paramref name="level"/> for an item of the report, in tree
    /// order, found from the root down rather than among all units: the root's subtree to that level and, on the map of
    /// a date, the former units beside the root that became it (grouped one level down), or the root's ancestor at that
    /// level when the level is above the root. Rows come in this order.
    /// </summary>
    public int[] GroupPositions(int level)
    {
        var result = new List<int>();
        var rootDepth = Tree.DepthAt(Root);
        if (level <= rootDepth)
        {
            result.Add(AncestorAt(Root, level));
            if (level < rootDepth && HasFormerBesideRoot())
            {
                result.Add(Root);
            }
            return [.. result.Distinct().Order()];
        }
        AddDown(Root, level, result);
        if (basis.AsOf is not null)
        {
            // Former units that became the root sit beside it: its siblings (or the other roots) whose target it is.
            var parent = Tree.ParentAt(Root);
            var siblings = parent >= 0 ? Tree.ChildPositions(parent) : Tree.RootPositions();
            foreach (var sibling in siblings)
            {
                if (sibling != Root && map.IsFormer(sibling) && map.TargetOf(sibling) == Root)
                {
                    AddDown(sibling, level - 1, result);
                }
            }
        }
        result.Sort();
        return [.. result];
    }

    private bool HasFormerBesideRoot()
    {
        if (basis.AsOf is null)
        {
            return false;
        }
        var parent = Tree.ParentAt(Root);
        foreach (var sibling in parent >= 0 ? Tree.ChildPositions(parent) : Tree.RootPositions())
        {
            if (sibling != Root && map.IsFormer(sibling) && map.TargetOf(sibling) == Root)
            {
                return true;
            }
        }
        return false;
    }

    // The units from a position down to a depth, each of them: the shallower ones hold items of their own.
    private void AddDown(int top, int level, List<int> into)
    {
        var stack = new Stack<int>();
        stack.Push(top);
        while (stack.TryPop(out var position))
        {
            into.Add(position);
            if (Tree.DepthAt(position) < level)
            {
                foreach (var child in Tree.ChildPositions(position))
                {
                    stack.Push(child);
                }
            }
        }
    }

    /// <summary>Whether the unit at <paramref name="position"/> no longer existed on the basis date, so that its rows read "(cũ)".</summary>
    public bool IsFormer(int position) => basis.SplitFormerUnits && map.IsFormer(position);
}
