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
            for (var i = 0; i < ledger.Entries.Length; i++)
            {
                var beneficiaries = ledger.Entries[i] switch
                {
                    Disbursement d => d.Beneficiaries,
                    LoanDisbursement l => l.Beneficiaries,
                    InKindDistribution d => d.Beneficiaries,
                    _ => null,
                };
                if (beneficiaries is { Occurrences: int occurrences, Distinct: int distinct } && distinct > occurrences)
                {
                    context.Report(EntityRef.ForFundEntry(ledger.FundId, i), "Beneficiaries.Distinct",
                        ("distinct", distinct), ("occurrences", occurrences));
                }
            }
        }
    }
}
