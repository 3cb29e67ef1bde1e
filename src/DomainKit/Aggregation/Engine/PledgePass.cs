using DomainKit.Pledges;
using DomainKit.Units;

namespace DomainKit.Aggregation;

/// <summary>
/// Counts pledges and registered members, and adds up eligible members from head counts, for participation
/// rates recomputed at every level.
/// </summary>
/// <remarks>
/// A unit's head count at the end of the period counts unless an ancestor inside the report also has one, which
/// already includes it; so a province that records counts only for its cells and one that records a total for a
/// district both add up once.
/// </remarks>
internal static class PledgePass
{
    public static void Run(PassContext pass)
    {
        var period = pass.Query.Period;
        // A member registers once per row: pledges are told apart by row key, place and person. With units as
        // recorded, a placed unit has a place of its own and its pledges come in one run, so a set of the run's
        // persons is enough and stays small; on another map, merged units share a place, and the unplaced share
        // theirs, so those go into one set for the whole report.
        var inRuns = pass.Query.Basis.AsOf is null;
        var runRegistered = new HashSet<(long Key, string Person)>();
        var registered = new HashSet<(long Key, int Unit, string Person)>();
        var pledges = pass.Dataset.Pledges;
        var sources = pass.Measures.Select(m => pass.Measure(m).Source).ToArray();
        var kindKeys = new[] { pass.CodeKey(DimensionSource.PledgerKind, 0), pass.CodeKey(DimensionSource.PledgerKind, 1) };
        var ratingKeys = Enumerable.Range(0, 5).Select(r => pass.CodeKey(DimensionSource.EvaluationRating, r)).ToArray();
        // Pledges of one unit come in runs (a cell's members one after the other), so the place and key part of the
        // last unit are kept rather than looked up again.
        UnitId lastUnit = default;
        int position = UnitScope.Outside;
        long unitKey = 0;
        var first = true;
        foreach (var index in pass.ItemsOf(() => pass.Dataset.PledgesByUnit, pledges.Length, inUnitRuns: inRuns))
        {
            var pledge = pledges[index];
            if (pledge.Pledger is not { } pledger || !pledge.Period.Overlaps(period) || pledge.CancelledOn is { } cancelled && cancelled <= period.Start)
            {
                continue;
            }
            if (first || pledger.UnitId != lastUnit)
            {
                first = false;
                lastUnit = pledger.UnitId;
                position = pass.Scope.Place(lastUnit);
                unitKey = position == UnitScope.Outside ? 0 : pass.UnitKey(position, lastUnit);
                runRegistered.Clear();
            }
            if (position == UnitScope.Outside)
            {
                continue;
            }
            if (position == UnitScope.Unplaced)
            {
                pass.NoteUnplaced(pledger.UnitId, 1);
            }
            var rating = pledge.Evaluation?.EffectiveRating is { } r && Enum.IsDefined(r) ? (int)r : 4;
            var key = unitKey + kindKeys[pledger.Kind == PledgerKind.Individual ? 0 : 1] + ratingKeys[rating];
            var cell = pass.Table.Cell(key);
            var person = pledger.Kind == PledgerKind.Individual ? pledger.PersonId ?? pledger.PersonName ?? pledge.Id.Value : null;
            var isNew = person is not null && (inRuns && position >= 0 ? runRegistered.Add((key, person)) : registered.Add((key, position, person)));
            for (var m = 0; m < sources.Length; m++)
            {
                switch (sources[m])
                {
                    case MeasureSource.Pledges:
                        pass.Table.Add(cell, pass.Measures[m], 1);
                        break;
                    case MeasureSource.RegisteredMembers:
                        pass.Table.Add(cell, pass.Measures[m], isNew ? 1 : 0);
                        break;
                    case MeasureSource.ParticipationRate when isNew:
                        pass.Table.AddRate(cell, pass.Measures[m], 1, 0);
                        break;
                }
            }
        }
        AddEligible(pass);
    }

    private static void AddEligible(PassContext pass)
    {
        var eligibleMeasures = pass.Measures.Where(m => pass.Measure(m).Source is MeasureSource.EligibleMembers or MeasureSource.ParticipationRate).ToArray();
        if (eligibleMeasures.Length == 0 || pass.IndexOf(DimensionSource.EvaluationRating) >= 0)
        {
            return;
        }
        var end = pass.Query.Period.End;
        var tree = pass.Scope.Tree;
        var root = pass.Scope.Root;
        // On the map of a date, units that no longer existed then sit beside what they became, so those that became the
        // root itself lie outside its slice of the tree: every unit is looked at, and placing decides.
        var (first, last) = pass.Query.Basis.AsOf is null ? (root, root + tree.SubtreeSize(tree.UnitAt(root).Id) - 1) : (0, tree.Count - 1);
        for (var position = first; position <= last; position++)
        {
            var unit = tree.UnitAt(position);
            if (!unit.IsValidOn(end) || unit.HeadCountOn(end) is not { } count || count.Eligible(pass.Query.Eligibility) is not int eligible || Covered(pass, position, end))
            {
                continue;
            }
            var placed = pass.Scope.Place(unit.Id);
            if (placed < 0)
            {
                continue;
            }
            var cell = pass.Table.Cell(pass.UnitKey(placed, unit.Id) + pass.CodeKey(DimensionSource.PledgerKind, 0));
            foreach (var m in eligibleMeasures)
            {
                if (pass.Measure(m).Source == MeasureSource.EligibleMembers)
                {
                    pass.Table.Add(cell, m, eligible);
                }
                else
                {
                    pass.Table.AddRate(cell, m, 0, eligible);
                }
            }
        }
    }

    // An ancestor inside the report with its own head count already includes this unit's members. A former unit that
    // became the root sits beside it, so leaving the root's subtree means the root is the last ancestor to look at.
    private static bool Covered(PassContext pass, int position, NodaTime.LocalDate end)
    {
        var tree = pass.Scope.Tree;
        var root = pass.Scope.Root;
        for (var p = position; p != root;)
        {
            p = tree.ParentAt(p);
            if (p < 0 || !tree.Contains(p, root))
            {
                p = root;
            }
            if (tree.UnitAt(p) is { } ancestor && ancestor.IsValidOn(end) && ancestor.HeadCountOn(end)?.Eligible(pass.Query.Eligibility) is not null)
            {
                return true;
            }
        }
        return false;
    }
}
