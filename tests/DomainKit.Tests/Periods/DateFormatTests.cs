using System.Globalization;
using DomainKit.Periods;
using DomainKit.Text;
using NodaTime;

namespace DomainKit.Tests.Periods;

public sealed class DateFormatTests
{
    private const TextCulture Vi = TextCulture.Vietnamese;
    private const TextCulture En = TextCulture.English;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Vietnamese_short_dates_have_two_digit_days_and_months() =>
        Assert.Equal("05/02/2025", DateFormat.Format(D(2025, 2, 5), DateStyle.Short, Vi));

    [Fact]
    public void Vietnamese_short_date_of_tenth_of_November_2023() =>
        Assert.Equal("10/11/2023", DateFormat.Format(D(2023, 11, 10), DateStyle.Short, Vi));

    [Fact]
    public void Official_date_pads_a_day_below_ten_and_February() =>
        Assert.Equal("ngày 05 tháng 02 năm 2025", DateFormat.Format(D(2025, 2, 5), DateStyle.Official, Vi));

    [Fact]
    public void Official_date_pads_January() =>
        Assert.Equal("ngày 15 tháng 01 năm 2024", DateFormat.Format(D(2024, 1, 15), DateStyle.Official, Vi));

    [Fact]
    public void Official_date_does_not_pad_November() =>
        Assert.Equal("ngày 10 tháng 11 năm 2023", DateFormat.Format(D(2023, 11, 10), DateStyle.Official, Vi));

    [Fact]
    public void Official_date_does_not_pad_March_but_pads_the_fifth() =>
        Assert.Equal("ngày 05 tháng 3 năm 2024", DateFormat.Format(D(2024, 3, 5), DateStyle.Official, Vi));

    [Fact]
    public void Invariant_short_date_is_iso() =>
        Assert.Equal("2023-11-10", DateFormat.Format(D(2023, 11, 10), DateStyle.Short, En));

    [Fact]
    public void Invariant_official_date_names_the_month_in_English() =>
        Assert.Equal("5 February 2025", DateFormat.Format(D(2025, 2, 5), DateStyle.Official, En));

    [Fact]
    public void Years_below_one_thousand_are_written_with_four_digits()
    {
        Assert.Equal("05/02/0025", DateFormat.Format(D(25, 2, 5), DateStyle.Short, Vi));
        Assert.Equal("0025-02-05", DateFormat.Format(D(25, 2, 5), DateStyle.Short, En));
        Assert.Equal(D(25, 2, 5), DateFormat.Parse("05/02/0025", Vi));
    }

    [Fact]
    public void Vietnamese_output_is_composed_unicode()
    {
        var text = DateFormat.Format(D(2025, 2, 5), DateStyle.Official, Vi);
        Assert.Contains("\u00E0y", text, StringComparison.Ordinal); // "ngày" with a precomposed à
        Assert.Contains("\u0103m", text, StringComparison.Ordinal); // "năm" with a precomposed ă
    }

    [Theory]
    [InlineData("10/11/2023", 2023, 11, 10)]
    [InlineData("5/2/2025", 2025, 2, 5)]
    [InlineData("10-11-2023", 2023, 11, 10)]
    [InlineData("10.11.2023", 2023, 11, 10)]
    [InlineData("10 / 11 / 2023", 2023, 11, 10)]
    [InlineData("ngày 05 tháng 02 năm 2025", 2025, 2, 5)]
    [InlineData("ngày 5 tháng 2 năm 2025", 2025, 2, 5)]
    [InlineData("Ngày 10 Tháng 11 Năm 2023", 2023, 11, 10)]
    [InlineData("  ngày  10   tháng 11 năm 2023 ", 2023, 11, 10)]
    [InlineData("ngày 10/11/2023", 2023, 11, 10)]
    [InlineData("ngay 10 thang 11 nam 2023", 2023, 11, 10)]
    [InlineData("2023-11-10", 2023, 11, 10)]
    [InlineData("29/02/2024", 2024, 2, 29)]
    public void Vietnamese_dates_are_read_in_the_forms_officers_write(string text, int year, int month, int day)
    {
        Assert.True(DateFormat.TryParse(text, Vi, out var date));
        Assert.Equal(D(year, month, day), date);
        Assert.Equal(D(year, month, day), DateFormat.Parse(text, Vi));
    }

    [Fact]
    public void A_decomposed_official_date_is_read()
    {
        // "ngày 05 tháng 02 năm 2025" in NFD: the marks follow their base letters.
        const string decomposed = "nga\u0300y 05 tha\u0301ng 02 na\u0306m 2025";
        Assert.Equal(D(2025, 2, 5), DateFormat.Parse(decomposed, Vi));
    }

