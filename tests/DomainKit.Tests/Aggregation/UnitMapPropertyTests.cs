using DomainKit.Aggregation;
using DomainKit.Commendations;
using DomainKit.Data;
using DomainKit.Periods;
using DomainKit.Units;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Aggregation;

/// <summary>Whatever merges, splits, moves and endings the map goes through, a report on its top neither loses nor invents an item.</summary>
public sealed class UnitMapPropertyTests
{
    private static readonly LocalDate Change = new(2025, 7, 1);
    private static readonly LocalDate[] Days = [new(2023, 6, 1), Change.PlusDays(-1), Change, new(2026, 1, 1)];

    private sealed record Shape(int Parent, int Life, int[] Successors, int Primary, int NewParent);

    // Unit i + 1 is under one of the units before it (0 is the top, which always exists), so the links themselves
    // never go round; successors may point anywhere, round included.
    private static readonly Gen<Shape> Shapes =
        from parent in Gen.Choose(0, 100)
        from life in Gen.Choose(0, 2)
        from successors in Gen.ArrayOf(Gen.Choose(1, 12)).Select(a => a.Take(3).ToArray())
        from primary in Gen.Choose(-1, 2)
        from newParent in Gen.Choose(-1, 100)
        select new Shape(parent, life, successors, primary, newParent);

    private static readonly Arbitrary<(Shape[] Units, int[] Items, int Day, bool Split)> Maps =
        (from raw in Gen.ArrayOf(Shapes).Select(a => a.Take(12).ToArray())
         let shapes = raw.Select((s, i) => s with { Parent = s.Parent % (i + 1), NewParent = s.NewParent < 0 ? -1 : s.NewParent % (i + 1) }).ToArray()
         from items in Gen.ArrayOf(Gen.Choose(0, shapes.Length))
         from day in Gen.Choose(0, Days.Length - 1)
         from split in Gen.Elements(false, true)
         select (shapes.ToArray(), items, day, split)).ToArbitrary();

    private static Dataset Build(Shape[] shapes, int[] items)
    {
        var builder = new DatasetBuilder().Add(new Unit { Id = "u0", Name = "Top", Kind = UnitKind.Province });
        for (var i = 0; i < shapes.Length; i++)
        {
            var shape = shapes[i];
            var successors = shape.Successors.Where(s => s <= shapes.Length).Select(s => new UnitId("u" + s)).ToArray();
            builder.Add(new Unit
            {
                Id = "u" + (i + 1),
                Name = "Unit " + (i + 1),
                Kind = UnitKind.Commune,
                ParentId = new UnitId("u" + shape.Parent),
                ValidTo = shape.Life == 1 ? Change.PlusDays(-1) : null,
                ValidFrom = shape.Life == 2 ? Change : null,
                Successors = shape.Life == 1 ? [.. successors] : [],
                PrimarySuccessorId = shape.Primary >= 0 && shape.Primary < successors.Length ? successors[shape.Primary] : (UnitId?)null,
                ParentChanges = shape.NewParent >= 0 && shape.Life != 1 ? [new UnitLink(Change, new UnitId("u" + shape.NewParent))] : [],
            });
        }
        for (var n = 0; n < items.Length; n++)
        {
            builder.Add(new Commendation
            {
                Id = "kt-" + n, Recipient = Recipient.Collective("u" + items[n]), Level = AuthorityLevel.Province,
                Form = AwardForm.CertificateOfMerit, Date = new LocalDate(2023, 12, 1),
            });
        }
        return builder.Build();
    }

    [Property]
    public Property A_report_on_the_top_of_any_days_map_counts_every_item_once()
    {
        return Prop.ForAll(Maps, map =>
        {
            var dataset = Build(map.Units, map.Items);
            var day = Days[map.Day];
            var basis = map.Split ? UnitBasis.OnSplittingFormerUnits(day) : UnitBasis.On(day);
            var table = new ReportEngine(dataset).Run(new ReportQuery
            {
                Root = "u0", Period = ReportingPeriod.Year(2023), Measures = [Measure.Commendations], GroupBy = [Dimension.ChildOfRoot], Basis = basis,
            });
            var rows = table.Rows.Sum(r => table.ValueOf(r, Measure.Commendations).Count ?? 0);
            var unplacedRow = table.Find(ReportTable.UnplacedKey) is { } row ? table.ValueOf(row, Measure.Commendations).Count ?? 0 : 0;
            // With no item at all the total has no figure, which is not 0.
            return (table.ValueOf(table.Total, Measure.Commendations).Count == (map.Items.Length == 0 ? null : map.Items.Length)
                    && rows == map.Items.Length
                    && unplacedRow == table.Metadata.UnplacedItems
                    && (unplacedRow == 0) == table.Findings.IsEmpty)
                .Label($"total {table.ValueOf(table.Total, Measure.Commendations)}, rows {rows}, items {map.Items.Length}, unplaced {unplacedRow}/{table.Metadata.UnplacedItems}\n{table}");
        });
    }

    [Property]
    public Property Showing_former_units_apart_changes_the_rows_but_never_the_total()
    {
        return Prop.ForAll(Maps, map =>
        {
            var dataset = Build(map.Units, map.Items);
            var engine = new ReportEngine(dataset);
            ReportTable Run(UnitBasis basis) => engine.Run(new ReportQuery
            {
                Root = "u0", Period = ReportingPeriod.Year(2023), Measures = [Measure.Commendations], GroupBy = [Dimension.UnitAtLevel(2)], Basis = basis,
            });
            var merged = Run(UnitBasis.On(Days[map.Day]));
            var apart = Run(UnitBasis.OnSplittingFormerUnits(Days[map.Day]));
            return merged.ValueOf(merged.Total, Measure.Commendations) == apart.ValueOf(apart.Total, Measure.Commendations);
        });
    }
}
