using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Text;
using DomainKit.Validation;
using NodaTime;
using static DomainKit.Tests.Validation.TestData;

namespace DomainKit.Tests.Validation;

/// <summary>DK301 to DK304 (model lifecycles and replication) and DK401 to DK403 (pledges).</summary>
public sealed class ModelAndPledgeRuleTests
{
    private static LifecycleEvent E(LifecycleStage stage, LocalDate date) => new(stage, date);

    // DK301

    [Fact]
    public void A_model_maintained_straight_after_registration_is_an_error()
    {
        var report = Valid().WithModel(m => m with { Lifecycle = [E(LifecycleStage.Registered, D(2023, 1, 10)), E(LifecycleStage.Maintained, D(2023, 2, 1))] }).Validate();

        var finding = Expect.One(report, "DK301");
        Expect.At(finding, "DK301", Severity.Error, EntityRef.ForModel(TheModel), "Lifecycle");
        Assert.Equal(new LocalizedText("đăng ký", "registered"), Expect.Arg<LocalizedText>(finding, "from"));
        Assert.Equal(new LocalizedText("duy trì", "maintained"), Expect.Arg<LocalizedText>(finding, "to"));
        Assert.Equal(D(2023, 2, 1), Expect.Arg<LocalDate>(finding, "date"));
        Expect.Says(finding, "Mô hình chuyển từ đăng ký sang duy trì vào ngày 01/02/2023", "The model goes from registered to maintained on 2023-02-01");
    }

    [Fact]
    public void A_model_launched_after_registration_then_maintained_is_allowed()
        => Expect.None(Valid().WithModel(m => m with { Lifecycle = [E(LifecycleStage.Registered, D(2023, 1, 10)), E(LifecycleStage.Launched, D(2023, 2, 1)), E(LifecycleStage.Maintained, D(2023, 2, 1))] }).Validate(), "DK301");

    [Fact]
    public void A_review_does_not_change_the_stage_a_model_is_in()
    {
        var lifecycle = Valid().Models[0].Lifecycle.Add(E(LifecycleStage.Replicated, D(2024, 3, 1)));

        Expect.None(Valid().WithModel(m => m with { Lifecycle = lifecycle }).Validate(), "DK301");
    }

    [Fact]
    public void Anything_after_a_model_has_ended_is_an_error()
    {
        var lifecycle = Valid().Models[0].Lifecycle.Add(E(LifecycleStage.Ended, D(2024, 1, 1))).Add(E(LifecycleStage.Maintained, D(2024, 2, 1)));

        var finding = Expect.One(Valid().WithModel(m => m with { Lifecycle = lifecycle }).Validate(), "DK301");

        Assert.Equal(new LocalizedText("kết thúc", "ended"), Expect.Arg<LocalizedText>(finding, "from"));
    }

    // DK302

    [Fact]
    public void A_lifecycle_event_listed_after_an_later_one_is_an_error()
    {
        var report = Valid().WithModel(m => m with { Lifecycle = [E(LifecycleStage.Registered, D(2023, 1, 10)), E(LifecycleStage.Launched, D(2023, 1, 9))] }).Validate();

        var finding = Expect.One(report, "DK302");
        Expect.At(finding, "DK302", Severity.Error, EntityRef.ForModel(TheModel), "Lifecycle");
        Assert.Equal(D(2023, 1, 9), Expect.Arg<LocalDate>(finding, "date"));
        Assert.Equal(D(2023, 1, 10), Expect.Arg<LocalDate>(finding, "previous"));
        Expect.Says(finding, "Mốc ra mắt ngày 09/01/2023 đứng sau mốc ngày 10/01/2023", "The launched event of 2023-01-09 comes after the event of 2023-01-10");
    }

    [Fact]
    public void Two_lifecycle_events_on_the_same_day_are_allowed()
        => Expect.None(Valid().WithModel(m => m with { Lifecycle = [E(LifecycleStage.Registered, D(2023, 1, 10)), E(LifecycleStage.Launched, D(2023, 1, 10))] }).Validate(), "DK302");

    // DK303

    private static TestData WithReplica(LocalDate start)
    {
        var data = Valid();
        data.Models.Add(data.Models[0] with
        {
            Id = "mh-nhan-rong",
            OriginId = TheModel,
            Lifecycle = [E(LifecycleStage.Registered, start), E(LifecycleStage.Launched, D(2023, 3, 1))],
        });
        return data;
    }

    [Fact]
    public void A_replica_that_starts_before_its_origin_is_an_error()
    {
        var finding = Expect.One(WithReplica(D(2023, 1, 9)).Validate(), "DK303");

        Expect.At(finding, "DK303", Severity.Error, EntityRef.ForModel("mh-nhan-rong"), "OriginId");
        Assert.Equal(D(2023, 1, 9), Expect.Arg<LocalDate>(finding, "date"));
        Assert.Equal(D(2023, 1, 10), Expect.Arg<LocalDate>(finding, "originDate"));
        Assert.Equal("Thực hành tiết kiệm vì người nghèo", Expect.Arg<string>(finding, "origin"));
    }

