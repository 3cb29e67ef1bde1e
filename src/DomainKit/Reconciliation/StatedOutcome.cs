using DomainKit.Models;
using DomainKit.Money;

namespace DomainKit.Reconciliation;

/// <summary>
/// A stated outcome of a model: "đã hỗ trợ cho 1.722 đối tượng ... với số tiền huy động 1.724.804.300đ". Checked against
/// the model's <see cref="OutcomeIndicator"/>: the quantity (DK803 or DK804) and the money value (DK821 or DK822).
/// </summary>
/// <param name="Quote">The words of the report.</param>
/// <param name="Model">The model.</param>
public sealed record StatedOutcome(string Quote, ModelId Model) : StatedFigure(Quote)
{
    /// <summary>The name of the model's indicator, or <see langword="null"/> when the model has only one.</summary>
    public string? Indicator { get; init; }

    /// <summary>The stated quantity, if any.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>The stated money value, if any.</summary>
    public StatedDong? MoneyValue { get; init; }
}
