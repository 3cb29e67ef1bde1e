using NodaTime;

namespace DomainKit.Units;

/// <summary>
/// The map of units as it stood on one day, with every unit of the dataset followed to the unit it had become that
/// day: through successors (merges, renames, and splits with a primary successor), dated links, and, for a unit that
/// ended without a successor, its nearest ancestor that goes on. Units that no longer existed on the day ("former"
/// units) sit in the tree beside the unit they became, or under their former parent when that became the same unit,
/// so that they can be shown apart as "X (cũ)" with the old hierarchy among them kept.
/// </summary>
/// <remarks>
/// A unit that cannot be followed (split between several successors with none primary, or ended with nothing above
/// it that goes on) is blocked, and so is every unit whose place on the day depends on it; what was recorded under
/// them cannot be placed. The blocking unit of a split still bounds where those items are: somewhere under the
/// nearest unit that contains all of its successors. Built once per stretch of days by <see cref="UnitMaps"/>.
/// </remarks>
internal sealed class UnitMap
{
    private readonly int[] target;
    private readonly int[] blocker;
    private readonly int[] anchor;
    private readonly bool[] former;

    private UnitMap(LocalDate date, UnitTree tree, int[] target, int[] blocker, int[] anchor, bool[] former)
    {
        Date = date;
        Tree = tree;
        this.target = target;
        this.blocker = blocker;
        this.anchor = anchor;
        this.former = former;
    }

    /// <summary>A day of the stretch the map holds for.</summary>
    public LocalDate Date { get; }

    /// <summary>The tree of the day: units that existed under the unit their parent had become, former units beside what they became.</summary>
    public UnitTree Tree { get; }

    /// <summary>The position of the unit that items of the unit at <paramref name="position"/> count under that day, or -1.</summary>
    public int TargetOf(int position) => target[position];

    /// <summary>The position of the unit that keeps the unit at <paramref name="position"/> off the map, or -1 when it is placed.</summary>
    public int BlockerOf(int position) => blocker[position];

    /// <summary>
    /// For a blocking unit, the position of the nearest unit surely containing what it blocks, or -1 when that could
    /// be anywhere on the map.
    /// </summary>
    public int AnchorOf(int blockerPosition) => anchor[blockerPosition];

    /// <summary>Whether the unit at <paramref name="position"/> no longer (or not yet) existed on the day.</summary>
    public bool IsFormer(int position) => former[position];

    /// <summary>The map of the units as recorded: nothing followed, every unit where its links put it.</summary>
    public static UnitMap Identity(UnitTree tree, LocalDate date)
    {
        var n = tree.Count;
        var target = new int[n];
        var blocker = new int[n];
        for (var i = 0; i < n; i++)
        {
            target[i] = i;
            blocker[i] = -1;
        }
        return new UnitMap(date, tree, target, blocker, new int[n], new bool[n]);
    }

