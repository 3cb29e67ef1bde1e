using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using NodaTime;

namespace DomainKit.Tests.Pledges;

public sealed class PledgeStatementTests
{
    private static readonly LocalDate January1 = new(2023, 1, 1);

    // "Mỗi tổ chức, cá nhân gắn với địa chỉ nhân đạo": 300.000 đồng a month for 2023.
    private static Pledge MonthlyPledge(LocalDate? cancelledOn = null) => new()
    {
        Id = "dong-phu-01",
        Pledger = Pledger.Collective("chi-bo-01"),
        Target = PledgeTarget.ForBeneficiary("địa chỉ nhân đạo"),
        Period = ReportingPeriod.Year(2023),
        Schedule = new MoneySchedule(new Dong(300_000), ScheduleFrequency.Monthly, January1) { MaximumAmount = new Dong(500_000) },
        CancelledOn = cancelledOn,
    };

    private static PledgePayment Pay(int month, int day, long amount) => new("dong-phu-01", new LocalDate(2023, month, day), new Dong(amount));

    [Fact]
    public void Payments_settle_the_oldest_unpaid_instalment_first()
    {
        var statement = PledgeStatement.Compute(MonthlyPledge(), [Pay(3, 10, 700_000)], new LocalDate(2023, 3, 31));

        Assert.Equal([300_000L, 300_000L, 100_000L], statement.Instalments.Select(i => i.AmountPaid.Value));
        Assert.Equal(new Dong(200_000), statement.Outstanding);
        Assert.Equal(Dong.Zero, statement.UnallocatedCredit);
    }

    [Fact]
    public void Paying_ahead_leaves_credit_and_nothing_outstanding()
    {
        var statement = PledgeStatement.Compute(MonthlyPledge(), [Pay(1, 5, 1_000_000)], new LocalDate(2023, 2, 15));

        Assert.Equal(2, statement.Instalments.Length);
        Assert.All(statement.Instalments, i => Assert.True(i.IsPaid));
        Assert.Equal(new Dong(400_000), statement.UnallocatedCredit);
        Assert.Equal(PledgeStatus.InProgress, statement.Status);
    }

    [Fact]
    public void An_unpaid_instalment_due_before_the_date_makes_the_pledge_overdue()
    {
        var statement = PledgeStatement.Compute(MonthlyPledge(), [Pay(1, 5, 300_000)], new LocalDate(2023, 2, 2));

        Assert.Equal(PledgeStatus.Overdue, statement.Status);
    }

    [Fact]
    public void An_instalment_due_today_is_not_yet_overdue()
    {
        var statement = PledgeStatement.Compute(MonthlyPledge(), [Pay(1, 5, 300_000)], new LocalDate(2023, 2, 1));

        Assert.Equal(PledgeStatus.InProgress, statement.Status);
    }

    [Fact]
    public void A_pledge_before_its_period_is_pending()
    {
        var statement = PledgeStatement.Compute(MonthlyPledge(), [], new LocalDate(2022, 12, 31));

        Assert.Equal(PledgeStatus.Pending, statement.Status);
        Assert.Empty(statement.Instalments);
    }

    [Fact]
    public void A_money_pledge_paid_in_full_is_completed_after_its_period()
    {
        var payments = Enumerable.Range(1, 12).Select(m => Pay(m, 1, 300_000)).ToArray();

        var statement = PledgeStatement.Compute(MonthlyPledge(), payments, new LocalDate(2024, 1, 15));

        Assert.Equal(12, statement.Instalments.Length);
        Assert.Equal(PledgeStatus.Completed, statement.Status);
        Assert.Equal(new Dong(3_600_000), statement.TotalPaid);
    }

    [Fact]
    public void A_cancelled_pledge_is_cancelled_from_that_day_on()
    {
        var pledge = MonthlyPledge(cancelledOn: new LocalDate(2023, 6, 1));

        Assert.Equal(PledgeStatus.Overdue, PledgeStatement.Compute(pledge, [], new LocalDate(2023, 5, 31)).Status);
        Assert.Equal(PledgeStatus.Cancelled, PledgeStatement.Compute(pledge, [], new LocalDate(2023, 6, 1)).Status);
    }

    [Fact]
    public void Payments_of_other_pledges_and_after_the_date_are_ignored()
    {
        PledgePayment[] payments =
        [
            new("other", new LocalDate(2023, 1, 2), new Dong(900_000)),
            Pay(1, 2, 300_000),
            Pay(4, 2, 300_000),
        ];

        var statement = PledgeStatement.Compute(MonthlyPledge(), payments, new LocalDate(2023, 1, 31));

        Assert.Equal(new Dong(300_000), statement.TotalPaid);
    }

    [Fact]
    public void A_pledge_without_money_is_completed_by_a_passing_evaluation()
    {
        var pledge = new Pledge
        {
            Id = "bd-0001",
            Pledger = Pledger.Individual("dang-bo-bu-dang", "0001"),
            Target = PledgeTarget.ForModel("bd-3-khong-4-co"),
            Period = ReportingPeriod.Year(2023),
            Evaluation = new PledgeEvaluation(new LocalDate(2023, 12, 20), null) { Score = 92 },
        };

        Assert.Equal(PledgeStatus.InProgress, PledgeStatement.Compute(pledge, [], new LocalDate(2023, 12, 19)).Status);
        Assert.Equal(PledgeStatus.Completed, PledgeStatement.Compute(pledge, [], new LocalDate(2023, 12, 20)).Status);
        Assert.Equal(PledgeStatus.Overdue, PledgeStatement.Compute(pledge with { Evaluation = null }, [], new LocalDate(2024, 1, 2)).Status);
        var failed = pledge with { Evaluation = new PledgeEvaluation(new LocalDate(2023, 12, 20), PerformanceRating.NotCompleted) };
        Assert.Equal(PledgeStatus.Overdue, PledgeStatement.Compute(failed, [], new LocalDate(2024, 1, 2)).Status);
    }

    [Fact]
    public void An_open_ended_daily_schedule_falls_due_every_day_up_to_the_date()
    {
        // "tiết kiệm mỗi ngày 1.000 đồng"
        var schedule = new MoneySchedule(new Dong(1_000), ScheduleFrequency.Daily, new LocalDate(2014, 1, 1));

        Assert.Equal(181, schedule.DueDates(new LocalDate(2014, 6, 30)).Count());
    }

    [Fact]
    public void A_monthly_schedule_keeps_its_day_clamped_to_short_months()
    {
        var schedule = new MoneySchedule(new Dong(1_000), ScheduleFrequency.Monthly, new LocalDate(2024, 1, 31)) { End = new LocalDate(2024, 4, 30) };

        Assert.Equal(
            [new LocalDate(2024, 1, 31), new LocalDate(2024, 2, 29), new LocalDate(2024, 3, 31), new LocalDate(2024, 4, 30)],
            schedule.DueDates(new LocalDate(2025, 1, 1)));
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => PledgeStatement.Compute(null!, [], January1));
        Assert.Throws<ArgumentNullException>(() => PledgeStatement.Compute(MonthlyPledge(), null!, January1));
    }
}
