using DomainKit.Periods;
using NodaTime;

namespace DomainKit.Tests.Periods;

public sealed class PeriodTests
{
    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void A_year_runs_from_first_of_January_to_thirty_first_of_December()
    {
        var year = ReportingPeriod.Year(2023);
        Assert.Equal(PeriodKind.Year, year.Kind);
        Assert.Equal(D(2023, 1, 1), year.Start);
        Assert.Equal(D(2023, 12, 31), year.End);
        Assert.Equal(365, year.Days);
    }

    [Fact]
    public void A_leap_year_has_three_hundred_and_sixty_six_days() => Assert.Equal(366, ReportingPeriod.Year(2024).Days);

    [Fact]
    public void The_first_half_year_ends_on_thirtieth_of_June_and_the_second_starts_on_first_of_July()
    {
        Assert.Equal((D(2023, 1, 1), D(2023, 6, 30)), (ReportingPeriod.HalfYear(2023, 1).Start, ReportingPeriod.HalfYear(2023, 1).End));
        Assert.Equal((D(2023, 7, 1), D(2023, 12, 31)), (ReportingPeriod.HalfYear(2023, 2).Start, ReportingPeriod.HalfYear(2023, 2).End));
    }

    [Theory]
    [InlineData(1, 1, 1, 3, 31)]
    [InlineData(2, 4, 1, 6, 30)]
    [InlineData(3, 7, 1, 9, 30)]
    [InlineData(4, 10, 1, 12, 31)]
    public void Each_quarter_covers_three_whole_months(int quarter, int startMonth, int startDay, int endMonth, int endDay)
    {
        var period = ReportingPeriod.Quarter(2017, quarter);
        Assert.Equal(PeriodKind.Quarter, period.Kind);
        Assert.Equal(D(2017, startMonth, startDay), period.Start);
        Assert.Equal(D(2017, endMonth, endDay), period.End);
    }

    [Fact]
    public void February_2024_has_twenty_nine_days()
    {
        var february = ReportingPeriod.Month(2024, 2);
        Assert.Equal(D(2024, 2, 1), february.Start);
        Assert.Equal(D(2024, 2, 29), february.End);
        Assert.Equal(29, february.Days);
    }

    [Fact]
    public void February_2023_has_twenty_eight_days() => Assert.Equal(D(2023, 2, 28), ReportingPeriod.Month(2023, 2).End);

    [Fact]
    public void February_1900_is_not_a_leap_month_but_February_2000_is()
    {
        Assert.Equal(28, ReportingPeriod.Month(1900, 2).Days);
        Assert.Equal(29, ReportingPeriod.Month(2000, 2).Days);
    }

    [Fact]
    public void A_year_to_date_runs_from_first_of_January_to_the_given_day()
    {
        var ytd = ReportingPeriod.YearToDate(D(2023, 11, 10));
        Assert.Equal(PeriodKind.YearToDate, ytd.Kind);
        Assert.Equal(D(2023, 1, 1), ytd.Start);
        Assert.Equal(D(2023, 11, 10), ytd.End);
    }

    [Fact]
    public void A_term_covers_its_first_and_last_years_whole()
    {
        var term = ReportingPeriod.Term(2021, 2025);
        Assert.Equal(D(2021, 1, 1), term.Start);
        Assert.Equal(D(2025, 12, 31), term.End);
    }

    [Fact]
    public void A_term_contains_each_of_its_years_and_no_other()
    {
        var term = ReportingPeriod.Term(2021, 2025);
        for (var year = 2021; year <= 2025; year++)
        {
            Assert.True(term.Contains(ReportingPeriod.Year(year)));
        }
        Assert.False(term.Contains(ReportingPeriod.Year(2020)));
        Assert.False(term.Contains(ReportingPeriod.Year(2026)));
    }

