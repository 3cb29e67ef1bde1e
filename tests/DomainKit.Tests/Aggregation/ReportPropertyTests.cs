using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Units;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Aggregation;

public sealed class ReportPropertyTests
{
    // A root with four districts of three communes each, one fund per commune, and random entries over 2023.
    private static readonly string[] Communes = [.. Enumerable.Range(0, 12).Select(i => $"xa-{i}")];

    private static readonly Gen<FundEntry> Entries =
        from commune in Gen.Choose(0, Communes.Length - 1)
        from day in Gen.Choose(0, 364)
        from amount in Gen.Choose(1, 5_000)
        from kind in Gen.Choose(0, 3)
        from occurrences in Gen.Choose(0, 20)
        from distinct in Gen.Choose(0, 20)
        select Make(new FundId("quy-" + Communes[commune]), new LocalDate(2023, 1, 1).PlusDays(day), new Dong(amount * 1_000L), kind, occurrences, Math.Min(distinct, occurrences));

    private static FundEntry Make(FundId fund, LocalDate date, Dong amount, int kind, int occurrences, int distinct) => kind switch
    {
        0 or 1 => new Contribution(fund, date, amount),
        2 => new Disbursement(fund, date, amount) { Beneficiaries = new Beneficiaries(occurrences, distinct) },
        _ => new LoanDisbursement(fund, date, amount, "l-" + date),
    };

    private static Dataset Build(IEnumerable<FundEntry> entries)
    {
        var builder = new DatasetBuilder().Add(new Unit { Id = "tinh", Name = "Tỉnh", Kind = UnitKind.Province });
        for (var d = 0; d < 4; d++)
        {
            builder.Add(new Unit { Id = $"huyen-{d}", Name = $"Huyện {d}", Kind = UnitKind.District, ParentId = new UnitId("tinh") });
        }
        for (var c = 0; c < Communes.Length; c++)
        {
            builder.Add(new Unit { Id = Communes[c], Name = Communes[c], Kind = UnitKind.Commune, ParentId = new UnitId($"huyen-{c % 4}") });
            builder.Add(new Fund { Id = "quy-" + Communes[c], Name = "Quỹ " + Communes[c], OwnerId = Communes[c] });
        }
        return builder.Add(entries).Build();
    }

    private static readonly Arbitrary<FundEntry[]> Ledgers = Gen.ListOf(Entries).Select(l => l.ToArray()).ToArbitrary();

    // A missing figure adds nothing to a sum; when it may appear is the subject of its own property below.
    private static long Total(ReportTable table, Measure measure) => Amount(table, table.Total, measure);

    private static long Amount(ReportTable table, ReportRow row, Measure measure)
        => table.ValueOf(row, measure).Money?.Value ?? table.ValueOf(row, measure).Count ?? 0;

    private static ReportTable Run(Dataset dataset, ReportingPeriod period, Measure[] measures, params Dimension[] groupBy)
        => new ReportEngine(dataset).Run(new ReportQuery { Root = "tinh", Period = period, Measures = [.. measures], GroupBy = [.. groupBy] });

    [Property]
    public Property A_roll_up_equals_the_sum_of_its_leaves_at_every_level()
    {
        Measure[] measures = [Measure.Contributions, Measure.Disbursements, Measure.FundBalance];
        return Prop.ForAll(Ledgers, entries =>
        {
            var dataset = Build(entries);
            var year = ReportingPeriod.Year(2023);
            var byCommune = Run(dataset, year, measures, Dimension.UnitAtLevel(2));
            var byDistrict = Run(dataset, year, measures, Dimension.ChildOfRoot);
            return measures.All(m =>
            {
                var leaves = byCommune.Rows.Sum(r => Amount(byCommune, r, m));
                var districts = byDistrict.Rows.Sum(r => Amount(byDistrict, r, m));
                var direct = m == Measure.FundBalance
                    ? dataset.Ledgers.Sum(l => l.BalanceOn(year.End, BalanceTime.EndOfDay).Value)
                    : dataset.Ledgers.Sum(l => l.Sum(m == Measure.Contributions ? FundEntryKind.Contribution : FundEntryKind.Disbursement).Value);
                return leaves == Total(byCommune, m) && districts == Total(byDistrict, m) && Total(byDistrict, m) == direct;
            });
        });
    }