    [Fact]
    public void A_replica_that_starts_the_same_day_as_its_origin_is_allowed()
        => Expect.None(WithReplica(D(2023, 1, 10)).Validate(), "DK303");

    // DK304

    private static TestData WithReplicas(ModelId? originOfA, ModelId? originOfB)
    {
        var data = Valid();
        data.Models.Add(data.Models[0] with { Id = "mh-a", OriginId = originOfA });
        data.Models.Add(data.Models[0] with { Id = "mh-b", OriginId = originOfB });
        return data;
    }

    [Fact]
    public void Two_models_replicating_each_other_are_one_cycle_error_with_the_path()
    {
        var finding = Expect.One(WithReplicas("mh-b", "mh-a").Validate(), "DK304");

        Expect.At(finding, "DK304", Severity.Error, EntityRef.ForModel("mh-a"), "OriginId");
        Assert.Equal("mh-a → mh-b → mh-a", Expect.Arg<string>(finding, "path"));
        Expect.Says(finding, "Nguồn nhân rộng quay vòng: mh-a → mh-b → mh-a.", "The replication origins go round in a circle: mh-a → mh-b → mh-a.");
    }

    [Fact]
    public void A_chain_of_replicas_is_allowed()
        => Expect.None(WithReplicas("mh-b", TheModel).Validate(), "DK304");

    [Fact]
    public void A_model_that_replicates_itself_is_a_cycle_error()
        => Assert.Equal("mh-a → mh-a", Expect.Arg<string>(Expect.One(WithReplicas("mh-a", null).Validate(), "DK304"), "path"));

    [Fact]
    public void A_chain_that_runs_into_a_cycle_reports_only_the_cycle()
    {
        var data = WithReplicas("mh-b", "mh-c");
        data.Models.Add(data.Models[0] with { Id = "mh-c", OriginId = "mh-b" });

        var finding = Expect.One(data.Validate(), "DK304");

        Assert.Equal("mh-b → mh-c → mh-b", Expect.Arg<string>(finding, "path"));
    }

    // DK401

    [Fact]
    public void A_schedule_of_zero_dong_is_an_error()
    {
        var report = Valid().WithPledge(p => p with { Schedule = p.Schedule! with { Amount = Dong.Zero } }).Validate();

        var finding = Expect.One(report, "DK401");
        Expect.At(finding, "DK401", Severity.Error, EntityRef.ForPledge(ThePledge), "Schedule.Amount");
        Expect.Says(finding, "Lịch đóng góp không hợp lệ: số tiền mỗi kỳ bằng 0.", "The money schedule is invalid: the amount per instalment is zero.");
    }

    [Fact]
    public void A_schedule_of_one_dong_is_allowed()
        => Expect.None(Valid().WithPledge(p => p with { Schedule = p.Schedule! with { Amount = new Dong(1) } }).Validate(), "DK401");

    [Fact]
    public void A_schedule_whose_maximum_is_below_its_minimum_is_an_error()
    {
        var report = Valid().WithPledge(p => p with { Schedule = new MoneySchedule(new Dong(500_000), ScheduleFrequency.Monthly, D(2023, 1, 1)) { MaximumAmount = new Dong(300_000) } }).Validate();

        var finding = Expect.One(report, "DK401");
        Expect.At(finding, "DK401", Severity.Error, EntityRef.ForPledge(ThePledge), "Schedule.MaximumAmount");
        Expect.Says(finding, "mức cao nhất 300.000 đ thấp hơn mức thấp nhất 500.000 đ", "the maximum 300,000 VND is below the minimum 500,000 VND");
    }

    [Fact]
    public void A_schedule_whose_maximum_equals_its_minimum_is_allowed()
        => Expect.None(Valid().WithPledge(p => p with { Schedule = p.Schedule! with { MaximumAmount = new Dong(100_000) } }).Validate(), "DK401");

    [Fact]
    public void A_schedule_that_ends_before_it_starts_is_an_error()
        => Expect.At(Expect.One(Valid().WithPledge(p => p with { Schedule = p.Schedule! with { End = D(2022, 12, 31) } }).Validate(), "DK401"),
            "DK401", Severity.Error, EntityRef.ForPledge(ThePledge), "Schedule.End");

    [Fact]
    public void A_schedule_that_ends_the_day_it_starts_is_allowed()
        => Expect.None(Valid().WithPledge(p => p with { Schedule = p.Schedule! with { End = D(2023, 1, 1) } }).Validate(), "DK401");

    [Fact]
    public void A_schedule_starting_outside_the_pledge_period_is_an_error()
        => Expect.At(Expect.One(Valid().WithPledge(p => p with { Schedule = p.Schedule! with { Start = D(2024, 1, 1) } }).Validate(), "DK401"),
            "DK401", Severity.Error, EntityRef.ForPledge(ThePledge), "Schedule.Start");

    [Fact]
    public void A_schedule_starting_on_the_last_day_of_the_pledge_period_is_allowed()
        => Expect.None(Valid().WithPledge(p => p with { Schedule = p.Schedule! with { Start = D(2023, 12, 31) } }).Validate(), "DK401");

    // DK402

