namespace DomainKit.Funds;

/// <summary>
/// Who benefited from a disbursement, counted twice: occurrences (lượt) and distinct people or households.
/// One person helped by two organisations is one person but two occurrences. Each count is
/// <see langword="null"/> when not reported. Immutable and thread-safe.
/// </summary>
/// <param name="Occurrences">How many times someone was helped (lượt).</param>
/// <param name="Distinct">How many different people or households were helped.</param>
public sealed record Beneficiaries(int? Occurrences, int? Distinct)
{
    /// <summary>What the counts are of.</summary>
    public BeneficiaryKind Kind { get; init; } = BeneficiaryKind.People;

    /// <summary>Who they were, in the report's words: "đảng viên cao tuổi đảng có kinh tế khó khăn".</summary>
    public string? Description { get; init; }
}
