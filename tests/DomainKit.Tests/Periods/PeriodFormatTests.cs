using System.Globalization;
using DomainKit.Periods;
using DomainKit.Text;
using NodaTime;

namespace DomainKit.Tests.Periods;

public sealed class PeriodFormatTests
{
    private const TextCulture Vi = TextCulture.Vietnamese;
    private const TextCulture En = TextCulture.English;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void A_year_is_written_with_nam() => Assert.Equal("năm 2023", PeriodFormat.Format(ReportingPeriod.Year(2023), Vi));

    [Fact]
    public void The_first_half_year_is_the_first_six_months() =>
        Assert.Equal("6 tháng đầu năm 2023", PeriodFormat.Format(ReportingPeriod.HalfYear(2023, 1), Vi));

    [Fact]
    public void The_second_half_year_is_the_last_six_months() =>
        Assert.Equal("6 tháng cuối năm 2023", PeriodFormat.Format(ReportingPeriod.HalfYear(2023, 2), Vi));

    [Fact]
    public void Quarter_four_of_2017_is_written_with_a_roman_numeral() =>
        Assert.Equal("quý IV/2017", PeriodFormat.Format(ReportingPeriod.Quarter(2017, 4), Vi));

    [Fact]
    public void The_first_three_quarters_have_roman_numerals_too()
    {
        Assert.Equal("quý I/2017", PeriodFormat.Format(ReportingPeriod.Quarter(2017, 1), Vi));
        Assert.Equal("quý II/2017", PeriodFormat.Format(ReportingPeriod.Quarter(2017, 2), Vi));
        Assert.Equal("quý III/2017", PeriodFormat.Format(ReportingPeriod.Quarter(2017, 3), Vi));
    }

    [Fact]
    public void November_2023_is_month_eleven() => Assert.Equal("tháng 11/2023", PeriodFormat.Format(ReportingPeriod.Month(2023, 11), Vi));

    [Fact]
    public void A_month_in_the_short_form_has_no_leading_zero()
    {
        Assert.Equal("tháng 1/2023", PeriodFormat.Format(ReportingPeriod.Month(2023, 1), Vi));
        Assert.Equal("tháng 2/2023", PeriodFormat.Format(ReportingPeriod.Month(2023, 2), Vi));
    }

    [Fact]
    public void A_year_to_date_names_its_year_and_last_day() =>
        Assert.Equal("từ đầu năm 2023 đến ngày 10/11/2023", PeriodFormat.Format(ReportingPeriod.YearToDate(D(2023, 11, 10)), Vi));

    [Fact]
    public void A_term_is_a_nhiem_ky() => Assert.Equal("nhiệm kỳ 2021-2025", PeriodFormat.Format(ReportingPeriod.Term(2021, 2025), Vi));

    [Fact]
    public void A_campaign_year_names_its_first_and_last_months() =>
        Assert.Equal("năm vận động 10/2023-9/2024", PeriodFormat.Format(ReportingPeriod.CampaignYear(2023, 10), Vi));

    [Fact]
    public void A_range_names_both_days_in_short_form() =>
        Assert.Equal("từ ngày 05/01/2023 đến ngày 10/03/2023", PeriodFormat.Format(ReportingPeriod.Range(D(2023, 1, 5), D(2023, 3, 10)), Vi));

    [Fact]
    public void Vietnamese_output_is_composed_unicode()
    {
        var text = PeriodFormat.Format(ReportingPeriod.Term(2021, 2025), Vi);
        Assert.Equal("nhi\u1EC7m k\u1EF3 2021-2025", text);
    }

    [Theory]
    [InlineData("2023", "2023")]
    [InlineData("2023H1", "H1 2023")]
    [InlineData("2023H2", "H2 2023")]
    [InlineData("2017Q4", "Q4 2017")]
    [InlineData("2023-11", "November 2023")]
    [InlineData("YTD2023-11-10", "year to 10 November 2023")]
    [InlineData("2021/2025", "term 2021-2025")]
    [InlineData("CY2023-10", "campaign year October 2023 - September 2024")]
    [InlineData("2023-01-05/2023-03-10", "5 January 2023 - 10 March 2023")]
    public void Invariant_text_is_plain_English(string id, string expected)
    {
        Assert.Equal(expected, PeriodFormat.Format(ReportingPeriod.Parse(id), En));
        Assert.Equal(ReportingPeriod.Parse(id), PeriodFormat.Parse(expected, En));
    }

