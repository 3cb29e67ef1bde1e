using DomainKit.Funds;

namespace DomainKit.Validation.Rules;

/// <summary>The loans or repayments of a ledger with their positions, read as records only for entries of that kind.</summary>
internal static class LoanEntries
{
    public static IEnumerable<(int Index, T Entry)> Of<T>(FundLedger ledger, FundEntryKind kind)
        where T : FundEntry
    {
        for (var i = 0; i < ledger.Count; i++)
        {
            if (ledger.KindAt(i) == kind && ledger.EntryAt(i) is T entry)
            {
                yield return (i, entry);
            }
        }
    }
}
