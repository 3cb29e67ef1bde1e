using DomainKit.Funds;
using DomainKit.Money;
using NodaTime;

namespace DomainKit.Tests.Funds;

public sealed class FundLedgerTests
{
    private static readonly Fund ChonThanh = new() { Id = "chon-thanh", Name = "Đảng viên thực hành tiết kiệm", OwnerId = "thi-uy-chon-thanh" };

    private static readonly LocalDate Day = new(2023, 11, 10);

    [Fact]
    public void Balance_at_the_end_of_a_day_includes_that_days_entries_and_at_the_start_does_not()
    {
        var ledger = FundLedger.Create(ChonThanh,
        [
            new Contribution("chon-thanh", Day.PlusDays(-1), new Dong(1_000_000)),
            new Disbursement("chon-thanh", Day, new Dong(400_000)),
        ]);

        Assert.Equal(new Dong(1_000_000), ledger.BalanceOn(Day, BalanceTime.StartOfDay));
        Assert.Equal(new Dong(600_000), ledger.BalanceOn(Day, BalanceTime.EndOfDay));
    }

    [Fact]
    public void Entries_are_ordered_by_date_keeping_the_order_of_a_day()
    {
        var first = new Contribution("chon-thanh", Day, new Dong(1)) { Reference = "first" };
        var second = new Contribution("chon-thanh", Day, new Dong(2)) { Reference = "second" };
        var earlier = new Contribution("chon-thanh", Day.PlusDays(-3), new Dong(3)) { Reference = "earlier" };

        var ledger = FundLedger.Create(ChonThanh, [first, second, earlier, new Contribution("other", Day, new Dong(9))]);

        Assert.Equal(["earlier", "first", "second"], ledger.Entries.Select(e => e.Reference));
    }

    [Fact]
    public void Goods_and_balance_assertions_do_not_move_cash()
    {
        var ledger = FundLedger.Create(ChonThanh,
        [
            new OpeningBalance("chon-thanh", Day.PlusDays(-10), new Dong(5_000_000)),
            new InKindReceipt("chon-thanh", Day, new Goods("gạo", 2_500m, "kg")) { Valuation = new Valuation(new Dong(37_500_000), Day) },
            new InKindDistribution("chon-thanh", Day, new Goods("gạo", 2_500m, "kg")),
            new BalanceAssertion("chon-thanh", Day, new Dong(1), BalanceTime.EndOfDay),
        ]);

        Assert.Equal(new Dong(5_000_000), ledger.BalanceOn(Day, BalanceTime.EndOfDay));
    }

    [Fact]
    public void Loans_leave_the_balance_and_repayments_come_back()
    {
        // "vay vốn 50.000.000 đồng ..., thời gian vay 36 tháng"
        var ledger = FundLedger.Create(ChonThanh,
        [
            new Contribution("chon-thanh", Day.PlusDays(-30), new Dong(131_500_000)),
            new LoanDisbursement("chon-thanh", Day.PlusDays(-20), new Dong(50_000_000), "ct-2023-01") { TermMonths = 36 },
            new LoanRepayment("chon-thanh", Day, new Dong(10_000_000), "ct-2023-01"),
        ]);

        Assert.Equal(new Dong(91_500_000), ledger.BalanceOn(Day, BalanceTime.EndOfDay));
        Assert.Equal(new Dong(50_000_000), ledger.OutstandingLoansOn(Day.PlusDays(-1)));
        Assert.Equal(new Dong(40_000_000), ledger.OutstandingLoansOn(Day));
    }

    [Fact]
    public void Repayments_above_the_principal_do_not_make_loans_negative()
    {
        var ledger = FundLedger.Create(ChonThanh,
        [
            new LoanDisbursement("chon-thanh", Day, new Dong(1_000), "l1"),
            new LoanRepayment("chon-thanh", Day, new Dong(5_000), "l1"),
        ]);

        Assert.Equal(Dong.Zero, ledger.OutstandingLoansOn(Day));
    }

    [Fact]
    public void Cash_effects_are_signed_by_direction()
    {
        Assert.Equal(new Dong(-7), new Disbursement("f", Day, new Dong(7)).CashEffect);
        Assert.Equal(new Dong(-7), new LoanDisbursement("f", Day, new Dong(7), "l").CashEffect);
        Assert.Equal(new Dong(7), new LoanRepayment("f", Day, new Dong(7), "l").CashEffect);
        Assert.Equal(FundEntryKind.LoanDisbursement, new LoanDisbursement("f", Day, new Dong(7), "l").Kind);
    }

    [Fact]
    public void A_balance_beyond_64_bits_throws_instead_of_wrapping()
    {
        var ledger = FundLedger.Create(ChonThanh,
        [
            new Contribution("chon-thanh", Day, Dong.MaxValue),
            new Contribution("chon-thanh", Day, new Dong(1)),
        ]);

        Assert.Throws<OverflowException>(() => ledger.BalanceOn(Day, BalanceTime.EndOfDay));
    }
}