    [Theory]
    [InlineData("năm 2023", "2023")]
    [InlineData("2023", "2023")]
    [InlineData("Năm 2023", "2023")]
    [InlineData("cả năm 2023", "2023")]
    [InlineData("6 tháng đầu năm 2023", "2023H1")]
    [InlineData("6 tháng cuối năm 2023", "2023H2")]
    [InlineData("6 tháng năm 2023", "2023H1")]
    [InlineData("6 THÁNG ĐẦU NĂM 2023", "2023H1")]
    [InlineData("quý IV/2017", "2017Q4")]
    [InlineData("quý 4/2017", "2017Q4")]
    [InlineData("quý IV năm 2017", "2017Q4")]
    [InlineData("Quý iv / 2017", "2017Q4")]
    [InlineData("quý I/2017", "2017Q1")]
    [InlineData("quý II/2017", "2017Q2")]
    [InlineData("quý III năm 2017", "2017Q3")]
    [InlineData("tháng 11/2023", "2023-11")]
    [InlineData("tháng 11 năm 2023", "2023-11")]
    [InlineData("tháng 01/2023", "2023-01")]
    [InlineData("tháng 1/2023", "2023-01")]
    [InlineData("từ đầu năm 2023 đến ngày 10/11/2023", "YTD2023-11-10")]
    [InlineData("từ đầu năm đến ngày 10/11/2023", "YTD2023-11-10")]
    [InlineData("Từ đầu năm đến ngày 10 tháng 11 năm 2023", "YTD2023-11-10")]
    [InlineData("nhiệm kỳ 2021-2025", "2021/2025")]
    [InlineData("nhiệm kỳ 2020 – 2025", "2020/2025")]
    [InlineData("nhiệm kỳ 2020 — 2025", "2020/2025")]
    [InlineData("nhiệm kì 2021 - 2025", "2021/2025")]
    [InlineData("toàn khóa 2021–2025", "2021/2025")]
    [InlineData("toàn khoá 2021-2025", "2021/2025")]
    [InlineData("giai đoạn 2021-2025", "2021/2025")]
    [InlineData("năm vận động 10/2023-9/2024", "CY2023-10")]
    [InlineData("năm vận động 10/2023 – 09/2024", "CY2023-10")]
    [InlineData("từ ngày 05/01/2023 đến ngày 10/03/2023", "2023-01-05/2023-03-10")]
    [InlineData("từ 05/01/2023 đến 10/03/2023", "2023-01-05/2023-03-10")]
    [InlineData("từ ngày 05/01/2023 đến hết ngày 10/03/2023", "2023-01-05/2023-03-10")]
    [InlineData("từ ngày 5 tháng 1 năm 2023 đến ngày 10 tháng 3 năm 2023", "2023-01-05/2023-03-10")]
    [InlineData("  từ   ngày 05/01/2023\tđến ngày 10/03/2023  ", "2023-01-05/2023-03-10")]
    public void Vietnamese_periods_are_read_as_officers_write_them(string text, string id)
    {
        Assert.True(PeriodFormat.TryParse(text, Vi, out var period));
        Assert.Equal(ReportingPeriod.Parse(id), period);
        Assert.Equal(ReportingPeriod.Parse(id), PeriodFormat.Parse(text, Vi));
    }

    [Theory]
    [InlineData("2023Q4")]
    [InlineData("2023H1")]
    [InlineData("2023-11")]
    [InlineData("YTD2023-11-10")]
    [InlineData("2021/2025")]
    [InlineData("CY2023-10")]
    [InlineData("2023-01-05/2023-03-10")]
    public void Stable_ids_are_read_in_both_cultures(string id)
    {
        Assert.Equal(ReportingPeriod.Parse(id), PeriodFormat.Parse(id, Vi));
        Assert.Equal(ReportingPeriod.Parse(id), PeriodFormat.Parse(id, En));
    }

    [Fact]
    public void Decomposed_text_is_read_like_composed_text()
    {
        // NFD, as some Mac and web forms send it: "quý IV năm 2017" and "toàn khoá 2021-2025" with separate marks.
        Assert.Equal(ReportingPeriod.Quarter(2017, 4), PeriodFormat.Parse("quy\u0301 IV na\u0306m 2017", Vi));
        Assert.Equal(ReportingPeriod.Term(2021, 2025), PeriodFormat.Parse("toa\u0300n khoa\u0301 2021-2025", Vi));
        Assert.Equal(ReportingPeriod.HalfYear(2023, 2), PeriodFormat.Parse("6 tha\u0301ng cuo\u0302\u0301i na\u0306m 2023", Vi));
    }

