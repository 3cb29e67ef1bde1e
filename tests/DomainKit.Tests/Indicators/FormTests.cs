using DomainKit.Indicators;
using DomainKit.Periods;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Tests.Indicators;

public sealed class FormTests
{
    [Fact]
    public void A_half_year_report_is_due_fifteen_days_after_the_half_year()
    {
        var form = Form.FromCode("dvk-half-year");
        Assert.Equal(PeriodKind.HalfYear, form.PeriodKind);
        Assert.Equal(new LocalDate(2023, 7, 15), form.DueOn(ReportingPeriod.HalfYear(2023, 1)));
        Assert.Equal(new LocalDate(2023, 12, 16), Form.FromCode("dvk-year").DueOn(ReportingPeriod.Year(2023)));
    }

    [Fact]
    public void A_form_without_a_due_date_has_no_day_a_submission_is_late()
    {
        var form = new Form("wells", new("Giếng", "Wells"), PeriodKind.Year, new FormItem("houses-built"));
        Assert.Null(form.DueOn(ReportingPeriod.Year(2024)));
    }

    [Fact]
    public void Every_item_of_a_built_in_form_is_a_built_in_indicator_and_asks_only_for_its_breakdowns()
    {
        foreach (var form in Form.BuiltIn)
        {
            foreach (var item in form.Items)
            {
                var indicator = Indicator.FromCode(item.IndicatorCode);
                Assert.All(item.Disaggregations, d => Assert.Contains(d, indicator.Disaggregations, StringComparer.OrdinalIgnoreCase));
            }
        }
    }

    [Fact]
    public void A_form_is_expected_from_the_kinds_of_unit_it_names_or_from_every_unit()
    {
        var form = Form.FromCode("dvk-half-year");
        Assert.True(form.IsExpectedFrom(UnitKind.District));
        Assert.False(form.IsExpectedFrom(UnitKind.Village));
        var open = new Form("open", new("x", "x"), PeriodKind.Quarter, new FormItem("gifts"));
        Assert.True(open.IsExpectedFrom(UnitKind.Village));
    }

    [Fact]
    public void An_item_is_found_by_its_indicator_and_says_its_breakdowns()
    {
        var form = Form.FromCode("dvk-half-year");
        Assert.Equal(new FormItem("models-active", "field-root"), form.ItemOf("MODELS-ACTIVE"));
        Assert.Equal("models-active by field-root", form.ItemOf("models-active")!.ToString());
        Assert.Null(form.ItemOf("no-such"));
        Assert.NotEqual(new FormItem("models-active"), new FormItem("models-active", "field-root"));
    }

    [Fact]
    public void A_form_without_figures_or_with_an_indicator_twice_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Form("x", new("x", "x"), PeriodKind.Year));
        Assert.Throws<ArgumentException>(() => new Form("x", new("x", "x"), PeriodKind.Year, new FormItem("gifts"), new FormItem("GIFTS", "purpose")));
        Assert.Throws<ArgumentNullException>(() => new Form("x", new("x", "x"), PeriodKind.Year, (FormItem)null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Form("x", new("x", "x"), (PeriodKind)99, new FormItem("gifts")));
        Assert.Throws<ArgumentException>(() => Form.FromCode("nope"));
        Assert.True(Form.TryFromCode("DVK-YEAR", out var year));
        Assert.Equal("dvk-year", year.Code);
    }
}
