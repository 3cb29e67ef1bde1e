using DomainKit.Funds;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Reconciliation.Checks;

/// <summary>
/// A fund's stated contributions, disbursements and occurrences supported, in a period or up to a day, against its
/// ledger (DK821, DK822, DK803, DK804 or DK899).
/// </summary>
internal sealed class FundTotalsCheck : FigureCheck<StatedFundTotals>
{
    protected override void Check(StatedFundTotals figure, FigureContext context)
    {
        var entity = EntityRef.ForFund(figure.Fund);
        var scope = figure.Period is { } period
            ? new LocalizedText(PeriodFormat.Format(period, TextCulture.Vietnamese), PeriodFormat.Format(period, TextCulture.English))
            : new LocalizedText(
                "đến ngày " + DateFormat.Format(figure.AsOf, DateStyle.Short, TextCulture.Vietnamese),
                "to " + DateFormat.Format(figure.AsOf, DateStyle.Short, TextCulture.English));
        if (context.LedgerOf(figure.Fund) is not { } ledger)
        {
            context.NotCheckable(entity, "Entries", new("số liệu quỹ " + scope.Vietnamese, "fund totals " + scope.English), FigureTexts.FundMissing(figure.Fund));
            return;
        }
        if (!ledger.Coverage.KnownBy(LedgerStore.ToDayNumber(figure.AsOf)))
        {
            // No entry up to that day: the ledger says nothing of the totals, which is not saying they are 0 đ.
            context.NotCheckable(entity, "Entries", new("số liệu quỹ " + scope.Vietnamese, "fund totals " + scope.English),
                FigureTexts.Of(FigureTexts.LedgerSource(ledger, figure.Fund), ledger.Coverage.WhyUnknown(ledger, LedgerStore.ToDayNumber(figure.AsOf))!.Value));
            return;
        }

        // Summary entries carry their span, so the fund's own entries are read as records: an entry counts when it lies in scope.
        var inScope = ledger.Entries
            .Where(e => e.Date <= figure.AsOf
                && (figure.Period is not { } p || (p.Contains(e.Date) && (e.Covers is not { } covers || covers.Start >= p.Start))))
            .ToList();
        var source = FigureTexts.LedgerSource(ledger, figure.Fund);

        if (figure.Contributions is { } contributions)
        {
            var sum = FigureMath.Sum(inScope.OfType<Contribution>().Select(c => c.Amount));
            context.Amount(entity, "Contributions", new("số tiền đóng góp " + scope.Vietnamese, "contributions " + scope.English), contributions, sum, source);
        }

        var outflows = inScope
            .Where(e => e is Disbursement || (figure.DisbursementsIncludeLoans && e is LoanDisbursement))
            .ToList();
        if (figure.Disbursements is { } disbursements)
        {
            var sum = FigureMath.Sum(outflows.Select(e => e is LoanDisbursement loan ? loan.Principal : ((Disbursement)e).Amount));
            var what = figure.DisbursementsIncludeLoans
                ? new LocalizedText("số tiền đã chi (kể cả cho vay) " + scope.Vietnamese, "disbursements (loans included) " + scope.English)
                : new LocalizedText("số tiền đã chi " + scope.Vietnamese, "disbursements " + scope.English);
            context.Amount(entity, "Disbursements", what, disbursements, sum, source);
        }

        if (figure.Occurrences is { } occurrences)
        {
            var what = new LocalizedText("số lượt được hỗ trợ " + scope.Vietnamese, "number of occurrences supported " + scope.English);
            var counts = outflows
                .Select(e => e switch
                {
                    Disbursement d => d.Beneficiaries?.Occurrences,
                    LoanDisbursement l => l.Beneficiaries?.Occurrences,
                    _ => null,
                })
                .ToList();
            if (counts.Any(c => c is null))
            {
                context.NotCheckable(entity, "Occurrences", what,
                    new("có khoản chi không ghi số lượt", "an outflow does not record its occurrences"));
            }
            else
            {
                context.Count(entity, "Occurrences", what, occurrences, counts.Sum(c => (long)c!.Value));
            }
        }
    }
}
