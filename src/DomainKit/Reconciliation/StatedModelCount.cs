using DomainKit.Models;
using DomainKit.Units;

namespace DomainKit.Reconciliation;

/// <summary>
/// A stated number of models of a unit: "Toàn huyện triển khai thực hiện 02 mô hình", "Có 02 mô hình tiêu biểu".
/// Checked against the models the data holds (DK803 or DK804).
/// </summary>
/// <param name="Quote">The words of the report.</param>
/// <param name="Unit">The unit whose models are counted.</param>
/// <param name="Count">The stated number.</param>
public sealed record StatedModelCount(string Quote, UnitId Unit, long Count) : StatedFigure(Quote)
{
    /// <summary>Whether only exemplary models (tiêu biểu, điển hình) are counted.</summary>
    public bool ExemplaryOnly { get; init; }

    /// <summary>The field counted, or <see langword="null"/> for every field; a field counts its sub-fields.</summary>
    public ModelField? Field { get; init; }

    /// <summary>Whether models of the units below <see cref="Unit"/> in the organisational tree count too (the default).</summary>
    public bool IncludeSubtree { get; init; } = true;
}
