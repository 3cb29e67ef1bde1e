using System.Collections.Immutable;
using DomainKit.Data;
using DomainKit.Indicators;
using DomainKit.Text;
using NodaTime;

namespace DomainKit.Aggregation;

/// <summary>
/// Computes reports over a dataset: the items of a root unit's subtree, in a period, grouped by dimensions, with
/// measures that each combine over time and over units by their own rule. Detail rows, subtotals by the first
/// dimension and the total are each computed by those rules, never by adding up snapshots. Immutable and
/// thread-safe: one engine can run many queries at once.
/// </summary>
public sealed class ReportEngine
{
    private readonly Dataset dataset;
    private readonly IClock clock;

    /// <summary>Creates an engine over <paramref name="dataset"/>; <paramref name="clock"/> stamps reports (the system clock by default).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>.</exception>
    public ReportEngine(Dataset dataset, IClock? clock = null)
    {
        this.dataset = dataset ?? throw new ArgumentNullException(nameof(dataset));
        this.clock = clock ?? SystemClock.Instance;
    }

    /// <summary>Says what the engine reports on: <c>ReportEngine over Dataset: 3 units, ...</c>.</summary>
    public override string ToString() => $"ReportEngine over {dataset}";

    /// <summary>Runs a query.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The root is not in the dataset, the query has no measures, groups by a dimension twice or by two time dimensions.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="OverflowException">
    /// A sum of money does not fit in 64 bits. It cannot happen with data that validation passes without DK106 (the
    /// flows of one ledger) and DK107 (the amounts of the whole dataset): every figure adds up some of those amounts.
    /// </exception>
    public ReportTable Run(ReportQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Measures.IsDefaultOrEmpty || query.Measures.Any(m => m is null))
        {
            throw new ArgumentException("A report needs at least one measure, and no null ones.", nameof(query));
        }
        if (!query.GroupBy.IsDefault && query.GroupBy.Any(d => d is null))
        {
            throw new ArgumentException("A report cannot group by a null dimension.", nameof(query));
        }
        query = query.GroupBy.IsDefault ? query with { GroupBy = [] } : query;
        var scope = new UnitScope(dataset, query);
        var keys = new KeySpace(dataset, query, scope);
        var depth = keys.Count;
        var subjects = query.Measures.Select(m => m.Subject).Distinct().ToArray();

