using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Units;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace DomainKit.Benchmarks;

/// <summary>
/// A dataset loaded into an in-memory SQLite database (Microsoft.Data.Sqlite), with the hierarchy as a closure
/// table, and the roll-up and participation queries as SQL: the peer a relational implementation gives.
/// </summary>
/// <remarks>
/// Tables: <c>units(id, kind, parent)</c>, <c>closure(ancestor, descendant, depth)</c> (every unit is its own
/// ancestor at depth 0), <c>funds(id, owner)</c>, <c>entries(fund_id, day, kind, amount)</c>,
/// <c>head_counts(unit_id, as_of, members, exempt)</c> and <c>pledges(unit_id, individual, period_start,
/// period_end, cancelled)</c>. Days are integers yyyymmdd, so a month is <c>day / 100</c>; unit kinds are
/// indexes in <see cref="UnitKind.BuiltIn"/>; entry kinds are <see cref="FundEntryKind"/> values. Loading uses
/// prepared statements in one transaction; the indexes are built after loading and give SQLite its best case:
/// a covering index of entries by day and of pledges by period.
/// </remarks>
public sealed class SqliteNationalDatabase : IDisposable
{
    private const string RollupSql = """
        SELECT c.ancestor, e.day / 100 AS month, e.kind, SUM(e.amount)
        FROM entries e
        JOIN funds f ON f.id = e.fund_id
        JOIN closure c ON c.descendant = f.owner
        JOIN units u ON u.id = c.ancestor
        WHERE u.kind = $province AND e.day BETWEEN $from AND $to AND e.amount IS NOT NULL
        GROUP BY c.ancestor, month, e.kind
        """;

    private const string ParticipationSql = """
        WITH latest AS (
            SELECT h.unit_id, h.members, h.exempt
            FROM head_counts h
            JOIN units cell ON cell.id = h.unit_id AND cell.kind = $cell
            WHERE h.as_of = (SELECT MAX(h2.as_of) FROM head_counts h2 WHERE h2.unit_id = h.unit_id AND h2.as_of <= $end)
        ),
        eligible AS (
            SELECT c.ancestor AS commune, SUM(MAX(l.members - l.exempt, 0)) AS eligible
            FROM latest l
            JOIN closure c ON c.descendant = l.unit_id
            JOIN units u ON u.id = c.ancestor AND u.kind = $commune
            WHERE l.members IS NOT NULL AND l.exempt IS NOT NULL
            GROUP BY c.ancestor
        ),
        registered AS (
            SELECT c.ancestor AS commune, COUNT(*) AS registered
            FROM pledges p
            JOIN closure c ON c.descendant = p.unit_id
            JOIN units u ON u.id = c.ancestor AND u.kind = $commune
            WHERE p.period_start = $start AND p.period_end = $end AND p.individual = 1 AND p.cancelled = 0
            GROUP BY c.ancestor
        )
        SELECT e.commune, COALESCE(r.registered, 0), e.eligible
        FROM eligible e LEFT JOIN registered r ON r.commune = e.commune
        """;

