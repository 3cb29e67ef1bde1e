using DomainKit.Aggregation;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Export;
using DomainKit.Money;
using DomainKit.Text;

namespace DomainKit.Tests.Export;

public sealed class TableLayoutTests
{
    private static ReportTable Table(string id) => ExportFixture.BinhPhuoc.Tables.Single(t => t.Id == id).Table!;

    [Fact]
    public void Each_groups_subtotal_follows_its_last_row_and_the_total_comes_last()
    {
        var table = Table(BinhPhuoc2023.TableIds.FundFlowsByQuarter);

        var rows = TableLayout.Of(table, ExportOptions.Default).Rows.ToList();

        Assert.Equal(table.Rows.Length + table.Subtotals.Length + 1, rows.Count);
        Assert.Equal(RowKind.Total, rows[^1].Kind);
        Assert.Equal("Tổng cộng", rows[^1].Cells[0].Text);
        for (var i = 0; i < rows.Count - 1; i++)
        {
            if (rows[i].Kind == RowKind.Subtotal)
            {
                Assert.Equal(rows[i - 1].Cells[0].Key, rows[i].Cells[0].Key);
                Assert.EndsWith(" (cộng)", rows[i].Cells[0].Text, StringComparison.Ordinal);
                Assert.Equal(string.Empty, rows[i].Cells[1].Text);
            }
            else if (rows[i + 1].Kind == RowKind.Detail)
            {
                Assert.Equal(rows[i].Cells[0].Key, rows[i + 1].Cells[0].Key);
            }
        }
    }

    [Fact]
    public void Columns_are_the_dimensions_then_the_measures_with_their_kinds()
    {
        var layout = TableLayout.Of(Table(BinhPhuoc2023.TableIds.PledgesByUnit), ExportOptions.Default with { Culture = TextCulture.English });

        Assert.Equal(1, layout.DimensionCount);
        Assert.Equal(
            [ColumnKind.Dimension, ColumnKind.Count, ColumnKind.Count, ColumnKind.Count, ColumnKind.Rate],
            layout.Columns.Select(c => c.Kind));
        Assert.Equal("child-of-root", layout.Columns[0].Code);
        Assert.Equal("Unit", layout.Columns[0].Header);
        Assert.False(layout.Columns[0].IsNumeric);
        Assert.True(layout.Columns[4].IsNumeric);
    }

    [Fact]
    public void Cells_carry_the_key_or_the_typed_value_beside_the_text()
    {
        var layout = TableLayout.Of(Table(BinhPhuoc2023.TableIds.PledgesByUnit), ExportOptions.Default);

        var buDang = layout.Rows.Single(r => r.Cells[0].Key == BinhPhuoc2023.UnitIds.DangBoHuyenBuDang.ToString());
        Assert.Equal(3_922, buDang.Cells[2].Value?.Count);
        Assert.Equal("3.922", buDang.Cells[2].Text);
        Assert.Null(buDang.Cells[0].Value);
    }

    [Fact]
    public void Missing_figures_are_a_dash_not_zero_and_the_layout_says_so()
    {
        var layout = TableLayout.Of(ExportFixture.Named("Xã A").Tables[0].Table!, ExportOptions.Default);

        var row = layout.Rows.First();
        Assert.Equal("–", row.Cells[3].Text);
        Assert.False(row.Cells[3].Value!.Value.HasValue);
        Assert.True(layout.HasMissing);
        Assert.Equal("–: không có số liệu", TableLayout.MissingNote(TextCulture.Vietnamese));
        Assert.Equal("–: not reported", TableLayout.MissingNote(TextCulture.English));
        Assert.False(TableLayout.Of(Table(BinhPhuoc2023.TableIds.ModelsByField), ExportOptions.Default).HasMissing);
    }

    [Theory]
    [InlineData(DongStyle.Full, TextCulture.Vietnamese, "6.100.542.700 đ")]
    [InlineData(DongStyle.Compact, TextCulture.Vietnamese, "6,1 tỷ đồng")]
    [InlineData(DongStyle.Plain, TextCulture.Vietnamese, "6100542700")]
    [InlineData(DongStyle.Full, TextCulture.English, "6,100,542,700 VND")]
    public void Amounts_are_written_in_the_money_style(DongStyle style, TextCulture culture, string expected)
    {
        Assert.Equal(expected, TableLayout.Format(MeasureValue.OfMoney(new Dong(6_100_542_700)), new ExportOptions { MoneyStyle = style, Culture = culture }));
    }

    [Fact]
    public void Plain_style_writes_counts_without_grouping_and_rates_stay_percentages()
    {
        var plain = new ExportOptions { MoneyStyle = DongStyle.Plain };

        Assert.Equal("3922", TableLayout.Format(MeasureValue.OfCount(3_922), plain));
        Assert.Equal("3.922", TableLayout.Format(MeasureValue.OfCount(3_922), ExportOptions.Default));
        Assert.Equal("95,0%", TableLayout.Format(MeasureValue.OfRate(3_922, 4_127), plain));
        Assert.Equal(TableLayout.MissingText, TableLayout.Format(MeasureValue.Missing(MeasureValueKind.Money), plain));
    }

    [Fact]
    public void A_layout_is_laid_out_afresh_each_time_it_is_enumerated()
    {
        var layout = TableLayout.Of(Table(BinhPhuoc2023.TableIds.ModelsByField), ExportOptions.Default);

        Assert.Equal(layout.RowCount, layout.Rows.Count());
        Assert.Equal(layout.Rows.Select(r => r.ToString()), layout.Rows.Select(r => r.ToString()));
    }
}
