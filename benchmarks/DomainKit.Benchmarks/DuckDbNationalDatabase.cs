using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Periods;
using DomainKit.Units;
using DuckDB.NET.Data;

namespace DomainKit.Benchmarks;

/// <summary>
/// The national fund entries in DuckDB (in memory, every core), the roll-up's peer an analyst would reach for: the
/// entries as columns of numbers, and, its best case, the fund → province map computed once at load as a table of its
/// own, so that the query is one join and one aggregation. Loaded with DuckDB's appender.
/// </summary>
public sealed class DuckDbNationalDatabase : IDisposable
{
    private const string RollupSql = """
        SELECT p.province, CAST(year(e.day) * 100 + month(e.day) AS INTEGER) AS month, e.kind, CAST(sum(e.amount) AS BIGINT) AS amount
        FROM entries e JOIN fund_province p ON p.fund = e.fund
        WHERE e.day BETWEEN $from AND $to AND e.amount IS NOT NULL
        GROUP BY ALL
        """;

    private readonly DuckDBConnection connection;
    private readonly UnitId[] provinces;

    private DuckDbNationalDatabase(DuckDBConnection connection, UnitId[] provinces)
    {
        this.connection = connection;
        this.provinces = provinces;
    }

    /// <summary>Loads the fund → province table and every fund entry with a money amount's column (null for the others).</summary>
    public static DuckDbNationalDatabase Load(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, """
            CREATE TABLE fund_province (fund INTEGER NOT NULL, province INTEGER NOT NULL);
            CREATE TABLE entries (fund INTEGER NOT NULL, day DATE NOT NULL, kind INTEGER NOT NULL, amount BIGINT);
            """);

        var units = dataset.Units.GroupBy(u => u.Id).ToDictionary(g => g.Key, g => g.First());
        var provinceNumbers = new Dictionary<UnitId, int>();
        var provinceIds = new List<UnitId>();
        var fundNumbers = new Dictionary<FundId, int>();
        using (var appender = connection.CreateAppender("fund_province"))
        {
            foreach (var fund in dataset.Funds)
            {
                if (fund.Id.IsEmpty || fundNumbers.ContainsKey(fund.Id) || LinqFundFlowRollup.ProvinceOf(units, fund.OwnerId) is not UnitId province)
                {
                    continue;
                }
                if (!provinceNumbers.TryGetValue(province, out var number))
                {
                    provinceNumbers.Add(province, number = provinceIds.Count);
                    provinceIds.Add(province);
                }
                fundNumbers.Add(fund.Id, fundNumbers.Count + 1);
                appender.CreateRow().AppendValue(fundNumbers[fund.Id]).AppendValue(number).EndRow();
            }
        }
        using (var appender = connection.CreateAppender("entries"))
        {
            // Entries of one fund come in runs, so the last look-up is remembered.
            FundId last = default;
            var lastNumber = 0;
            foreach (var entry in dataset.FundEntries)
            {
                if (entry.FundId != last)
                {
                    last = entry.FundId;
                    lastNumber = !last.IsEmpty && fundNumbers.TryGetValue(last, out var number) ? number : 0;
                }
                if (lastNumber == 0)
                {
                    continue;
                }
                var row = appender.CreateRow().AppendValue(lastNumber).AppendValue(entry.Date.ToDateOnly()).AppendValue((int)entry.Kind);
                (EntryAmount.Of(entry) is long amount ? row.AppendValue(amount) : row.AppendNullValue()).EndRow();
            }
        }
        return new DuckDbNationalDatabase(connection, [.. provinceIds]);
    }

    /// <summary>The national roll-up of fund flows by province × month × kind over <paramref name="period"/>, ordered like <see cref="LinqFundFlowRollup"/>.</summary>
    public List<FundFlowRow> Rollup(ReportingPeriod period)
    {
        using var command = connection.CreateCommand();
        command.CommandText = RollupSql;
        command.Parameters.Add(new DuckDBParameter("from", period.Start.ToDateOnly()));
        command.Parameters.Add(new DuckDBParameter("to", period.End.ToDateOnly()));
        var rows = new List<FundFlowRow>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add(new FundFlowRow(provinces[reader.GetInt32(0)], reader.GetInt32(1), (FundEntryKind)reader.GetInt32(2), reader.GetInt64(3)));
            }
        }
        rows.Sort(static (a, b) =>
        {
            var order = string.CompareOrdinal(a.Province.Value, b.Province.Value);
            order = order != 0 ? order : a.Month.CompareTo(b.Month);
            return order != 0 ? order : a.Kind.CompareTo(b.Kind);
        });
        return rows;
    }

    /// <inheritdoc/>
    public void Dispose() => connection.Dispose();

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
