using DomainKit.Models;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Funds;

/// <summary>
/// A savings or charity fund run by a unit, often as a model: "Thực hành tiết kiệm vì người nghèo",
/// "Quỹ vì người nghèo", a revolving fund, a rice jar. Its ledger is the <see cref="FundEntry"/> values
/// that name it. Immutable and thread-safe; construction never rejects bad data, validation reports it.
/// </summary>
public sealed record Fund
{
    /// <summary>The fund's id.</summary>
    public required FundId Id { get; init; }

    /// <summary>The name as users write it.</summary>
    public required string Name { get; init; }

    /// <summary>The unit that runs the fund.</summary>
    public required UnitId OwnerId { get; init; }

    /// <summary>What the fund is for, in the words of its charter: "hỗ trợ đảng viên có hoàn cảnh khó khăn".</summary>
    public string? Purpose { get; init; }

    /// <summary>The model the fund belongs to, if any.</summary>
    public ModelId? ModelId { get; init; }

    /// <summary>The day the fund started, or <see langword="null"/> when unknown.</summary>
    public LocalDate? InceptionDate { get; init; }
}
