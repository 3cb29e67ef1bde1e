using System.Globalization;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Text;

namespace DomainKit.Tests.Examples;

public sealed class BinhPhuocProgramTests
{
    private static string Run(TextCulture culture)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        Program.Write(output, culture);
        return output.ToString();
    }

    [Fact]
    public void The_Vietnamese_output_shows_the_Phuoc_Long_fund_as_of_10_11_2023()
    {
        var text = Run(TextCulture.Vietnamese);

        Assert.Contains("6.100.542.700 đ", text);
        Assert.Contains("3.990.589.000 đ", text);
        Assert.Contains("10/11/2023", text);
        Assert.Contains("số dư 2.109.953.700 đ", text);
        Assert.Contains("Không có phát hiện nào.", text);
        Assert.Contains("3.922 đảng viên đăng ký", text);
        Assert.Contains("95,0%", text);
    }

    [Fact]
    public void The_English_output_writes_amounts_in_the_invariant_culture()
    {
        var text = Run(TextCulture.English);

        Assert.Contains("6,100,542,700 VND", text);
        Assert.Contains("3,990,589,000 VND", text);
        Assert.Contains("2023-11-10", text);
        Assert.Contains("No findings.", text);
        Assert.DoesNotContain("6.100.542.700", text);
    }

    [Fact]
    public void The_output_does_not_depend_on_the_current_culture()
    {
        var expectedVietnamese = Run(TextCulture.Vietnamese);
        var expectedEnglish = Run(TextCulture.English);
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            foreach (var name in new[] { "tr-TR", "de-DE", "ar-SA", "vi-VN" })
            {
                CultureInfo culture;
                try
                {
                    culture = CultureInfo.GetCultureInfo(name);
                }
                catch (CultureNotFoundException)
                {
                    // Under invariant globalization no named culture exists, and the output cannot depend on one.
                    continue;
                }
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
                Assert.Equal(expectedVietnamese, Run(TextCulture.Vietnamese));
                Assert.Equal(expectedEnglish, Run(TextCulture.English));
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
