using System.Globalization;
using DomainKit.Money;
using DomainKit.Text;

namespace DomainKit.Tests.Money;

public sealed class DongArithmeticTests
{
    [Fact]
    public void Adding_and_subtracting_gives_whole_dong()
    {
        var pledged = Dong.FromBillions(6) + Dong.FromMillions(100) + Dong.FromThousands(542) + new Dong(700);

        Assert.Equal(6_100_542_700L, pledged.Value);
        Assert.Equal(new Dong(6_100_542_000L), pledged - new Dong(700));
        Assert.Equal(new Dong(-5), Dong.Zero - new Dong(5));
        Assert.Equal(new Dong(2_100), new Dong(700) * 3);
    }

    [Fact]
    public void Addition_past_the_largest_amount_throws_overflow()
    {
        Assert.Throws<OverflowException>(() => Dong.MaxValue + new Dong(1));
        Assert.Throws<OverflowException>(() => Dong.MinValue - new Dong(1));
        Assert.Throws<OverflowException>(() => Dong.MaxValue * 2);
        Assert.Throws<OverflowException>(() => -Dong.MinValue);
        Assert.Throws<OverflowException>(() => Dong.MinValue.Abs());
        Assert.Throws<OverflowException>(() => Dong.FromBillions(long.MaxValue / 1_000_000_000L + 1));
    }

    [Fact]
    public void Summing_amounts_that_overflow_throws()
    {
        Assert.Equal(new Dong(6), Dong.Sum([new Dong(1), new Dong(2), new Dong(3)]));
        Assert.Throws<OverflowException>(() => Dong.Sum([Dong.MaxValue, new Dong(1)]));
        Assert.Throws<ArgumentNullException>(() => Dong.Sum(null!));
    }

    [Fact]
    public void Try_add_reports_overflow_instead_of_throwing()
    {
        Assert.False(Dong.TryAdd(Dong.MaxValue, new Dong(1), out var overflowed));
        Assert.Equal(Dong.Zero, overflowed);
        Assert.True(Dong.TryAdd(new Dong(40), new Dong(2), out var sum));
        Assert.Equal(new Dong(42), sum);
    }

    [Fact]
    public void Amounts_compare_by_value()
    {
        var small = new Dong(700);
        var large = Dong.FromMillions(766);

        Assert.True(small < large);
        Assert.True(large > small);
        Assert.True(small <= new Dong(700));
        Assert.True(large >= small);
        Assert.Equal(-1, small.CompareTo(large));
        Assert.Equal(1, ((IComparable)small).CompareTo(null));
        Assert.Throws<ArgumentException>(() => ((IComparable)small).CompareTo("700"));
        Assert.Equal([new Dong(-1), small, large], new[] { large, new Dong(-1), small }.Order());
    }

    [Fact]
    public void Amounts_with_the_same_value_are_equal()
    {
        Assert.Equal(Dong.FromThousands(1), new Dong(1_000));
        Assert.True(Dong.FromThousands(1) == new Dong(1_000));
        Assert.True(new Dong(1) != new Dong(2));
        Assert.True(new Dong(5).Equals((object)new Dong(5)));
        Assert.False(new Dong(5).Equals((object)5L));
        Assert.Equal(new Dong(5).GetHashCode(), new Dong(5).GetHashCode());
        Assert.Equal(Dong.Zero, default);
    }

    [Fact]
    public void Formatting_with_a_Vietnamese_culture_info_writes_Vietnamese()
    {
        CultureInfo vietnamese;
        try
        {
            vietnamese = CultureInfo.GetCultureInfo("vi-VN");
        }
        catch (CultureNotFoundException)
        {
            // Under invariant globalization with predefined cultures only, the culture cannot be created; nothing to check.
            return;
        }
        var amount = new Dong(6_100_542_700L);

        Assert.Equal("6.100.542.700 đ", amount.ToString(null, vietnamese));
        Assert.Equal("6,1 tỷ đồng", amount.ToString("C", vietnamese));
        Assert.Equal("6 tỷ 100 triệu 542 nghìn 700 đồng", amount.ToString("W", vietnamese));
        Assert.Equal("6100542700", amount.ToString("P", vietnamese));
        Assert.Equal("6,1 tỷ đồng", string.Format(vietnamese, "{0:C}", amount));
    }

    [Fact]
    public void Formatting_with_any_other_provider_writes_invariant()
    {
        var amount = new Dong(6_100_542_700L);

        Assert.Equal("6,100,542,700 VND", amount.ToString());
        Assert.Equal("6,100,542,700 VND", amount.ToString("F", CultureInfo.InvariantCulture));
        Assert.Equal("6.1 billion VND", amount.ToString("C", null));
        Assert.Equal("6 billion 100 million 542 thousand 700 VND", string.Format(CultureInfo.InvariantCulture, "{0:W}", amount));
        Assert.Throws<FormatException>(() => amount.ToString("X", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Parsing_a_dong_gives_the_nominal_value()
    {
        Assert.Equal(new Dong(2_500_000_000L), Dong.Parse("khoảng 2,5 tỷ", TextCulture.Vietnamese));
        Assert.True(Dong.TryParse("766 million", TextCulture.English, out var amount));
        Assert.Equal(Dong.FromMillions(766), amount);
        Assert.False(Dong.TryParse("2,5", TextCulture.Vietnamese, out _));
        Assert.Throws<FormatException>(() => Dong.Parse("2,5", TextCulture.Vietnamese));
        Assert.Throws<ArgumentNullException>(() => Dong.Parse(null!, TextCulture.Vietnamese));
    }
}
