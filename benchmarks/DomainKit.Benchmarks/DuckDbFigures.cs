using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Units;
using DuckDB.NET.Data;

namespace DomainKit.Benchmarks;

/// <summary>
/// The submitted figures in DuckDB (in memory, every core), the roll-up's peer an analyst would reach for: a row per
/// figure with its Party cell, half-year and line as numbers, its value as written and whether it has no upper bound,
/// and the cell → province map as a table of its own, so that the roll-up is one join and one aggregation. Loaded
/// with DuckDB's appender.
/// </summary>
public sealed class DuckDbFigures : IDisposable
{
    private const string RollupSql = """
        SELECT p.province, f.line, CAST(sum(f.nominal) AS BIGINT) AS nominal, bool_or(f.unbounded) AS unbounded
        FROM figures f JOIN cell_province p ON p.cell = f.cell
        WHERE f.period = $period
        GROUP BY ALL
        """;

    private readonly DuckDBConnection connection;
    private readonly UnitId[] provinces;
    private readonly List<Periods.ReportingPeriod> periods;

    private DuckDbFigures(DuckDBConnection connection, UnitId[] provinces, List<ReportingPeriod> periods)
    {
        this.connection = connection;
        this.provinces = provinces;
        this.periods = periods;
    }

    /// <summary>Loads every figure of <paramref name="submissions"/> and the province of each cell.</summary>
    public static DuckDbFigures Load(IEnumerable<Submission> submissions, UnitId[] provinces, IReadOnlyDictionary<UnitId, int> provinceOf)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                CREATE TABLE cell_province (cell INTEGER NOT NULL, province INTEGER NOT NULL);
                CREATE TABLE figures (cell INTEGER NOT NULL, period INTEGER NOT NULL, line INTEGER NOT NULL, nominal BIGINT NOT NULL, unbounded BOOLEAN NOT NULL);
                """;
            command.ExecuteNonQuery();
        }
        var cells = new Dictionary<UnitId, int>();
        using (var appender = connection.CreateAppender("cell_province"))
        {
            foreach (var (cell, province) in provinceOf)
            {
                cells.Add(cell, cells.Count);
                appender.CreateRow().AppendValue(cells[cell]).AppendValue(province).EndRow();
            }
        }
        var periods = new List<ReportingPeriod>();
        using (var appender = connection.CreateAppender("figures"))
        {
            foreach (var submission in submissions)
            {
                var period = periods.IndexOf(submission.Key.Period);
                if (period < 0)
                {
                    period = periods.Count;
                    periods.Add(submission.Key.Period);
                }
                var cell = cells[submission.Key.Unit];
                for (var i = 0; i < submission.Figures.Length; i++)
                {
                    var value = submission.Figures[i].Value;
                    var (nominal, qualifier) = value.Count is { } count ? (count.Value, count.Qualifier) : (value.Money!.Value.Value.Value, value.Money.Value.Qualifier);
                    appender.CreateRow().AppendValue(cell).AppendValue(period).AppendValue(i).AppendValue(nominal)
                        .AppendValue(qualifier == AmountQualifier.Over).EndRow();
                }
            }
        }
        return new DuckDbFigures(connection, provinces, periods);
    }

    /// <summary>The roll-up of <paramref name="period"/> by province and line, ordered like <see cref="SubmissionRollupBenchmarks.Reference"/>.</summary>
    public List<FigureRollupRow> Rollup(ReportingPeriod period)
    {
        using var command = connection.CreateCommand();
        command.CommandText = RollupSql;
        command.Parameters.Add(new DuckDBParameter("period", periods.IndexOf(period)));
        var rows = new List<FigureRollupRow>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add(new FigureRollupRow(provinces[reader.GetInt32(0)], reader.GetInt32(1), reader.GetInt64(2), reader.GetBoolean(3)));
            }
        }
        rows.Sort(static (a, b) =>
        {
            var order = string.CompareOrdinal(a.Province.Value, b.Province.Value);
            return order != 0 ? order : a.Line.CompareTo(b.Line);
        });
        return rows;
    }

    /// <inheritdoc/>
    public void Dispose() => connection.Dispose();
}