    public static UnitMap Build(IReadOnlyList<Unit> allUnits, Func<UnitId, Unit?> find, UnitLinkKind kind, LocalDate day)
    {
        var units = new List<Unit>(allUnits.Count);
        var index = new Dictionary<UnitId, int>(allUnits.Count);
        foreach (var unit in allUnits)
        {
            if (unit is not null && !unit.Id.IsEmpty && index.TryAdd(unit.Id, units.Count))
            {
                units.Add(unit);
            }
        }
        var n = units.Count;
        var predecessors = new Dictionary<int, List<int>>();
        for (var i = 0; i < n; i++)
        {
            foreach (var successor in Successors(units[i], index))
            {
                if (!predecessors.TryGetValue(successor, out var list))
                {
                    predecessors.Add(successor, list = []);
                }
                list.Add(i);
            }
        }

        var resolution = new Resolution(units, index, predecessors, kind, day);

        // Parents on the day: a unit that existed under what its parent had become, a former unit beside what it became.
        var parentIds = new Dictionary<UnitId, UnitId?>(n);
        var stuckBy = new Dictionary<UnitId, int>();
        var ordered = new List<Unit>(n);
        for (var i = 0; i < n; i++)
        {
            var unit = units[i];
            if (!unit.IsValidOn(day))
            {
                continue;
            }
            ordered.Add(unit);
            var link = UnitMaps.LinkOn(unit, kind, day);
            if (link is not UnitId parentId || parentId.IsEmpty || !index.TryGetValue(parentId, out var parent))
            {
                // No parent, or one the dataset lacks: a root, as the tree reports unresolved links.
                parentIds[unit.Id] = link;
                continue;
            }
            var resolved = resolution.Resolve(parent);
            if (resolved >= 0)
            {
                parentIds[unit.Id] = units[resolved].Id;
            }
            else
            {
                parentIds[unit.Id] = null;
                stuckBy[unit.Id] = resolution.BlockerOf(parent);
            }
        }
        for (var i = 0; i < n; i++)
        {
            var unit = units[i];
            if (unit.IsValidOn(day))
            {
                continue;
            }
            ordered.Add(unit);
            var resolved = resolution.Resolve(i);
            // A former unit stays under its former parent when both became the same unit, so that shown apart the old
            // hierarchy holds together ("Tỉnh B (cũ)" with its districts); otherwise it sits beside what it became.
            if (UnitMaps.LinkOn(unit, kind, UnitMaps.Clamp(unit, day)) is UnitId link && !link.IsEmpty && link != unit.Id
                && index.TryGetValue(link, out var formerParent) && !units[formerParent].IsValidOn(day)
                && resolution.Resolve(formerParent) == resolved)
            {
                parentIds[unit.Id] = link;
                continue;
            }
            parentIds[unit.Id] = resolved >= 0 ? parentIds[units[resolved].Id] : null;
        }
        var tree = UnitTree.Build(ordered, u => parentIds[u.Id]);
        // Successors can lead back below the unit they succeed, making a circle on the day's map that the tree breaks;
        // what hangs there has no sure place, so it is blocked rather than left outside every report.
        foreach (var broken in tree.CycleBreaks)
        {
            stuckBy[broken] = index[broken];
        }

        var target = new int[n];
        var blocker = new int[n];
        var former = new bool[n];
        // Pre-order puts parents first, so a unit takes its blocker from its parent; former units, being leaves that
        // follow their target, take their target's.
        for (var p = 0; p < n; p++)
        {
            var unit = tree.UnitAt(p);
            former[p] = !unit.IsValidOn(day);
            if (former[p])
            {
                continue;
            }
            target[p] = p;
            var parent = tree.ParentAt(p);
            blocker[p] = parent >= 0 ? blocker[parent]
                : stuckBy.TryGetValue(unit.Id, out var stuck) ? tree.PositionOf(units[stuck].Id)
                : -1;
        }
        for (var p = 0; p < n; p++)
        {
            if (!former[p])
            {
                continue;
            }
            var resolved = resolution.Resolve(index[tree.UnitAt(p).Id]);
            if (resolved >= 0)
            {
                var t = tree.PositionOf(units[resolved].Id);
                target[p] = t;
                blocker[p] = blocker[t];
            }
            else
            {
                target[p] = -1;
                blocker[p] = tree.PositionOf(units[resolution.BlockerOf(index[tree.UnitAt(p).Id])].Id);
            }
        }

        // Where what a blocking unit holds surely lies: under the nearest unit containing all its placed successors.
        var anchor = new int[n];
        for (var p = 0; p < n; p++)
        {
            anchor[p] = -1;
        }
        var blockers = new HashSet<int>();
        for (var p = 0; p < n; p++)
        {
            if (blocker[p] >= 0)
            {
                blockers.Add(blocker[p]);
            }
        }
        foreach (var b in blockers)
        {
            var common = -2;
            foreach (var successor in Successors(tree.UnitAt(b), index))
            {
                var resolved = resolution.Resolve(successor);
                if (resolved < 0)
                {
                    continue;
                }
                var position = tree.PositionOf(units[resolved].Id);
                if (blocker[position] >= 0)
                {
                    continue;
                }
                common = common == -2 ? position : CommonAncestor(tree, common, position);
            }
            anchor[b] = common < 0 ? -1 : common;
        }
        return new UnitMap(day, tree, target, blocker, anchor, former);
    }

    /// <summary>The known successors of a unit, by index, once each and never the unit itself.</summary>
    internal static List<int> Successors(Unit unit, Dictionary<UnitId, int> index)
    {
        var result = new List<int>();
        foreach (var id in unit.Successors.IsDefault ? [] : unit.Successors)
        {
            if (!id.IsEmpty && id != unit.Id && index.TryGetValue(id, out var i) && !result.Contains(i))
            {
                result.Add(i);
            }
        }
        return result;
    }

