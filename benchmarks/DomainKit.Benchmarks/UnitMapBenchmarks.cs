using BenchmarkDotNet.Attributes;
using DomainKit.Data;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Benchmarks;

/// <summary>
/// "Parent of X on day D" against today's undated "parent of X": the country's villages, each of which moves on
/// 1 July 2025 to the next commune of its province by a dated link, asked for their parent on a day after the move.
/// The undated tree of the same units without the move is the floor.
/// </summary>
public class UnitMapBenchmarks
{
    private static readonly LocalDate After = new(2026, 1, 1);

    private Dataset undated = null!;
    private Dataset dated = null!;
    private UnitId[] villages = [];

    [GlobalSetup]
    public void Setup()
    {
        var national = NationalDataset.Generate(NationalSize.Full with { Models = 0, Pledges = 0, FundEntries = 0 });
        undated = new DatasetBuilder().Add(national.Units).Build();
        var communes = national.Units.Where(u => u.Kind == UnitKind.Commune).Select(u => u.Id).ToArray();
        var next = communes.Select((id, i) => (id, next: communes[(i + 1) % communes.Length])).ToDictionary(x => x.id, x => x.next);
        dated = new DatasetBuilder().Add(national.Units.Select(u => u.Kind == UnitKind.Village && u.ParentId is UnitId commune
            ? u with { ParentChanges = [new UnitLink(new LocalDate(2025, 7, 1), next[commune])] }
            : u)).Build();
        villages = [.. national.Units.Where(u => u.Kind == UnitKind.Village).Select(u => u.Id)];

        // Each way must answer, and the two dated ways the same, before anything is timed.
        var tree = dated.OrganisationTreeOn(After);
        if (villages.Length == 0
            || villages.Any(v => tree.ParentOf(v)?.Id != dated.FindUnit(v)!.ParentOn(After))
            || villages.Any(v => tree.ParentOf(v)?.Id == undated.OrganisationTree.ParentOf(v)?.Id)
            || UndatedParentOf() != villages.Length || TreeOfTheDayParentOf() != villages.Length || UnitParentOn() != villages.Length)
        {
            throw new InvalidOperationException("The dated and undated parents do not answer as they should.");
        }
    }

    [Benchmark(Baseline = true)]
    public int UndatedParentOf()
    {
        var tree = undated.OrganisationTree;
        var found = 0;
        foreach (var village in villages)
        {
            found += tree.ParentOf(village) is null ? 0 : 1;
        }
        return found;
    }

    [Benchmark]
    public int TreeOfTheDayParentOf()
    {
        var tree = dated.OrganisationTreeOn(After);
        var found = 0;
        foreach (var village in villages)
        {
            found += tree.ParentOf(village) is null ? 0 : 1;
        }
        return found;
    }

    [Benchmark]
    public int UnitParentOn()
    {
        var found = 0;
        foreach (var village in villages)
        {
            found += dated.FindUnit(village)!.ParentOn(After) is null ? 0 : 1;
        }
        return found;
    }
}
