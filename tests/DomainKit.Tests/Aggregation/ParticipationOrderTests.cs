using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Pledges;
using static DomainKit.Tests.Aggregation.ReportFixture;

namespace DomainKit.Tests.Aggregation;

/// <summary>
/// Members who pledged count once however the pledges lie in the dataset: a report reads them in runs by unit where
/// it can, and must give the figures of reading them in any order.
/// </summary>
public sealed class ParticipationOrderTests
{
    private static readonly Measure[] Measures = [Measure.Pledges, Measure.RegisteredMembers, Measure.EligibleMembers, Measure.ParticipationRate];

    private static Dataset WithPledges(Dataset dataset, IEnumerable<Pledge> pledges) => new DatasetBuilder()
        .Add(dataset.Units)
        .Add(dataset.Models)
        .Add(dataset.Funds)
        .Add(dataset.FundEntries)
        .Add(pledges)
        .Add(dataset.Commendations)
        .Build();

    private static List<string> Figures(Dataset dataset, ReportQuery query)
    {
        var table = new ReportEngine(dataset).Run(query);
        return [.. table.Rows.SelectMany(row => Measures.Select(m => $"{string.Join("|", row.Keys.Select(k => k.Key))} {m.Code} {table.ValueOf(row, m)}"))];
    }

    private static IEnumerable<IReadOnlyList<T>> Permutations<T>(IReadOnlyList<T> items)
    {
        if (items.Count <= 1)
        {
            yield return items;
            yield break;
        }
        for (var i = 0; i < items.Count; i++)
        {
            var rest = items.Where((_, j) => j != i).ToList();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }

    [Theory]
    [InlineData("tinh")]
    [InlineData("huyen-a")]
    public void Members_who_pledged_twice_count_once_in_every_order_of_the_pledges(string root)
    {
        var dataset = Build();
        // A second pledge of "a" in the other commune of huyen-a, and one of "b" in the same commune: with the
        // fixture's, pledges of one unit are split by others whatever the order.
        Pledge[] pledges =
        [
            .. dataset.Pledges,
            new() { Id = "p6", Pledger = Pledger.Individual("xa-a2", "a"), Target = PledgeTarget.ForModel("m2"), Period = Year2023 },
            new() { Id = "p7", Pledger = Pledger.Individual("xa-a1", "b"), Target = PledgeTarget.ForModel("m1"), Period = Year2023 },
        ];
        var query = new ReportQuery
        {
            Root = root,
            Period = Year2023,
            GroupBy = [Dimension.UnitAtLevel(2)],
            Measures = [.. Measures],
        };
        var expected = Figures(WithPledges(dataset, pledges), query);
        Assert.Contains(expected, f => f.StartsWith("xa-a1 registered-members 2", StringComparison.Ordinal));
        Assert.Contains(expected, f => f.StartsWith("xa-a2 registered-members 2", StringComparison.Ordinal));

        foreach (var order in Permutations(pledges).Where((_, i) => i % 97 == 0))
        {
            Assert.Equal(expected, Figures(WithPledges(dataset, order), query));
        }
    }
}