    private static int CommonAncestor(UnitTree tree, int a, int b)
    {
        while (a >= 0 && b >= 0 && a != b)
        {
            if (tree.DepthAt(a) >= tree.DepthAt(b))
            {
                a = tree.ParentAt(a);
            }
            else
            {
                b = tree.ParentAt(b);
            }
        }
        return a == b ? a : -1;
    }

    /// <summary>Follows units to what they had become on the day, remembering each answer.</summary>
    private sealed class Resolution
    {
        private const int Unvisited = -3, Visiting = -4, Blocked = -1;

        private readonly List<Unit> units;
        private readonly Dictionary<UnitId, int> index;
        private readonly Dictionary<int, List<int>> predecessors;
        private readonly UnitLinkKind kind;
        private readonly LocalDate day;
        private readonly int[] result;
        private readonly int[] blockedBy;

        public Resolution(List<Unit> units, Dictionary<UnitId, int> index, Dictionary<int, List<int>> predecessors, UnitLinkKind kind, LocalDate day)
        {
            this.units = units;
            this.index = index;
            this.predecessors = predecessors;
            this.kind = kind;
            this.day = day;
            result = new int[units.Count];
            blockedBy = new int[units.Count];
            Array.Fill(result, Unvisited);
        }

        /// <summary>The unit that blocked <paramref name="unit"/>, once <see cref="Resolve"/> has answered -1 for it.</summary>
        public int BlockerOf(int unit)
        {
            Resolve(unit);
            return blockedBy[unit];
        }

        /// <summary>The index of the unit valid on the day that <paramref name="start"/> had become, or -1.</summary>
        public int Resolve(int start)
        {
            if (result[start] >= Blocked)
            {
                return result[start];
            }
            // An explicit stack rather than recursion: a chain of successors or parents can be as long as the data makes it.
            var path = new List<int>();
            var current = start;
            int answer;
            var blocking = -1;
            while (true)
            {
                if (result[current] >= Blocked)
                {
                    answer = result[current];
                    blocking = answer == Blocked ? blockedBy[current] : -1;
                    break;
                }
                if (result[current] == Visiting)
                {
                    // Successors and parents that lead back round: nothing to follow to.
                    answer = Blocked;
                    blocking = current;
                    break;
                }
                result[current] = Visiting;
                path.Add(current);
                var unit = units[current];
                if (unit.IsValidOn(day))
                {
                    answer = current;
                    break;
                }
                int next;
                if (unit.ValidTo is LocalDate end && day > end)
                {
                    next = AfterEnd(current, unit, end, out var ambiguous);
                    if (ambiguous)
                    {
                        answer = Blocked;
                        blocking = current;
                        break;
                    }
                }
                else
                {
                    next = BeforeStart(current, unit);
                }
                if (next < 0)
                {
                    answer = Blocked;
                    blocking = current;
                    break;
                }
                current = next;
            }
            foreach (var visited in path)
            {
                result[visited] = answer;
                blockedBy[visited] = answer == Blocked ? blocking : -1;
            }
            return answer;
        }

        // A unit that has ended goes to its one successor, or its primary one; with none, to its parent of its last day.
        private int AfterEnd(int current, Unit unit, LocalDate end, out bool ambiguous)
        {
            ambiguous = false;
            var successors = Successors(unit, index);
            if (successors.Count == 1)
            {
                return successors[0];
            }
            if (successors.Count > 1)
            {
                if (unit.PrimarySuccessorId is UnitId primary && !primary.IsEmpty && index.TryGetValue(primary, out var p) && p != current)
                {
                    return p;
                }
                ambiguous = true;
                return -1;
            }
            return Parent(UnitMaps.LinkOn(unit, kind, UnitMaps.Clamp(unit, end)), current);
        }

        // A unit not yet begun goes back to its one predecessor when that existed on the day, otherwise to its first parent.
        private int BeforeStart(int current, Unit unit)
        {
            if (predecessors.TryGetValue(current, out var before) && before.Count == 1 && units[before[0]].IsValidOn(day))
            {
                return before[0];
            }
            return Parent(UnitMaps.LinkOn(unit, kind, UnitMaps.Clamp(unit, day)), current);
        }

        private int Parent(UnitId? link, int current)
            => link is UnitId id && !id.IsEmpty && index.TryGetValue(id, out var parent) && parent != current ? parent : -1;
    }
}
