using DomainKit.Funds;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Reconciliation.Checks;

/// <summary>A stated balance at the start or end of a day against the fund's ledger (DK821, DK822 or DK899).</summary>
internal sealed class BalanceCheck : FigureCheck<StatedBalance>
{
    protected override void Check(StatedBalance figure, FigureContext context)
    {
        var entity = EntityRef.ForFund(figure.Fund);
        var at = figure.At == BalanceTime.StartOfDay ? ("đầu", "start") : ("cuối", "end");
        var what = new LocalizedText(
            $"số dư {at.Item1} ngày {DateFormat.Format(figure.Date, DateStyle.Short, TextCulture.Vietnamese)}",
            $"balance at the {at.Item2} of {DateFormat.Format(figure.Date, DateStyle.Short, TextCulture.English)}");
        if (context.LedgerOf(figure.Fund) is not { } ledger)
        {
            context.NotCheckable(entity, "Balance", what, FigureTexts.FundMissing(figure.Fund));
            return;
        }
        // A ledger with no entry by that day, or a summary entry open on it, gives no balance to compare, not 0 đ.
        var day = LedgerStore.ToDayNumber(figure.Date) - (figure.At == BalanceTime.StartOfDay ? 1 : 0);
        if (ledger.Coverage.WhyUnknown(ledger, day) is { } reason)
        {
            context.NotCheckable(entity, "Balance", what, FigureTexts.Of(FigureTexts.LedgerSource(ledger, figure.Fund), reason));
            return;
        }
        context.Amount(entity, "Balance", what, figure.Amount, ledger.BalanceOn(figure.Date, figure.At), FigureTexts.LedgerSource(ledger, figure.Fund));
    }
}
