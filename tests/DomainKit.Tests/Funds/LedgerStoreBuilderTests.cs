using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Periods;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Funds;

/// <summary>
/// The builder's ways of filling its columns (record by record, straight into the columns, into room reserved from
/// an estimate too small, about right or too large, in order or not, built once or again) all give the same store.
/// </summary>
public sealed class LedgerStoreBuilderTests
{
    private static readonly LocalDate Start = new(2023, 1, 1);

    private static readonly Gen<(string Fund, int Day, long Amount, int Shape)> Plain =
        from fund in Gen.Elements("a", "b", "c")
        from day in Gen.Choose(0, 400)
        from amount in Gen.Choose(0, 1_000_000)
        from shape in Gen.Choose(0, 4)
        select (fund, day, amount * 1_000L, shape);

    private static FundEntry Record((string Fund, int Day, long Amount, int Shape) e) => e.Shape switch
    {
        0 => new Contribution(e.Fund, Start.PlusDays(e.Day), new Dong(e.Amount)),
        1 => new Disbursement(e.Fund, Start.PlusDays(e.Day), new Dong(e.Amount)) { Purpose = DisbursementPurpose.BuiltIn[e.Day % 7], Beneficiaries = new Beneficiaries(e.Day % 5, null) },
        2 => new Disbursement(e.Fund, Start.PlusDays(e.Day), new Dong(e.Amount)),
        3 => new OpeningBalance(e.Fund, Start.PlusDays(e.Day), new Dong(e.Amount)),
        _ => new LoanRepayment(e.Fund, Start.PlusDays(e.Day), new Dong(e.Amount), "vay-" + e.Day) { Note = "n" },
    };

    private static void AddColumns(LedgerStoreBuilder builder, (string Fund, int Day, long Amount, int Shape) e)
    {
        var record = Record(e);
        var day = LedgerStore.ToDayNumber(record.Date);
        var ordinal = builder.OrdinalOf(record.FundId);
        var added = record switch
        {
            Contribution c => builder.TryAddColumns(ordinal, FundEntryKind.Contribution, day, c.Amount.Value, null, null, null, false),
            OpeningBalance o => builder.TryAddColumns(ordinal, FundEntryKind.OpeningBalance, day, o.Amount.Value, null, null, null, false),
            Disbursement d => builder.TryAddColumns(ordinal, FundEntryKind.Disbursement, day, d.Amount.Value, d.Purpose, d.Beneficiaries?.Occurrences,
                d.Beneficiaries?.Distinct, d.Beneficiaries is not null),
            _ => false,
        };
        if (!added)
        {
            builder.Add(record);
        }
    }

    private static List<FundEntry> Entries(LedgerStore store)
    {
        var entries = new List<FundEntry>();
        for (var f = 0; f < store.FundCount; f++)
        {
            for (var i = store.StartOf(f); i < store.EndOf(f); i++)
            {
                entries.Add(store.EntryAt(i, store.FundAt(f)));
            }
        }
        return entries;
    }

    [Property]
    public Property Entries_added_as_columns_or_records_into_any_reservation_build_the_same_store()
    {
        return Prop.ForAll(Gen.ListOf(Plain).ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (items, reservation, sorted) =>
        {
            var list = sorted ? items.OrderBy(e => e.Fund, StringComparer.Ordinal).ThenBy(e => e.Day).ToList() : items.ToList();
            var byRecords = new LedgerStoreBuilder();
            foreach (var e in list)
            {
                byRecords.Add(Record(e));
            }
            var expected = Entries(byRecords.Build());

            var byColumns = new LedgerStoreBuilder();
            for (var i = 0; i < list.Count; i++)
            {
                if (i == list.Count / 2)
                {
                    // Too small, exact, a little more, far too much.
                    byColumns.Reserve(reservation switch { 0 => list.Count / 2 + 1, 1 => list.Count, 2 => list.Count + list.Count / 20, _ => list.Count * 3 + 10 });
                }
                AddColumns(byColumns, list[i]);
            }
            var again = byColumns.Build();
            var once = byColumns.Build(release: true);
            Assert.Equal(expected, Entries(again));
            Assert.Equal(expected, Entries(once));
            Assert.Equal(list.Count, once.Count);
            Assert.Equal(once.Count, once.DayNumbers.Length);
            Assert.Equal(once.Count, once.Amounts.Length);
            Assert.Equal(0, byColumns.Count);
        });
    }

    [Fact]
    public void A_builder_built_once_and_emptied_can_be_filled_again()
    {
        var builder = new LedgerStoreBuilder();
        builder.Add(new Contribution("a", Start, new Dong(5)));
        Assert.Single(Entries(builder.Build(release: true)));

        builder.Add(new Contribution("b", Start, new Dong(7)));
        var store = builder.Build(release: true);

        Assert.Equal([new Contribution("b", Start, new Dong(7))], Entries(store));
    }

    [Fact]
    public void Purposes_of_one_code_with_other_names_each_keep_their_names()
    {
        var builder = new LedgerStoreBuilder();
        var first = new DisbursementPurpose("economy", new("Kinh tế", "Economy"));
        var second = new DisbursementPurpose("economy", new("Phát triển kinh tế", "Economic development"));
        var other = new DisbursementPurpose("Economy", new("Kinh tế", "Economy"));
        builder.Add(new Disbursement("a", Start, new Dong(1)) { Purpose = first });
        builder.Add(new Disbursement("a", Start.PlusDays(1), new Dong(2)) { Purpose = second });
        builder.Add(new Disbursement("a", Start.PlusDays(2), new Dong(3)) { Purpose = other });

        var purposes = Entries(builder.Build()).Cast<Disbursement>().Select(d => d.Purpose!).ToList();

        Assert.Equal([first.Name, second.Name, other.Name], purposes.Select(p => p.Name));
        Assert.Equal(["economy", "economy", "Economy"], purposes.Select(p => p.Code));
    }

    [Fact]
    public void An_estimate_of_the_entries_to_come_follows_the_rate_so_far_and_leaves_a_little_room()
    {
        Assert.Equal(1_000 + 1_000 * 9 * 1.01 + 1_024, LedgerStoreBuilder.Estimate(1_000, 10_000, 100_000), 1.0);
        Assert.Equal(1_000, LedgerStoreBuilder.Estimate(1_000, 0, 100_000));
        Assert.Equal(1_000, LedgerStoreBuilder.Estimate(1_000, 200_000, 100_000));
    }
}
