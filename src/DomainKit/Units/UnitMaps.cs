using System.Collections.Immutable;
using NodaTime;

namespace DomainKit.Units;

/// <summary>
/// The maps of a dataset's units over time, built the first time a date asks for them and kept. The map only changes
/// on the days something changes (a dated link takes effect, a unit begins or ends), so the days between two such
/// changes share one map: a dataset whose units changed once has two of each kind, whatever the number of reports.
/// Thread-safe.
/// </summary>
internal sealed class UnitMaps
{
    private readonly ImmutableArray<Unit> units;
    private readonly Func<UnitId, Unit?> find;
    private readonly Epochs[] recorded = new Epochs[2];
    private readonly Epochs[] resolved = new Epochs[2];

    public UnitMaps(ImmutableArray<Unit> units, Func<UnitId, Unit?> find)
    {
        this.units = units;
        this.find = find;
        var distinct = Distinct(units);
        foreach (var kind in (UnitLinkKind[])[UnitLinkKind.Parent, UnitLinkKind.Territory])
        {
            var linkDays = new SortedSet<LocalDate>();
            var changeDays = new SortedSet<LocalDate>();
            foreach (var unit in distinct)
            {
                foreach (var change in Changes(unit, kind))
                {
                    linkDays.Add(change.From);
                    changeDays.Add(change.From);
                }
                if (unit.ValidFrom is LocalDate from)
                {
                    changeDays.Add(from);
                }
                if (unit.ValidTo is LocalDate to && to < LocalDate.MaxIsoValue)
                {
                    changeDays.Add(to.PlusDays(1));
                }
            }
            recorded[(int)kind] = new Epochs([.. linkDays]);
            resolved[(int)kind] = new Epochs([.. changeDays]);
        }
    }

    /// <summary>
    /// The tree of <paramref name="date"/> as recorded: each unit under the link in force that day, a unit that has
    /// ended under the one of its last day, a unit not yet begun under the one of its first day.
    /// </summary>
    public UnitTree RecordedOn(UnitLinkKind kind, LocalDate date) => RecordedMapOn(kind, date).Tree;

    /// <summary>The map of <paramref name="date"/> as recorded: its tree, with every unit where its links put it and nothing followed.</summary>
    public UnitMap RecordedMapOn(UnitLinkKind kind, LocalDate date)
        => (UnitMap)recorded[(int)kind].For(date, day => UnitMap.Identity(UnitTree.Build(units, u => LinkOn(u, kind, Clamp(u, day))), day));

    /// <summary>Every distinct recorded tree of one kind, each with a day it holds on.</summary>
    public IEnumerable<(LocalDate Day, UnitTree Tree)> RecordedTrees(UnitLinkKind kind)
    {
        var days = recorded[(int)kind].Boundaries;
        if (days.Count == 0 || days[0] > LocalDate.MinIsoValue)
        {
            var before = days.Count == 0 ? LocalDate.MaxIsoValue : days[0].PlusDays(-1);
            yield return (before, RecordedOn(kind, before));
        }
        foreach (var day in days)
        {
            yield return (day, RecordedOn(kind, day));
        }
    }

    /// <summary>The map of <paramref name="date"/> with every unit followed to what it had become that day.</summary>
    public UnitMap ResolvedOn(UnitLinkKind kind, LocalDate date)
        => (UnitMap)resolved[(int)kind].For(date, day => UnitMap.Build(units, find, kind, day));

    public static UnitId? LinkOn(Unit unit, UnitLinkKind kind, LocalDate date)
        => kind == UnitLinkKind.Parent ? unit.ParentOn(date) : unit.TerritoryOn(date);

    public static ImmutableArray<UnitLink> Changes(Unit unit, UnitLinkKind kind)
    {
        var changes = kind == UnitLinkKind.Parent ? unit.ParentChanges : unit.TerritoryChanges;
        return changes.IsDefault ? [] : changes;
    }

    /// <summary><paramref name="date"/> moved into the unit's validity, so that a unit keeps its first or last place outside it.</summary>
    public static LocalDate Clamp(Unit unit, LocalDate date)
        => unit.ValidTo is LocalDate to && date > to && (unit.ValidFrom is not LocalDate from || to >= from) ? to
            : unit.ValidFrom is LocalDate start && date < start ? start
            : date;

    private static List<Unit> Distinct(ImmutableArray<Unit> units)
    {
        var seen = new HashSet<UnitId>();
        var result = new List<Unit>(units.Length);
        foreach (var unit in units)
        {
            if (unit is not null && !unit.Id.IsEmpty && seen.Add(unit.Id))
            {
                result.Add(unit);
            }
        }
        return result;
    }

    /// <summary>One value per stretch of days between two change days, each made on first use.</summary>
    private sealed class Epochs
    {
        private readonly LocalDate[] boundaries;
        private readonly Lazy<object>?[] values;

        public Epochs(LocalDate[] boundaries)
        {
            this.boundaries = boundaries;
            values = new Lazy<object>?[boundaries.Length + 1];
        }

        public IReadOnlyList<LocalDate> Boundaries => boundaries;

        public object For(LocalDate date, Func<LocalDate, object> make)
        {
            // The number of change days on or before the date: the stretch it falls in.
            var index = Array.BinarySearch(boundaries, date);
            var epoch = index >= 0 ? index + 1 : ~index;
            var lazy = Volatile.Read(ref values[epoch]);
            if (lazy is null)
            {
                var day = date;
                Interlocked.CompareExchange(ref values[epoch], new Lazy<object>(() => make(day), LazyThreadSafetyMode.ExecutionAndPublication), null);
                lazy = Volatile.Read(ref values[epoch])!;
            }
            return lazy.Value;
        }
    }
}