        var levels = depth >= 2 ? new[] { depth, 1, 0 } : depth == 1 ? [1, 0] : [0];
        var tables = new Dictionary<(MeasureSubject, int), CellTable>();
        var unplaced = new UnplacedTally();
        foreach (var subject in subjects)
        {
            foreach (var level in levels)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var measures = Enumerable.Range(0, query.Measures.Length)
                    .Where(m => query.Measures[m].Subject == subject && Classified(query.Measures[m], keys, level))
                    .ToArray();
                if (measures.Length == 0)
                {
                    continue;
                }
                if (level < depth && tables.TryGetValue((subject, depth), out var details) && Derivable(query, keys, subject, level))
                {
                    var derived = Derive(details, keys, level, query.Measures.Length, measures);
                    if (subject == MeasureSubject.Funds && SplitsEntries(keys, level, depth))
                    {
                        // Rows split by entry kind or purpose exist only where entries are, so a ledger known but quiet
                        // in a bucket left no detail behind: its placement marks the coarser rows known, without its entries.
                        FundPass.MarkLedgers(new PassContext(dataset, query, scope, keys, level, derived, measures));
                    }
                    tables[(subject, level)] = derived;
                    continue;
                }
                var table = new CellTable(LevelSize(keys, level), query.Measures.Length);
                var pass = new PassContext(dataset, query, scope, keys, level, table, measures);
                switch (subject)
                {
                    case MeasureSubject.Models:
                        ModelPass.Run(pass);
                        break;
                    case MeasureSubject.Funds:
                        FundPass.Run(pass);
                        break;
                    case MeasureSubject.Pledges:
                        PledgePass.Run(pass);
                        break;
                    default:
                        CommendationPass.Run(pass);
                        break;
                }
                if (level == levels[0])
                {
                    unplaced.Add(pass);
                }
                tables[(subject, level)] = table;
            }
        }

        var rows = Rows(query, keys, tables, depth, RowKind.Detail);
        var subtotals = depth >= 2 ? Rows(query, keys, tables, 1, RowKind.Subtotal) : [];
        var total = Rows(query, keys, tables, 0, RowKind.Total) is { Length: > 0 } totals
            ? totals[0]
            : new ReportRow(RowKind.Total, [], [.. query.Measures.Select(Empty)]);
        var metadata = new ReportMetadata(scope.Tree.UnitAt(scope.Root), query.Period, query.Hierarchy, query.Basis, query.Eligibility,
            clock.GetCurrentInstant(), Definitions(query), unplaced.Count);
        var groupsByUnit = query.GroupBy.Any(d => d.Source is DimensionSource.ChildOfRoot or DimensionSource.UnitAtLevel);
        return new ReportTable(query, metadata, rows, subtotals, total, unplaced.Findings(dataset, scope, query, groupsByUnit));
    }

    // A measure has values at a level when every dimension of the level classifies its items.
    private static bool Classified(Measure measure, KeySpace keys, int level)
    {
        for (var d = 0; d < level; d++)
        {
            var source = keys[d].Source;
            if (!keys[d].Classifies(measure.Subject)
                || (measure.Source is MeasureSource.FundBalance or MeasureSource.OutstandingLoans && source is DimensionSource.FundEntryKind or DimensionSource.Purpose)
                || (measure.Source is MeasureSource.EligibleMembers or MeasureSource.ParticipationRate && source is DimensionSource.EvaluationRating))
            {
                return false;
            }
        }
        return true;
    }

    // Summing detail cells gives a coarser level only when nothing summed is a snapshot taken at several times
    // and no one is counted twice: flows always, stocks when no time dimension is summed away, pledges never
    // (a member with two pledges is one member).
    private static bool Derivable(ReportQuery query, KeySpace keys, MeasureSubject subject, int level)
    {
        if (subject == MeasureSubject.Pledges)
        {
            return false;
        }
        var timeSummedAway = keys.TimeDimension >= level;
        return query.Measures.Where(m => m.Subject == subject)
            .All(m => Classified(m, keys, keys.Count) && (!timeSummedAway || m.OverTime == TimeAggregation.Sum));
    }

    // Whether the levels summed away split a ledger's entries by kind or purpose, while the coarser level does not.
    private static bool SplitsEntries(KeySpace keys, int level, int depth)
    {
        for (var d = 0; d < level; d++)
        {
            if (keys[d].Source is DimensionSource.FundEntryKind or DimensionSource.Purpose)
            {
                return false;
            }
        }
        for (var d = level; d < depth; d++)
        {
            if (keys[d].Source is DimensionSource.FundEntryKind or DimensionSource.Purpose)
            {
                return true;
            }
        }
        return false;
    }

    private static CellTable Derive(CellTable details, KeySpace keys, int level, int measureCount, int[] measures)
    {
        var table = new CellTable(LevelSize(keys, level), measureCount);
        var unit = level == 0 ? long.MaxValue : keys.Strides[level - 1];
        for (var cell = 0; cell < details.Count; cell++)
        {
            var key = details.Keys[cell];
            var target = table.Cell(level == 0 ? 0 : key - key % unit);
            foreach (var m in measures)
            {
                table.Merge(target, m, details, cell);
            }
        }
        return table;
    }

    // Keys of a coarser level keep the detail strides, so they range as widely as the details.
    private static long LevelSize(KeySpace keys, int level) => level == 0 ? 1 : keys.Size;

    private static ImmutableArray<ReportRow> Rows(ReportQuery query, KeySpace keys, Dictionary<(MeasureSubject, int), CellTable> tables, int level, RowKind kind)
    {
        var levelTables = new Dictionary<MeasureSubject, CellTable>();
        var keyList = new List<long>(level == 0 ? 1 : 64);
        foreach (var ((subject, tableLevel), table) in tables)
        {
            if (tableLevel == level)
            {
                levelTables[subject] = table;
                keyList.AddRange(table.Keys);
            }
        }
        if (level == 0)
        {
            keyList.Add(0);
        }
        keyList.Sort();
        var allKeys = new List<long>(keyList.Count);
        foreach (var key in keyList)
        {
            if (allKeys.Count == 0 || allKeys[^1] != key)
            {
                allKeys.Add(key);
            }
        }
        var rows = ImmutableArray.CreateBuilder<ReportRow>(allKeys.Count);
        foreach (var key in allKeys)
        {
            var dimensionValues = ImmutableArray.CreateBuilder<DimensionValue>(level);
            var rest = key;
            for (var d = 0; d < level; d++)
            {
                var code = (int)(rest / keys.Strides[d]);
                rest %= keys.Strides[d];
                dimensionValues.Add(keys.ValueOf(d, code));
            }
            var values = ImmutableArray.CreateBuilder<MeasureValue>(query.Measures.Length);
            for (var m = 0; m < query.Measures.Length; m++)
            {
                var measure = query.Measures[m];
                values.Add(!Classified(measure, keys, level)
                    ? MeasureValue.Missing(measure.ValueKind)
                    : levelTables.TryGetValue(measure.Subject, out var table) && table.TryGetCell(key, out var cell)
                        ? ValueOf(measure, table, cell, m)
                        : Empty(measure));
            }
            rows.Add(new ReportRow(kind, dimensionValues.MoveToImmutable(), values.MoveToImmutable()));
        }
        return rows.MoveToImmutable();
    }

    // A figure is what the items that report into its cell add up to: a real 0 when items are there and none counts
    // (models of the unit, none launched; a fund's ledger, no contribution in the quarter). With no item reporting, or
    // part of it not known (a balance inside a summary entry's span), it is missing, never 0.
    private static MeasureValue ValueOf(Measure measure, CellTable table, int cell, int m) => measure.Source switch
    {
        // With nobody known to be eligible, a rate is undefined: missing, never 0% or 100%.
        MeasureSource.ParticipationRate => table.Second(cell, m) > 0
            ? MeasureValue.OfRate(table.Value(cell, m), table.Second(cell, m))
            : MeasureValue.Missing(MeasureValueKind.Rate),
        _ when table.Reports(cell, m) == 0 || table.IsUnknown(cell, m) => MeasureValue.Missing(measure.ValueKind),
        _ => measure.ValueKind == MeasureValueKind.Money
            ? MeasureValue.OfMoney(new Money.Dong(table.Value(cell, m)))
            : MeasureValue.OfCount(table.Value(cell, m)),
    };

    // No item of the measure's subject fell in the row: there are no figures for it there, which is not zero.
    private static MeasureValue Empty(Measure measure) => MeasureValue.Missing(measure.ValueKind);

    private static ImmutableArray<LocalizedText> Definitions(ReportQuery query)
    {
        var definitions = ImmutableArray.CreateBuilder<LocalizedText>();
        foreach (var measure in query.Measures)
        {
            var (vi, en) = (measure.OverTime, measure.OverUnits) switch
            {
                (TimeAggregation.Sum, _) => ("phát sinh trong kỳ, cộng theo thời gian và theo đơn vị", "a flow within the period, added over time and over units"),
                (TimeAggregation.LastValue, _) when measure.Window != Window.Period => ("lũy kế đến cuối kỳ, lấy giá trị cuối theo thời gian, cộng theo đơn vị", "cumulative to the end of the period: the last value over time, added over units"),
                (TimeAggregation.LastValue, _) => ("số tại thời điểm cuối kỳ, lấy giá trị cuối theo thời gian, cộng theo đơn vị", "a stock at the end of the period: the last value over time, added over units"),
                _ => ("tỷ lệ tính lại từ tử số và mẫu số ở mỗi cấp, không cộng", "a rate recomputed from its numerator and denominator at every level, never added"),
            };
            definitions.Add(new LocalizedText($"{measure.Name.Vietnamese}: {vi}.", $"{measure.Name.English}: {en}."));
        }
        if (query.Measures.Any(m => m.Source is MeasureSource.EligibleMembers or MeasureSource.ParticipationRate))
        {
            definitions.Add(query.Eligibility switch
            {
                Units.EligibilityDefinition.AllMembers => new("Số thuộc diện: toàn bộ đảng viên, hội viên.", "Eligible: all members."),
                Units.EligibilityDefinition.ExcludingExempt => new("Số thuộc diện: tổng số trừ số được miễn sinh hoạt.", "Eligible: members less those exempt from activities."),
                _ => new("Số thuộc diện: tổng số trừ số được miễn sinh hoạt và số đi làm ăn xa.", "Eligible: members less those exempt and those working far away."),
            });
        }
        if (query.Measures.Any(m => m.Source == MeasureSource.Distinct))
        {
            definitions.Add(new("Số người (hộ) được hỗ trợ: cộng số người của từng khoản chi; một người được hỗ trợ nhiều lần có thể được tính nhiều lần.",
                "Distinct beneficiaries: the distinct counts of the entries added up; one person helped by several entries may count more than once."));
        }
        return definitions.ToImmutable();
    }
}
