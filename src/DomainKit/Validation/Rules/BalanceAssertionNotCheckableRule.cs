using DomainKit.Funds;
using DomainKit.Text;

namespace DomainKit.Validation.Rules;

/// <summary>
/// DK506: a stated balance that the ledger's entries cannot give, so that it can be neither confirmed nor contradicted:
/// the ledger has no entry on or before its day (a fund whose only record is the balance), or the day falls inside the
/// span of a summary entry booked later. Comparing it with 0 đ, or with a balance that lacks an unknown part of the
/// summary entry, would report a difference that the data does not show.
/// </summary>
internal sealed class BalanceAssertionNotCheckableRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK506", "BalanceAssertionNotCheckable", Severity.Warning,
        new("Số dư công bố không đối chiếu được", "A stated balance cannot be checked"),
        new("Số dư {when} ngày {date} được ghi là {stated} nhưng không đối chiếu được: sổ quỹ {reason}.",
            "The balance at the {when} of {date} is stated as {stated} but cannot be checked: the ledger {reason}."));

    public void Validate(RuleContext context)
    {
        foreach (var ledger in context.Dataset.Ledgers)
        {
            LedgerCoverage? coverage = null;
            for (var i = 0; i < ledger.Count; i++)
            {
                if (ledger.KindAt(i) != FundEntryKind.BalanceAssertion || ledger.EntryAt(i) is not BalanceAssertion assertion)
                {
                    continue;
                }
                coverage ??= ledger.Coverage;
                if (!IsCheckable(coverage.Value, assertion) && coverage.Value.WhyUnknown(ledger, Day(assertion)) is { } reason)
                {
                    var when = assertion.At == BalanceTime.StartOfDay ? new LocalizedText("đầu", "start") : new LocalizedText("cuối", "end");
                    context.Report(EntityRef.ForFundEntry(ledger.FundId, i), "StatedBalance",
                        (MessageArguments.When, when), (MessageArguments.Date, assertion.Date), (MessageArguments.Stated, assertion.StatedBalance), (MessageArguments.Reason, reason));
                }
            }
        }
    }

    /// <summary>Whether the entries give the balance <paramref name="assertion"/> states, so that DK504 can compare them.</summary>
    internal static bool IsCheckable(LedgerCoverage coverage, BalanceAssertion assertion) => coverage.GivesBalanceOn(Day(assertion));

    // The balance at the start of a day is that at the end of the day before.
    private static int Day(BalanceAssertion assertion) => LedgerStore.ToDayNumber(assertion.Date) - (assertion.At == BalanceTime.StartOfDay ? 1 : 0);
}
