using DomainKit.Money;
using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Reconciliation;

/// <summary>
/// A stated, possibly rounded amount against the exact figure it stands for: "6,1 tỷ đồng" against 6.100.542.700 đ.
/// "6,1 tỷ" is consistent with 6.050.000.000 to 6.149.999.999 đ only (DK821 or DK822); see <see cref="StatedDong.ConsistentRange"/>.
/// </summary>
/// <param name="Quote">The words of the report.</param>
/// <param name="Stated">The amount as written.</param>
/// <param name="Exact">The exact amount it stands for.</param>
public sealed record StatedAmount(string Quote, StatedDong Stated, Dong Exact) : StatedFigure(Quote)
{
    /// <summary>What the figure is about; the dataset as a whole unless told.</summary>
    public EntityRef Subject { get; init; } = EntityRef.Dataset;

    /// <summary>Where the exact figure comes from, for the message; "the exact figure" when <see langword="null"/>.</summary>
    public LocalizedText? ExactSource { get; init; }
}
