using DomainKit.Commendations;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Tests.Data;

public sealed class DatasetTests
{
    private static readonly LocalDate Day = new(2023, 11, 10);

    private static Dataset Sample() => new DatasetBuilder()
        .Add(
            new Unit { Id = "tinh-uy", Name = "Tỉnh ủy Bình Phước", Kind = UnitKind.PartyCommittee },
            new Unit { Id = "thi-uy-phuoc-long", Name = "Thị ủy Phước Long", Kind = UnitKind.PartyCommittee, ParentId = new UnitId("tinh-uy") })
        .Add(new Fund { Id = "pl-tiet-kiem", Name = "Thực hành tiết kiệm vì người nghèo", OwnerId = "thi-uy-phuoc-long" })
        .Add(
            new Disbursement("pl-tiet-kiem", Day, new Dong(3_990_589_000)),
            new Contribution("pl-tiet-kiem", Day, new Dong(6_100_542_700)),
            new Contribution("quy-khac", Day, new Dong(1)))
        .Add(new Pledge
        {
            Id = "p1",
            Pledger = Pledger.Collective("thi-uy-phuoc-long"),
            Target = PledgeTarget.ForCriteria("Chuẩn mực đạo đức"),
            Period = ReportingPeriod.Year(2023),
        })
        .Add(new PledgePayment("p1", Day, new Dong(100)), new PledgePayment("p1", Day.PlusDays(-1), new Dong(50)))
        .Add(new Commendation
        {
            Id = "qd-1",
            Recipient = Recipient.Collective("thi-uy-phuoc-long"),
            Form = AwardForm.CertificateOfMerit,
            Level = AuthorityLevel.Province,
            Date = Day,
        })
        .Build();

    [Fact]
    public void The_Phuoc_Long_fund_balance_on_10_November_2023_is_its_savings_less_its_spending()
    {
        var ledger = Sample().LedgerOf("pl-tiet-kiem");

        Assert.Equal(new Dong(2_109_953_700), ledger.BalanceOn(Day, BalanceTime.EndOfDay));
        Assert.NotNull(ledger.Fund);
    }

    [Fact]
    public void Entries_naming_a_fund_the_dataset_lacks_are_kept_in_a_ledger_without_a_fund()
    {
        var dataset = Sample();

        var orphan = dataset.LedgerOf("quy-khac");

        Assert.Null(orphan.Fund);
        Assert.Single(orphan.Entries);
        Assert.Equal(2, dataset.Ledgers.Count());
        Assert.Empty(dataset.LedgerOf("nowhere").Entries);
    }

    [Fact]
    public void Lookups_find_items_by_id()
    {
        var dataset = Sample();

        Assert.Equal("Thị ủy Phước Long", dataset.FindUnit("thi-uy-phuoc-long")!.Name);
        Assert.NotNull(dataset.FindPledge("p1"));
        Assert.NotNull(dataset.FindCommendation("qd-1"));
        Assert.Null(dataset.FindModel("none"));
        Assert.Equal(1, dataset.OrganisationTree.LevelOf("thi-uy-phuoc-long"));
    }

    [Fact]
    public void Payments_of_a_pledge_come_oldest_first_and_feed_its_statement()
    {
        var dataset = Sample();

        Assert.Equal([50L, 100L], dataset.PaymentsOf("p1").Select(p => p.Amount.Value));
        Assert.Equal(new Dong(150), dataset.StatementOf("p1", Day).TotalPaid);
        Assert.Throws<KeyNotFoundException>(() => dataset.StatementOf("none", Day));
    }

    [Fact]
    public void Repeated_ids_are_kept_and_lookups_return_the_first()
    {
        var first = new Unit { Id = "a", Name = "First", Kind = UnitKind.Commune };
        var dataset = new DatasetBuilder().Add(first, new Unit { Id = "a", Name = "Second", Kind = UnitKind.Commune }).Build();

        Assert.Equal(2, dataset.Units.Length);
        Assert.Same(first, dataset.FindUnit("a"));
    }

    [Fact]
    public void A_null_item_is_a_programming_error()
    {
        Assert.Throws<ArgumentNullException>(() => new DatasetBuilder().Add((Unit)null!));
        Assert.Throws<ArgumentNullException>(() => new DatasetBuilder().Add((IEnumerable<Unit>)null!));
    }

    [Fact]
    public void A_builder_can_go_on_after_building_without_changing_the_dataset_it_built()
    {
        var builder = new DatasetBuilder().Add(new Unit { Id = "a", Name = "A", Kind = UnitKind.Commune });
        var first = builder.Build();

        builder.Add(new Unit { Id = "b", Name = "B", Kind = UnitKind.Commune });

        Assert.Single(first.Units);
        Assert.Equal(2, builder.Build().Units.Length);
    }

    [Fact]
    public void Many_threads_can_read_one_dataset_at_once()
    {
        var dataset = Sample();

        var balances = Enumerable.Range(0, 64).AsParallel()
            .Select(_ => dataset.LedgerOf("pl-tiet-kiem").BalanceOn(Day, BalanceTime.EndOfDay).Value)
            .Distinct()
            .ToArray();

        Assert.Equal([2_109_953_700L], balances);
    }

    [Fact]
    public void The_summary_line_counts_every_kind_of_item()
        => Assert.Equal(
            "Dataset: 2 units, 0 models, 1 pledges, 2 payments, 1 funds, 3 fund entries, 1 commendations",
            Sample().ToString());

    [Fact]
    public void An_empty_dataset_holds_nothing()
    {
        Assert.Empty(Dataset.Empty.Units);
        Assert.Empty(Dataset.Empty.Ledgers);
        Assert.Equal(0, Dataset.Empty.OrganisationTree.Count);
    }
}
