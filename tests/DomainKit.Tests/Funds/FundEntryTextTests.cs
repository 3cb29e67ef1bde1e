using DomainKit.Funds;
using DomainKit.Money;
using NodaTime;

namespace DomainKit.Tests.Funds;

public sealed class FundEntryTextTests
{
    [Fact]
    public void An_entry_of_the_smallest_amount_still_writes_itself_out()
    {
        var day = new LocalDate(2023, 11, 10);
        FundEntry[] entries =
        [
            new Disbursement("quy", day, Dong.MinValue),
            new LoanDisbursement("quy", day, Dong.MinValue, "L1"),
        ];

        Assert.All(entries, entry =>
        {
            var text = entry.ToString();
            Assert.Contains("FundId = quy", text, StringComparison.Ordinal);
            Assert.Contains(Dong.MinValue.ToString(), text, StringComparison.Ordinal);
            Assert.DoesNotContain("CashEffect", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_cash_effect_is_still_there_to_ask_for()
    {
        Assert.Equal(new Dong(-500), new Disbursement("quy", new LocalDate(2023, 1, 1), new Dong(500)).CashEffect);
    }
}
