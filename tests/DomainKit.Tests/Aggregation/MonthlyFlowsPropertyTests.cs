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

/// <summary>
/// Reports whose time buckets are whole months read a store's monthly rows; others read every entry. Both ways must
/// give the same figures, whatever the entries: kinds, goods with and without a value, beneficiaries, summary entries.
/// </summary>
public sealed class MonthlyFlowsPropertyTests
{
    private static readonly string[] Communes = ["xa-0", "xa-1", "xa-2"];
    private static readonly LocalDate Year2023 = new(2023, 1, 1);

    private static readonly Gen<FundEntry> Entries =
        from commune in Gen.Choose(0, Communes.Length - 1)
        from day in Gen.Choose(0, 364)
        from amount in Gen.Choose(1, 5_000)
        from kind in Gen.Choose(0, 7)
        from occurrences in Gen.Choose(-1, 20)
        from spanDays in Gen.Choose(0, 120)
        select Make(new FundId("quy-" + Communes[commune]), Year2023.PlusDays(day), new Dong(amount * 1_000L), kind, occurrences, spanDays);

    private static FundEntry Make(FundId fund, LocalDate date, Dong amount, int kind, int occurrences, int spanDays) => kind switch
    {
        0 => new Contribution(fund, date, amount),
        1 => new Disbursement(fund, date, amount) { Beneficiaries = occurrences < 0 ? null : new Beneficiaries(occurrences, occurrences / 2) },
        2 => new LoanDisbursement(fund, date, amount, "l-" + date),
        3 => new LoanRepayment(fund, date, amount, "l-" + date),
        4 => new InKindReceipt(fund, date, new Goods("gạo", 10, "kg")) { Valuation = new Valuation(amount, date) },
        5 => new InKindDistribution(fund, date, new Goods("gạo", 5, "kg")),
        // A summary entry: its span may lie in one month, in one quarter, or across several.
        6 => new Contribution(fund, date, amount) { Covers = ReportingPeriod.Range(date.PlusDays(-spanDays), date) },
        _ => new Disbursement(fund, date, amount) { Covers = ReportingPeriod.Range(date.PlusDays(-spanDays), date) },
    };

    private static Dataset Build(IEnumerable<FundEntry> entries)
    {
        var builder = new DatasetBuilder().Add(new Unit { Id = "tinh", Name = "Tỉnh", Kind = UnitKind.Province });
        foreach (var commune in Communes)
        {
            builder.Add(new Unit { Id = commune, Name = commune, Kind = UnitKind.Commune, ParentId = new UnitId("tinh") });
            builder.Add(new Fund { Id = "quy-" + commune, Name = "Quỹ " + commune, OwnerId = commune });
        }
        return builder.Add(entries).Build();
    }

    private static readonly Measure[] Flows =
        [Measure.FlowAmount, Measure.Contributions, Measure.InKindValue, Measure.BeneficiaryOccurrences, Measure.DistinctBeneficiaries];

    // The rows of a table as text, keyed by their keys, for the buckets of 2023 only.
    private static Dictionary<string, string> Rows(ReportTable table)
        => table.Rows.Where(r => !r.Keys.Any(k => k.Key.StartsWith("2022", StringComparison.Ordinal) || k.Key.StartsWith("2024", StringComparison.Ordinal)))
            .ToDictionary(r => string.Join("|", r.Keys.Select(k => k.Key)), r => string.Join("|", r.Values.Select(v => v.ToString())));

    [Property]
    public Property Whole_month_buckets_give_the_same_figures_as_reading_every_entry()
    {
        // 2023 by quarter reads the monthly rows; from 31/12/2022 to 01/01/2024 the first and last buckets are single
        // days, so every entry is read; the quarters of 2023 are the same buckets in both.
        var wholeMonths = ReportingPeriod.Year(2023);
        var entryByEntry = ReportingPeriod.Range(new LocalDate(2022, 12, 31), new LocalDate(2024, 1, 1));
        return Prop.ForAll(Gen.ListOf(Entries).Select(l => l.ToArray()).ToArbitrary(), entries =>
        {
            var engine = new ReportEngine(Build(entries));
            foreach (var groupBy in new Dimension[][] { [Dimension.Quarter, Dimension.FundEntryKind], [Dimension.ChildOfRoot, Dimension.Month], [Dimension.Fund, Dimension.Year] })
            {
                var byMonths = engine.Run(new ReportQuery { Root = "tinh", Period = wholeMonths, Measures = [.. Flows], GroupBy = [.. groupBy] });
                var byEntries = engine.Run(new ReportQuery { Root = "tinh", Period = entryByEntry, Measures = [.. Flows], GroupBy = [.. groupBy] });
                var expected = Rows(byEntries);
                var actual = Rows(byMonths);
                if (!expected.OrderBy(p => p.Key).SequenceEqual(actual.OrderBy(p => p.Key)))
                {
                    return false.Label($"{string.Join(", ", groupBy.Select(d => d.Code))}:\n{byEntries}\n---\n{byMonths}");
                }
            }
            return true.Label("same");
        });
    }
}