    [Fact]
    public void Text_typed_without_diacritics_is_read()
    {
        Assert.Equal(ReportingPeriod.HalfYear(2023, 2), PeriodFormat.Parse("6 thang cuoi nam 2023", Vi));
        Assert.Equal(ReportingPeriod.Term(2021, 2025), PeriodFormat.Parse("nhiem ky 2021-2025", Vi));
    }

    [Theory]
    [InlineData("từ đầu năm đến nay")]
    [InlineData("từ đầu năm 2023 đến nay")]
    [InlineData("từ đầu năm 2022 đến ngày 10/11/2023")]
    [InlineData("quý V/2017")]
    [InlineData("quý 0/2017")]
    [InlineData("tháng 13/2023")]
    [InlineData("tháng 0/2023")]
    [InlineData("năm 23")]
    [InlineData("năm 0000")]
    [InlineData("nhiệm kỳ 2025-2021")]
    [InlineData("năm vận động 10/2023-10/2024")]
    [InlineData("năm vận động 13/2023-12/2024")]
    [InlineData("năm vận động 2/9999-1/9999")]
    [InlineData("từ ngày 10/03/2023 đến ngày 05/01/2023")]
    [InlineData("từ ngày 31/02/2023 đến ngày 10/03/2023")]
    [InlineData("Q4 2017")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("quý")]
    public void Text_that_is_not_a_Vietnamese_period_is_rejected(string text)
    {
        Assert.False(PeriodFormat.TryParse(text, Vi, out var period));
        Assert.Equal(default, period);
        Assert.Throws<FormatException>(() => PeriodFormat.Parse(text, Vi));
    }

    [Theory]
    [InlineData("q4 2017", "2017Q4")]
    [InlineData("Q4  2017", "2017Q4")]
    [InlineData("h2 2023", "2023H2")]
    [InlineData("NOVEMBER 2023", "2023-11")]
    [InlineData("Nov 2023", "2023-11")]
    [InlineData("year to 2023-11-10", "YTD2023-11-10")]
    [InlineData("term 2020 – 2025", "2020/2025")]
    [InlineData("campaign year October 2023–September 2024", "CY2023-10")]
    [InlineData("5 January 2023 – 10 March 2023", "2023-01-05/2023-03-10")]
    [InlineData("5 January 2023 to 10 March 2023", "2023-01-05/2023-03-10")]
    public void Invariant_text_is_read_with_any_case_spacing_or_dash(string text, string id) =>
        Assert.Equal(ReportingPeriod.Parse(id), PeriodFormat.Parse(text, En));

    [Theory]
    [InlineData("năm 2023")]
    [InlineData("quý IV/2017")]
    [InlineData("Q5 2017")]
    [InlineData("Smarch 2023")]
    [InlineData("year to date")]
    [InlineData("campaign year October 2023 - October 2024")]
    [InlineData("10 March 2023 - 5 January 2023")]
    [InlineData("term 2025-2021")]
    public void Text_that_is_not_an_invariant_period_is_rejected(string text) => Assert.False(PeriodFormat.TryParse(text, En, out _));

    [Fact]
    public void Null_text_throws_when_parsing_and_gives_false_when_trying()
    {
        Assert.Throws<ArgumentNullException>(() => PeriodFormat.Parse(null!, Vi));
        Assert.False(PeriodFormat.TryParse(null, Vi, out _));
        Assert.False(PeriodFormat.TryParse(null, En, out _));
    }

    [Fact]
    public void Very_long_text_is_rejected_without_being_read() =>
        Assert.False(PeriodFormat.TryParse("năm 2023" + new string(' ', 10_000), Vi, out _));

    [Fact]
    public void Undefined_cultures_are_programming_errors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodFormat.Format(ReportingPeriod.Year(2023), (TextCulture)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodFormat.TryParse("2023", (TextCulture)9, out _));
    }

    [Fact]
    public void The_current_culture_changes_nothing()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = DateFormatTests.TryCulture("tr-TR");
            Assert.Equal(ReportingPeriod.Quarter(2017, 4), PeriodFormat.Parse("QUÝ IV/2017", Vi));
            Assert.Equal(ReportingPeriod.Quarter(2017, 3), PeriodFormat.Parse("QUÝ III NĂM 2017", Vi));
            Assert.Equal(ReportingPeriod.Month(2023, 11), PeriodFormat.Parse("NOVEMBER 2023", En));
            Assert.Equal("quý IV/2017", PeriodFormat.Format(ReportingPeriod.Quarter(2017, 4), Vi));
            Assert.Equal("November 2023", PeriodFormat.Format(ReportingPeriod.Month(2023, 11), En));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