    [Fact]
    public void A_term_ending_before_it_starts_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Term(2025, 2021));

    [Fact]
    public void A_campaign_year_starting_in_October_ends_on_thirtieth_of_September_of_the_next_year()
    {
        var campaign = ReportingPeriod.CampaignYear(2023, 10);
        Assert.Equal(PeriodKind.CampaignYear, campaign.Kind);
        Assert.Equal(D(2023, 10, 1), campaign.Start);
        Assert.Equal(D(2024, 9, 30), campaign.End);
        Assert.True(campaign.Contains(D(2024, 2, 29)));
    }

    [Fact]
    public void A_campaign_year_starting_in_January_is_the_calendar_year()
    {
        var campaign = ReportingPeriod.CampaignYear(2023, 1);
        Assert.Equal(ReportingPeriod.Year(2023).ToDateInterval(), campaign.ToDateInterval());
        Assert.NotEqual(ReportingPeriod.Year(2023), campaign);
    }

    [Fact]
    public void A_range_keeps_its_days_exactly()
    {
        var range = ReportingPeriod.Range(D(2023, 1, 5), D(2023, 3, 10));
        Assert.Equal(PeriodKind.Range, range.Kind);
        Assert.Equal(D(2023, 1, 5), range.Start);
        Assert.Equal(D(2023, 3, 10), range.End);
        Assert.Equal(65, range.Days);
    }

    [Fact]
    public void A_range_ending_before_it_starts_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Range(D(2023, 3, 10), D(2023, 1, 5)));

    [Fact]
    public void A_range_in_another_calendar_is_rejected() =>
        Assert.Throws<ArgumentException>(() => ReportingPeriod.Range(D(2023, 1, 5).WithCalendar(CalendarSystem.Julian), D(2023, 3, 10)));

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void Years_outside_one_to_9999_are_rejected(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Year(year));

    [Fact]
    public void Half_years_quarters_and_months_out_of_range_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.HalfYear(2023, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Quarter(2023, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Month(2023, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.CampaignYear(2023, 0));
    }

    [Fact]
    public void The_last_periods_of_9999_end_on_the_last_day_of_the_calendar()
    {
        var last = D(9999, 12, 31);
        Assert.Equal(last, ReportingPeriod.HalfYear(9999, 2).End);
        Assert.Equal(last, ReportingPeriod.Quarter(9999, 4).End);
        Assert.Equal(last, ReportingPeriod.Month(9999, 12).End);
        Assert.Equal(last, ReportingPeriod.CampaignYear(9999, 1).End);
    }

    [Fact]
    public void A_campaign_year_running_past_9999_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.CampaignYear(9999, 2));

    [Theory]
    [InlineData("2023")]
    [InlineData("2023H1")]
    [InlineData("2023H2")]
    [InlineData("2023Q4")]
    [InlineData("2023-11")]
    [InlineData("YTD2023-11-10")]
    [InlineData("2021/2025")]
    [InlineData("CY2023-10")]
    [InlineData("2023-01-05/2023-03-10")]
    public void Each_kind_of_id_reads_back_to_itself(string id) => Assert.Equal(id, ReportingPeriod.Parse(id).Id);

    [Fact]
    public void Ids_name_the_periods_the_factories_make()
    {
        Assert.Equal("2023", ReportingPeriod.Year(2023).Id);
        Assert.Equal("2023H2", ReportingPeriod.HalfYear(2023, 2).Id);
        Assert.Equal("2017Q4", ReportingPeriod.Quarter(2017, 4).Id);
        Assert.Equal("2023-01", ReportingPeriod.Month(2023, 1).Id);
        Assert.Equal("YTD2023-11-10", ReportingPeriod.YearToDate(D(2023, 11, 10)).Id);
        Assert.Equal("2021/2025", ReportingPeriod.Term(2021, 2025).Id);
        Assert.Equal("CY2023-10", ReportingPeriod.CampaignYear(2023, 10).Id);
        Assert.Equal("2023-01-05/2023-03-10", ReportingPeriod.Range(D(2023, 1, 5), D(2023, 3, 10)).Id);
        Assert.Equal("0001", ReportingPeriod.Year(1).Id);
    }

    [Fact]
    public void Ids_are_read_without_regard_to_case_or_surrounding_spaces()
    {
        Assert.Equal(ReportingPeriod.Quarter(2023, 4), ReportingPeriod.Parse(" 2023q4 "));
        Assert.Equal(ReportingPeriod.YearToDate(D(2023, 11, 10)), ReportingPeriod.Parse("ytd2023-11-10"));
        Assert.Equal(ReportingPeriod.CampaignYear(2023, 10), ReportingPeriod.Parse("cy2023-10"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("0000")]
    [InlineData("2023Q5")]
    [InlineData("2023H3")]
    [InlineData("2023-13")]
    [InlineData("2025/2021")]
    [InlineData("2023-03-10/2023-01-05")]
    [InlineData("YTD2023-02-29")]
    [InlineData("CY9999-02")]
    [InlineData("quý IV/2017")]
    public void Text_that_is_not_an_id_is_rejected(string text)
    {
        Assert.False(ReportingPeriod.TryParse(text, out var period));
        Assert.Equal(default, period);
        Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
    }

    [Fact]
    public void Parsing_a_null_id_throws_and_trying_does_not()
    {
        Assert.Throws<ArgumentNullException>(() => ReportingPeriod.Parse(null!));
        Assert.False(ReportingPeriod.TryParse(null, out _));
    }

    [Fact]
    public void Periods_with_the_same_days_but_different_kinds_are_not_equal()
    {
        var year = ReportingPeriod.Year(2023);
        var range = ReportingPeriod.Range(D(2023, 1, 1), D(2023, 12, 31));
        Assert.NotEqual(year, range);
        Assert.True(year != range);
        Assert.Equal(year.ToDateInterval(), range.ToDateInterval());
        Assert.True(ReportingPeriod.Year(2023) == year);
        Assert.Equal(year.GetHashCode(), ReportingPeriod.Year(2023).GetHashCode());
    }

    [Fact]
    public void Periods_order_by_start_then_end()
    {
        var sorted = new[] { ReportingPeriod.Year(2023), ReportingPeriod.Month(2023, 2), ReportingPeriod.Quarter(2023, 1), ReportingPeriod.Month(2023, 1) }.Order().ToArray();
        Assert.Equal([ReportingPeriod.Month(2023, 1), ReportingPeriod.Quarter(2023, 1), ReportingPeriod.Year(2023), ReportingPeriod.Month(2023, 2)], sorted);
    }

    [Fact]
    public void A_period_contains_its_first_and_last_days_but_not_the_days_around_them()
    {
        var quarter = ReportingPeriod.Quarter(2023, 4);
        Assert.True(quarter.Contains(D(2023, 10, 1)));
        Assert.True(quarter.Contains(D(2023, 12, 31)));
        Assert.False(quarter.Contains(D(2023, 9, 30)));
        Assert.False(quarter.Contains(D(2024, 1, 1)));
    }

    [Fact]
    public void A_year_contains_its_quarters_and_a_quarter_does_not_contain_its_year()
    {
        Assert.True(ReportingPeriod.Year(2023).Contains(ReportingPeriod.Quarter(2023, 4)));
        Assert.False(ReportingPeriod.Quarter(2023, 4).Contains(ReportingPeriod.Year(2023)));
        Assert.True(ReportingPeriod.Year(2023).Contains(ReportingPeriod.Year(2023)));
    }

    [Fact]
    public void Adjacent_periods_do_not_overlap()
    {
        Assert.False(ReportingPeriod.Month(2023, 1).Overlaps(ReportingPeriod.Month(2023, 2)));
        Assert.False(ReportingPeriod.Month(2023, 2).Overlaps(ReportingPeriod.Month(2023, 1)));
        Assert.Null(ReportingPeriod.Month(2023, 1).Intersect(ReportingPeriod.Month(2023, 2)));
    }

    [Fact]
    public void A_campaign_year_overlaps_both_calendar_years_it_crosses()
    {
        var campaign = ReportingPeriod.CampaignYear(2023, 10);
        Assert.True(campaign.Overlaps(ReportingPeriod.Year(2023)));
        Assert.True(campaign.Overlaps(ReportingPeriod.Year(2024)));
        Assert.False(campaign.Overlaps(ReportingPeriod.Year(2025)));
        Assert.Equal(ReportingPeriod.Range(D(2023, 10, 1), D(2023, 12, 31)), campaign.Intersect(ReportingPeriod.Year(2023)));
        Assert.Equal(ReportingPeriod.Range(D(2024, 1, 1), D(2024, 9, 30)), campaign.Intersect(ReportingPeriod.Year(2024)));
    }

    [Fact]
    public void Periods_sharing_one_day_intersect_in_that_day()
    {
        var left = ReportingPeriod.Range(D(2023, 1, 5), D(2023, 3, 10));
        var right = ReportingPeriod.Range(D(2023, 3, 10), D(2023, 4, 1));
        Assert.Equal(ReportingPeriod.Range(D(2023, 3, 10), D(2023, 3, 10)), left.Intersect(right));
    }

    [Fact]
    public void The_intersection_with_a_contained_period_has_its_days_as_a_range()
    {
        var intersection = ReportingPeriod.Year(2023).Intersect(ReportingPeriod.Month(2023, 11));
        Assert.Equal(ReportingPeriod.Range(D(2023, 11, 1), D(2023, 11, 30)), intersection);
    }

    [Fact]
    public void The_next_year_is_the_following_calendar_year() => Assert.Equal(ReportingPeriod.Year(2024), ReportingPeriod.Year(2023).Next());

    [Fact]
    public void The_next_half_year_alternates_and_crosses_the_year()
    {
        Assert.Equal(ReportingPeriod.HalfYear(2023, 2), ReportingPeriod.HalfYear(2023, 1).Next());
        Assert.Equal(ReportingPeriod.HalfYear(2024, 1), ReportingPeriod.HalfYear(2023, 2).Next());
    }

    [Fact]
    public void The_quarter_after_the_fourth_is_the_first_of_the_next_year()
    {
        Assert.Equal(ReportingPeriod.Quarter(2017, 2), ReportingPeriod.Quarter(2017, 1).Next());
        Assert.Equal(ReportingPeriod.Quarter(2017, 4), ReportingPeriod.Quarter(2017, 3).Next());
        Assert.Equal(ReportingPeriod.Quarter(2018, 1), ReportingPeriod.Quarter(2017, 4).Next());
    }

    [Fact]
    public void The_month_after_December_is_January_of_the_next_year()
    {
        Assert.Equal(ReportingPeriod.Month(2024, 3), ReportingPeriod.Month(2024, 2).Next());
        Assert.Equal(ReportingPeriod.Month(2024, 1), ReportingPeriod.Month(2023, 12).Next());
    }

    [Fact]
    public void The_next_year_to_date_ends_on_the_same_day_a_year_later()
    {
        Assert.Equal(ReportingPeriod.YearToDate(D(2024, 11, 10)), ReportingPeriod.YearToDate(D(2023, 11, 10)).Next());
        Assert.Equal(ReportingPeriod.YearToDate(D(2025, 2, 28)), ReportingPeriod.YearToDate(D(2024, 2, 29)).Next());
    }

    [Fact]
    public void The_next_term_has_the_same_number_of_years()
    {
        Assert.Equal(ReportingPeriod.Term(2026, 2030), ReportingPeriod.Term(2021, 2025).Next());
        Assert.Equal(ReportingPeriod.Term(2024, 2024), ReportingPeriod.Term(2023, 2023).Next());
    }

    [Fact]
    public void The_next_campaign_year_starts_in_the_same_month_a_year_later() =>
        Assert.Equal(ReportingPeriod.CampaignYear(2024, 10), ReportingPeriod.CampaignYear(2023, 10).Next());

    [Fact]
    public void The_next_range_has_the_same_number_of_days_and_starts_the_day_after()
    {
        var next = ReportingPeriod.Range(D(2023, 1, 5), D(2023, 3, 10)).Next();
        Assert.Equal(ReportingPeriod.Range(D(2023, 3, 11), D(2023, 5, 14)), next);
        Assert.Equal(65, next.Days);
    }

    [Fact]
    public void There_is_no_period_after_the_last_one_of_9999()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Year(9999).Next());
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Quarter(9999, 4).Next());
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Term(9990, 9999).Next());
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Range(D(9999, 12, 1), D(9999, 12, 31)).Next());
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.YearToDate(D(9999, 3, 1)).Next());
    }

    [Fact]
    public void The_default_period_is_the_first_of_January_of_year_one()
    {
        ReportingPeriod period = default;
        Assert.Equal(PeriodKind.Year, period.Kind);
        Assert.Equal(D(1, 1, 1), period.Start);
        Assert.Equal(D(1, 1, 1), period.End);
    }

    [Fact]
    public void ToString_gives_the_id_and_formats_in_a_culture_on_request()
    {
        Assert.Equal("2017Q4", ReportingPeriod.Quarter(2017, 4).ToString());
        Assert.Equal("quý IV/2017", ReportingPeriod.Quarter(2017, 4).ToString(DomainKit.Text.TextCulture.Vietnamese));
    }
}