    private static readonly Dictionary<UnitKind, int> KindCodes =
        UnitKind.BuiltIn.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);

    private readonly SqliteConnection connection;
    private readonly UnitId[] unitIds;

    private SqliteNationalDatabase(SqliteConnection connection, UnitId[] unitIds)
    {
        this.connection = connection;
        this.unitIds = unitIds;
    }

    /// <summary>Loads the units and the closure table, and the fund ledgers or the pledges and head counts, or both.</summary>
    public static SqliteNationalDatabase Load(Dataset dataset, bool funds, bool pledges)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE units (id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, parent INTEGER);
            CREATE TABLE closure (ancestor INTEGER NOT NULL, descendant INTEGER NOT NULL, depth INTEGER NOT NULL, PRIMARY KEY (descendant, ancestor)) WITHOUT ROWID;
            CREATE TABLE funds (id INTEGER PRIMARY KEY, owner INTEGER NOT NULL);
            CREATE TABLE entries (fund_id INTEGER NOT NULL, day INTEGER NOT NULL, kind INTEGER NOT NULL, amount INTEGER);
            CREATE TABLE head_counts (unit_id INTEGER NOT NULL, as_of INTEGER NOT NULL, members INTEGER, exempt INTEGER);
            CREATE TABLE pledges (unit_id INTEGER NOT NULL, individual INTEGER NOT NULL, period_start INTEGER NOT NULL, period_end INTEGER NOT NULL, cancelled INTEGER NOT NULL);
            """);

        // Units are numbered from 1 in the dataset's order; the first of a repeated id wins, as in the dataset.
        var numbers = new Dictionary<UnitId, long>();
        var byId = new Dictionary<UnitId, Unit>();
        var ids = new List<UnitId> { default };
        foreach (var unit in dataset.Units)
        {
            if (!unit.Id.IsEmpty && numbers.TryAdd(unit.Id, ids.Count))
            {
                ids.Add(unit.Id);
                byId.Add(unit.Id, unit);
            }
        }

        using (var transaction = connection.BeginTransaction())
        {
            using (var insert = Prepare(connection, transaction, "INSERT INTO units VALUES ($1, $2, $3)", 3))
            {
                for (var number = 1; number < ids.Count; number++)
                {
                    var unit = byId[ids[number]];
                    Run(insert, number, unit.Kind is not null && KindCodes.TryGetValue(unit.Kind, out var code) ? code : -1,
                        unit.ParentId is UnitId p && numbers.TryGetValue(p, out var parent) ? parent : DBNull.Value);
                }
            }
            using (var insert = Prepare(connection, transaction, "INSERT INTO closure VALUES ($1, $2, $3)", 3))
            {
                foreach (var (id, number) in numbers)
                {
                    var current = id;
                    for (var depth = 0; depth < 64; depth++)
                    {
                        Run(insert, numbers[current], number, depth);
                        if (byId[current].ParentId is not UnitId parent || !numbers.ContainsKey(parent))
                        {
                            break;
                        }
                        current = parent;
                    }
                }
            }
            if (funds)
            {
                LoadFunds(connection, transaction, dataset, numbers);
            }
            if (pledges)
            {
                LoadPledges(connection, transaction, dataset, numbers);
            }
            transaction.Commit();
        }

        Execute(connection, "CREATE INDEX closure_by_ancestor ON closure (ancestor, descendant);");
        if (funds)
        {
            Execute(connection, "CREATE INDEX entries_by_day ON entries (day, fund_id, kind, amount);");
        }
        if (pledges)
        {
            Execute(connection, """
                CREATE INDEX head_counts_by_unit ON head_counts (unit_id, as_of);
                CREATE INDEX pledges_by_period ON pledges (period_start, period_end, individual, cancelled, unit_id);
                """);
        }
        Execute(connection, "ANALYZE;");
        return new SqliteNationalDatabase(connection, [.. ids]);
    }

    /// <summary>The national roll-up of fund flows by province × month × kind over <paramref name="period"/>, ordered like <see cref="LinqFundFlowRollup"/>.</summary>
    public List<FundFlowRow> Rollup(ReportingPeriod period)
    {
        using var command = connection.CreateCommand();
        command.CommandText = RollupSql;
        command.Parameters.AddWithValue("$province", KindCodes[UnitKind.Province]);
        command.Parameters.AddWithValue("$from", Day(period.Start));
        command.Parameters.AddWithValue("$to", Day(period.End));
        var rows = new List<FundFlowRow>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add(new FundFlowRow(unitIds[reader.GetInt64(0)], reader.GetInt32(1), (FundEntryKind)reader.GetInt32(2), reader.GetInt64(3)));
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

    /// <summary>Pledge participation by commune in <paramref name="period"/>, ordered like <see cref="LinqPledgeParticipation"/>.</summary>
    public List<ParticipationRow> Participation(ReportingPeriod period)
    {
        using var command = connection.CreateCommand();
        command.CommandText = ParticipationSql;
        command.Parameters.AddWithValue("$cell", KindCodes[UnitKind.PartyCell]);
        command.Parameters.AddWithValue("$commune", KindCodes[UnitKind.Commune]);
        command.Parameters.AddWithValue("$start", Day(period.Start));
        command.Parameters.AddWithValue("$end", Day(period.End));
        var rows = new List<ParticipationRow>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add(new ParticipationRow(unitIds[reader.GetInt64(0)], reader.GetInt64(1), reader.GetInt64(2)));
            }
        }
        rows.Sort((a, b) => string.CompareOrdinal(a.Commune.Value, b.Commune.Value));
        return rows;
    }

    /// <inheritdoc/>
    public void Dispose() => connection.Dispose();

    private static void LoadFunds(SqliteConnection connection, SqliteTransaction transaction, Dataset dataset, Dictionary<UnitId, long> units)
    {
        var funds = new Dictionary<FundId, long>();
        using (var insert = Prepare(connection, transaction, "INSERT INTO funds VALUES ($1, $2)", 2))
        {
            foreach (var fund in dataset.Funds)
            {
                if (!fund.Id.IsEmpty && units.TryGetValue(fund.OwnerId, out var owner) && funds.TryAdd(fund.Id, funds.Count + 1))
                {
                    Run(insert, funds[fund.Id], owner);
                }
            }
        }
        using (var insert = Prepare(connection, transaction, "INSERT INTO entries VALUES ($1, $2, $3, $4)", 4))
        {
            // Entries of one fund come in runs, so the last look-up is remembered.
            FundId last = default;
            long lastNumber = 0;
            foreach (var entry in dataset.FundEntries)
            {
                if (entry.FundId != last)
                {
                    last = entry.FundId;
                    lastNumber = !last.IsEmpty && funds.TryGetValue(last, out var number) ? number : 0;
                }
                if (lastNumber == 0)
                {
                    continue;
                }
                Run(insert, lastNumber, Day(entry.Date), (int)entry.Kind, EntryAmount.Of(entry) is long amount ? amount : DBNull.Value);
            }
        }
    }

    private static void LoadPledges(SqliteConnection connection, SqliteTransaction transaction, Dataset dataset, Dictionary<UnitId, long> units)
    {
        using (var insert = Prepare(connection, transaction, "INSERT INTO head_counts VALUES ($1, $2, $3, $4)", 4))
        {
            foreach (var unit in dataset.Units)
            {
                if (!units.TryGetValue(unit.Id, out var number))
                {
                    continue;
                }
                foreach (var count in unit.HeadCounts.IsDefault ? [] : unit.HeadCounts)
                {
                    if (count is not null)
                    {
                        Run(insert, number, Day(count.AsOf), count.Members is int m ? m : DBNull.Value, count.Exempt is int e ? e : DBNull.Value);
                    }
                }
            }
        }
        using (var insert = Prepare(connection, transaction, "INSERT INTO pledges VALUES ($1, $2, $3, $4, $5)", 5))
        {
            foreach (var pledge in dataset.Pledges)
            {
                if (pledge.Pledger is null || !units.TryGetValue(pledge.Pledger.UnitId, out var unit))
                {
                    continue;
                }
                Run(insert, unit, pledge.Pledger.Kind == PledgerKind.Individual ? 1 : 0, Day(pledge.Period.Start), Day(pledge.Period.End),
                    pledge.CancelledOn is null ? 0 : 1);
            }
        }
    }

    private static int Day(LocalDate date) => (date.Year * 10_000) + (date.Month * 100) + date.Day;

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$" + i, SqliteType.Integer));
        }
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params ReadOnlySpan<object> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
        command.ExecuteNonQuery();
    }
}
