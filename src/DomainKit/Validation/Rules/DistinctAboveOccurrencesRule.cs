using DomainKit.Funds;

namespace DomainKit.Validation.Rules;

/// <summary>DK505: more distinct beneficiaries than occurrences, which cannot be: each person helped is at least one occurrence.</summary>
internal sealed class DistinctAboveOccurrencesRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK505", "DistinctAboveOccurrences", Severity.Error,
        new("Số người lớn hơn số lượt", "More distinct beneficiaries than occurrences"),
        new("{distinct} người (hộ) được hỗ trợ nhưng chỉ có {occurrences} lượt.",
            "{distinct} distinct beneficiaries but only {occurrences} occurrences."));

    public void Validate(RuleContext context)
    {
        foreach (var ledger in context.Dataset.Ledgers)
        {
            for (var i = 0; i < ledger.Count; i++)
            {
                // The store keeps every entry's beneficiary counts in columns, Missing where not reported.
                var occurrences = ledger.OccurrencesAt(i);
                var distinct = ledger.DistinctAt(i);
                if (occurrences != LedgerStore.Missing && distinct != LedgerStore.Missing && distinct > occurrences)
                {
                    context.Report(EntityRef.ForFundEntry(ledger.FundId, i), "Beneficiaries.Distinct",
                        (MessageArguments.Distinct, distinct), (MessageArguments.Occurrences, occurrences));
                }
            }
        }
    }
}