    [Property]
    public Property Flows_over_consecutive_periods_add_up_and_stocks_do_not()
    {
        return Prop.ForAll(Ledgers, entries =>
        {
            var dataset = Build(entries);
            Measure[] measures = [Measure.Contributions, Measure.FundBalance, Measure.BeneficiaryOccurrences];
            var first = Run(dataset, ReportingPeriod.HalfYear(2023, 1), measures);
            var second = Run(dataset, ReportingPeriod.HalfYear(2023, 2), measures);
            var year = Run(dataset, ReportingPeriod.Year(2023), measures);
            var byQuarter = Run(dataset, ReportingPeriod.Year(2023), measures, Dimension.Quarter);
            return Total(first, Measure.Contributions) + Total(second, Measure.Contributions) == Total(year, Measure.Contributions)
                && Total(year, Measure.FundBalance) == Total(second, Measure.FundBalance)
                && Total(byQuarter, Measure.FundBalance) == (byQuarter.Rows.Length == 0 ? 0 : Amount(byQuarter, byQuarter.Rows[^1], Measure.FundBalance))
                && byQuarter.Rows.Sum(r => Amount(byQuarter, r, Measure.Contributions)) == Total(year, Measure.Contributions);
        });
    }

    [Property]
    public Property Distinct_beneficiaries_never_exceed_occurrences_in_any_row()
    {
        return Prop.ForAll(Ledgers, entries =>
        {
            var table = Run(Build(entries), ReportingPeriod.Year(2023), [Measure.BeneficiaryOccurrences, Measure.DistinctBeneficiaries], Dimension.ChildOfRoot, Dimension.Month);
            return table.Rows.Concat(table.Subtotals).Append(table.Total).All(r =>
                table.ValueOf(r, Measure.DistinctBeneficiaries).Count.GetValueOrDefault() <= table.ValueOf(r, Measure.BeneficiaryOccurrences).Count.GetValueOrDefault());
        });
    }

    [Property]
    public Property Subtotals_and_totals_of_flows_equal_the_sums_of_their_rows()
    {
        return Prop.ForAll(Ledgers, entries =>
        {
            var table = Run(Build(entries), ReportingPeriod.Year(2023), [Measure.FlowAmount], Dimension.ChildOfRoot, Dimension.Month, Dimension.FundEntryKind);
            long Amount(ReportRow r) => ReportPropertyTests.Amount(table, r, Measure.FlowAmount);
            return table.Subtotals.All(s => Amount(s) == table.Rows.Where(r => r.Keys[0] == s.Keys[0]).Sum(Amount))
                && Amount(table.Total) == table.Rows.Sum(Amount);
        });
    }

    [Property]
    public Property A_fund_without_entries_has_every_figure_missing_and_one_with_entries_has_a_real_zero_where_nothing_happened()
    {
        Measure[] measures = [Measure.Contributions, Measure.Disbursements, Measure.Loans, Measure.FundBalance, Measure.OutstandingLoans, Measure.Contributions.Over(Window.SinceInception)];
        return Prop.ForAll(Ledgers, entries =>
        {
            var dataset = Build(entries);
            var table = Run(dataset, ReportingPeriod.Year(2023), measures, Dimension.Fund);
            return table.Rows.All(row =>
            {
                var hasEntries = entries.Any(e => e.FundId.Value == row.Keys[0].Key);
                return measures.All(m => table.ValueOf(row, m).HasValue == hasEntries)
                    && (hasEntries || measures.All(m => table.ValueOf(row, m).ToString() == "–"));
            }) && (entries.Length > 0 || measures.All(m => !table.ValueOf(table.Total, m).HasValue));
        });
    }
}