    [Fact]
    public void Thirty_first_of_February_is_rejected() => Assert.False(DateFormat.TryParse("31/02/2023", Vi, out _));

    [Fact]
    public void Twenty_ninth_of_February_in_a_common_year_is_rejected() => Assert.False(DateFormat.TryParse("29/02/2023", Vi, out _));

    [Fact]
    public void Day_zero_is_rejected() => Assert.False(DateFormat.TryParse("00/01/2023", Vi, out _));

    [Theory]
    [InlineData("10/11/23")]
    [InlineData("5/2/25")]
    [InlineData("ngày 5 tháng 2 năm 25")]
    public void Two_digit_years_are_rejected(string text) => Assert.False(DateFormat.TryParse(text, Vi, out _));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("10/13/2023")]
    [InlineData("10/11-2023")]
    [InlineData("10/11/0000")]
    [InlineData("10/11/20233")]
    [InlineData("100/11/2023")]
    [InlineData("ngày 32 tháng 1 năm 2023")]
    [InlineData("ngày 10 tháng 11")]
    [InlineData("2023-11-31")]
    [InlineData("١٠/١١/٢٠٢٣")]
    [InlineData("10 November 2023")]
    public void Text_that_is_not_a_Vietnamese_date_is_rejected(string text)
    {
        Assert.False(DateFormat.TryParse(text, Vi, out var date));
        Assert.Equal(default, date);
        Assert.Throws<FormatException>(() => DateFormat.Parse(text, Vi));
    }

    [Theory]
    [InlineData("2023-11-10", 2023, 11, 10)]
    [InlineData("5 February 2025", 2025, 2, 5)]
    [InlineData("05 february 2025", 2025, 2, 5)]
    [InlineData("5 Feb 2025", 2025, 2, 5)]
    [InlineData("30 Sept 2024", 2024, 9, 30)]
    [InlineData(" 10   NOVEMBER 2023 ", 2023, 11, 10)]
    public void Invariant_dates_are_read_as_iso_or_day_month_name_year(string text, int year, int month, int day) =>
        Assert.Equal(D(year, month, day), DateFormat.Parse(text, En));

    [Theory]
    [InlineData("10/11/2023")]
    [InlineData("ngày 05 tháng 02 năm 2025")]
    [InlineData("30 February 2024")]
    [InlineData("5 Febr 2025")]
    [InlineData("February 5 2025")]
    public void Text_that_is_not_an_invariant_date_is_rejected(string text) => Assert.False(DateFormat.TryParse(text, En, out _));

    [Fact]
    public void Null_text_throws_when_parsing_and_gives_false_when_trying()
    {
        Assert.Throws<ArgumentNullException>(() => DateFormat.Parse(null!, Vi));
        Assert.False(DateFormat.TryParse(null, Vi, out _));
    }

    [Fact]
    public void Dates_outside_the_iso_calendar_are_not_formatted() =>
        Assert.Throws<ArgumentException>(() => DateFormat.Format(D(2023, 1, 5).WithCalendar(CalendarSystem.Julian), DateStyle.Short, Vi));

    [Fact]
    public void Years_before_one_are_not_formatted() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DateFormat.Format(new LocalDate(0, 1, 1), DateStyle.Short, Vi));

    [Fact]
    public void Undefined_styles_and_cultures_are_programming_errors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DateFormat.Format(D(2023, 1, 5), (DateStyle)7, Vi));
        Assert.Throws<ArgumentOutOfRangeException>(() => DateFormat.Format(D(2023, 1, 5), DateStyle.Short, (TextCulture)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => DateFormat.TryParse("10/11/2023", (TextCulture)7, out _));
    }

    [Fact]
    public void The_current_culture_changes_nothing()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            // Turkish lower-cases "I" to a dotless ı and Arabic has its own digits; both are traps for culture-bound code.
            // Under invariant globalization the culture cannot be created, and there is nothing to prove.
            CultureInfo.CurrentCulture = TryCulture("tr-TR");
            Assert.Equal(D(2023, 11, 10), DateFormat.Parse("NGÀY 10 THÁNG 11 NĂM 2023", Vi));
            Assert.Equal(D(2023, 11, 10), DateFormat.Parse("10 NOVEMBER 2023", En));
            CultureInfo.CurrentCulture = TryCulture("ar-SA");
            Assert.Equal("ngày 10 tháng 11 năm 2023", DateFormat.Format(D(2023, 11, 10), DateStyle.Official, Vi));
            Assert.Equal("2023-11-10", DateFormat.Format(D(2023, 11, 10), DateStyle.Short, En));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    internal static CultureInfo TryCulture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
