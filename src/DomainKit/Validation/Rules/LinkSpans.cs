using DomainKit.Units;
using NodaTime;

namespace DomainKit.Validation.Rules;

/// <summary>The spans a unit's links hold over, and the first day in one when the linked unit did not exist.</summary>
internal static class LinkSpans
{
    /// <summary>A link and the days it holds: from <paramref name="From"/> (null when the unit's start is unknown) to <paramref name="To"/> (null while it holds).</summary>
    public sealed record Span(Unit Unit, string Field, UnitId Target, LocalDate? From, LocalDate? To);

    /// <summary>A day a link names a unit that did not exist; <paramref name="Successor"/> is the unit that had taken it over, if any.</summary>
    public sealed record Problem(Unit Parent, LocalDate Date, Unit? Successor)
    {
        public bool FollowsSuccessor => Successor is not null;
    }

    public static IEnumerable<Span> Of(Unit unit)
    {
        foreach (var (field, initial, changes) in new[]
        {
            ("ParentId", unit.ParentId, unit.ParentChanges),
            ("TerritoryId", unit.TerritoryId, unit.TerritoryChanges),
        })
        {
            var changeField = field == "ParentId" ? "ParentChanges" : "TerritoryChanges";
            var list = changes.IsDefault ? [] : changes;
            // Changes in date order; a change on the same day as another replaces it, as Unit.ParentOn reads them.
            var ordered = list.Select((change, index) => (change, index)).OrderBy(c => c.change.From).ThenBy(c => c.index).ToList();
            var starts = ordered.Select(c => (LocalDate?)c.change.From).ToList();
            LocalDate? firstChange = ordered.Count > 0 ? ordered[0].change.From : null;
            if (initial is UnitId first && !first.IsEmpty && (firstChange is not LocalDate f || unit.ValidFrom is not LocalDate s || f > s))
            {
                yield return new Span(unit, field, first, unit.ValidFrom, firstChange is LocalDate next ? Before(next, unit.ValidTo) : unit.ValidTo);
            }
            for (var i = 0; i < ordered.Count; i++)
            {
                var (change, index) = ordered[i];
                if (change.Target is not UnitId target || target.IsEmpty || (i + 1 < ordered.Count && ordered[i + 1].change.From == change.From))
                {
                    continue;
                }
                LocalDate? to = i + 1 < ordered.Count ? Before(ordered[i + 1].change.From, unit.ValidTo) : unit.ValidTo;
                var from = unit.ValidFrom is LocalDate start && change.From < start ? start : change.From;
                if (to is LocalDate end && end < from)
                {
                    continue;
                }
                yield return new Span(unit, $"{changeField}[{index}]", target, from, to);
            }
        }
    }

    // The day before a change, but not after the unit's end.
    private static LocalDate Before(LocalDate change, LocalDate? end)
    {
        var day = change == LocalDate.MinIsoValue ? change : change.PlusDays(-1);
        return end is LocalDate last && last < day ? last : day;
    }

    public static Problem? Offending(Data.Dataset dataset, Span span)
    {
        if (dataset.FindUnit(span.Target) is not Unit parent || parent.Id == span.Unit.Id)
        {
            return null;
        }
        // An unknown start of the span is not checked: it says nothing about when the link began.
        LocalDate? offending = null;
        if (span.From is LocalDate from && !parent.IsValidOn(from))
        {
            offending = from;
        }
        // A parent valid to the last day of the calendar never ends (and has no day after its end).
        else if (parent.ValidTo is LocalDate parentEnd && parentEnd < LocalDate.MaxIsoValue && (span.To is not LocalDate end || end > parentEnd))
        {
            offending = parentEnd.PlusDays(1);
        }
        else if (span.To is LocalDate last && !parent.IsValidOn(last))
        {
            offending = last;
        }
        if (offending is not LocalDate date)
        {
            return null;
        }
        return new Problem(parent, date, parent.ValidTo is LocalDate ended && date > ended ? Follow(dataset, parent, date) : null);
    }

    // The unit that had taken over an ended parent by the day: its one successor, or its primary one, followed on.
    private static Unit? Follow(Data.Dataset dataset, Unit parent, LocalDate day)
    {
        var current = parent;
        for (var step = 0; step < 64 && !current.IsValidOn(day); step++)
        {
            var successors = (current.Successors.IsDefault ? [] : current.Successors)
                .Where(id => !id.IsEmpty && id != current.Id && dataset.FindUnit(id) is not null).Distinct().ToList();
            UnitId next;
            if (successors.Count == 1)
            {
                next = successors[0];
            }
            else if (successors.Count > 1 && current.PrimarySuccessorId is UnitId primary && !primary.IsEmpty && dataset.FindUnit(primary) is not null)
            {
                next = primary;
            }
            else
            {
                return null;
            }
            current = dataset.FindUnit(next)!;
        }
        return current.IsValidOn(day) ? current : null;
    }
}
