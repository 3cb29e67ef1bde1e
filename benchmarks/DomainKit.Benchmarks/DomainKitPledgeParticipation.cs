using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Periods;
using DomainKit.Units;

namespace DomainKit.Benchmarks;

/// <summary>Pledge participation by commune (level 2 under the national root) with DomainKit's report engine.</summary>
public static class DomainKitPledgeParticipation
{
    /// <summary>The query: registered members over eligible members, by commune.</summary>
    public static ReportQuery Query(ReportingPeriod period) => new()
    {
        Root = NationalDataset.RootId,
        Period = period,
        GroupBy = [Dimension.UnitAtLevel(2)],
        Measures = [Measure.RegisteredMembers, Measure.EligibleMembers, Measure.ParticipationRate],
    };

    /// <summary>The participation as the peers' rows, for checking that they agree.</summary>
    public static List<ParticipationRow> Run(Dataset dataset, ReportingPeriod period) => Rows(new ReportEngine(dataset).Run(Query(period)));

    /// <summary>The rows of a table of <see cref="Query"/> as the peers' rows: communes with eligible members, in the peers' order.</summary>
    public static List<ParticipationRow> Rows(ReportTable table)
    {
        return [.. table.Rows
            .Where(r => table.ValueOf(r, Measure.EligibleMembers).Count is not null)
            .Select(r => new ParticipationRow(new UnitId(r.Keys[0].Key), table.ValueOf(r, Measure.RegisteredMembers).Count ?? 0, table.ValueOf(r, Measure.EligibleMembers).Count!.Value))
            .OrderBy(r => r.Commune.Value, StringComparer.Ordinal)];
    }
}