    private static TestData Evaluated(int? score, PerformanceRating? rating, LocalDate? on = null)
        => Valid().WithPledge(p => p with { Evaluation = new PledgeEvaluation(on ?? D(2023, 12, 25), rating) { Score = score } });

    [Fact]
    public void A_score_above_100_is_an_error()
    {
        var finding = Expect.One(Evaluated(101, null).Validate(), "DK402");

        Expect.At(finding, "DK402", Severity.Error, EntityRef.ForPledge(ThePledge), "Evaluation.Score");
        Assert.Equal(101, Expect.Arg<int>(finding, "score"));
        Expect.Says(finding, "điểm 101 nằm ngoài thang 0–100", "the score 101 is outside 0 to 100");
    }

    [Fact]
    public void A_score_of_100_rated_excellent_is_allowed()
        => Expect.None(Evaluated(100, PerformanceRating.CompletedExcellently).Validate(), "DK402");

    [Fact]
    public void A_negative_score_is_an_error()
        => Expect.At(Expect.One(Evaluated(-1, null).Validate(), "DK402"), "DK402", Severity.Error, EntityRef.ForPledge(ThePledge), "Evaluation.Score");

    [Fact]
    public void A_rating_that_disagrees_with_the_score_is_an_error()
    {
        var finding = Expect.One(Evaluated(69, PerformanceRating.CompletedWell).Validate(), "DK402");

        Expect.At(finding, "DK402", Severity.Error, EntityRef.ForPledge(ThePledge), "Evaluation.Rating");
        Expect.Says(finding, "xếp loại \"Hoàn thành tốt nhiệm vụ\" nhưng 69 điểm tương ứng \"Hoàn thành nhiệm vụ\"",
            "rated \"Completed well\" but 69 points mean \"Completed\"");
    }

    [Fact]
    public void A_rating_at_the_lowest_score_of_its_band_is_allowed()
        => Expect.None(Evaluated(70, PerformanceRating.CompletedWell).Validate(), "DK402");

    [Fact]
    public void An_evaluation_before_the_period_starts_is_an_error()
        => Expect.At(Expect.One(Evaluated(80, PerformanceRating.CompletedWell, D(2022, 12, 31)).Validate(), "DK402"),
            "DK402", Severity.Error, EntityRef.ForPledge(ThePledge), "Evaluation.EvaluatedOn");

    [Fact]
    public void An_evaluation_on_the_first_day_of_the_period_is_allowed()
        => Expect.None(Evaluated(80, PerformanceRating.CompletedWell, D(2023, 1, 1)).Validate(), "DK402");

    // DK403

    [Fact]
    public void A_payment_before_the_pledge_period_is_a_warning()
    {
        var data = Valid();
        data.Payments.Add(new PledgePayment(ThePledge, D(2022, 12, 31), new Dong(100_000)));

        var finding = Expect.One(data.Validate(), "DK403");

        Expect.At(finding, "DK403", Severity.Warning, EntityRef.ForPayment(ThePledge, 2), "Date");
        Assert.Equal(D(2022, 12, 31), Expect.Arg<LocalDate>(finding, "date"));
        Assert.Equal(D(2023, 1, 1), Expect.Arg<LocalDate>(finding, "start"));
        Assert.Null(finding.Arguments["end"]);
        Expect.Says(finding, "Khoản nộp ngày 31/12/2022 nằm ngoài thời hạn của đăng ký (01/01/2023 đến (không có)).",
            "The payment of 2022-12-31 falls outside its pledge (2023-01-01 to (none)).");
    }

    [Fact]
    public void A_payment_on_the_first_day_of_the_pledge_period_is_allowed()
    {
        var data = Valid();
        data.Payments.Add(new PledgePayment(ThePledge, D(2023, 1, 1), new Dong(100_000)));

        Expect.None(data.Validate(), "DK403");
    }

    [Fact]
    public void A_payment_on_the_day_the_pledge_was_cancelled_is_a_warning()
    {
        var data = Valid().WithPledge(p => p with { CancelledOn = D(2023, 2, 5) });

        var finding = Expect.One(data.Validate(), "DK403");

        Expect.At(finding, "DK403", Severity.Warning, EntityRef.ForPayment(ThePledge, 1), "Date");
        Assert.Equal(D(2023, 2, 4), Expect.Arg<LocalDate>(finding, "end"));
    }

    [Fact]
    public void A_payment_the_day_before_the_pledge_was_cancelled_is_allowed()
        => Expect.None(Valid().WithPledge(p => p with { CancelledOn = D(2023, 2, 6) }).Validate(), "DK403");

    [Fact]
    public void A_payment_after_a_pledge_cancelled_on_the_first_day_of_the_calendar_is_a_warning()
    {
        // 01/01/0001 is default(LocalDate), what an unset date often becomes. The day before it (year 0)
        // cannot be written in a message, so DK403 fails (DK100) instead of reporting.
        var report = Valid().WithPledge(p => p with { CancelledOn = default(LocalDate) }).Validate();

        Expect.None(report, "DK100");
        Assert.Equal(2, Expect.Some(report, "DK403").Count);
    }
}
