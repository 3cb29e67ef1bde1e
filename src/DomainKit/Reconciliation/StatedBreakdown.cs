using System.Collections.Immutable;
using DomainKit.Money;
using DomainKit.Validation;

namespace DomainKit.Reconciliation;

/// <summary>
/// A stated total of counts and its stated parts: "120 mô hình: 40 kinh tế, 50 văn hóa – xã hội, 20 quốc phòng – an
/// ninh, 10 xây dựng hệ thống chính trị". The parts must add up to the total (DK801 or DK802). To check the counts
/// against the data as well, state them as <see cref="StatedModelCount"/>s too.
/// </summary>
/// <param name="Quote">The words of the report.</param>
/// <param name="Subject">What the figure is about, such as the unit whose models are counted.</param>
/// <param name="Total">The stated total.</param>
/// <param name="Parts">The stated parts.</param>
public sealed record StatedBreakdown(string Quote, EntityRef Subject, long Total, ImmutableArray<StatedPart> Parts) : StatedFigure(Quote)
{
    /// <summary>Whether <paramref name="other"/> states the same, its parts element by element.</summary>
    public bool Equals(StatedBreakdown? other)
        => other is not null && base.Equals(other) && Subject == other.Subject && Total == other.Total && Utility.Sequences.Equal(Parts, other.Parts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Subject, Total, Utility.Sequences.Hash(Parts));
}

/// <summary>One stated part of a <see cref="StatedBreakdown"/>: "40 kinh tế".</summary>
/// <param name="Name">What the part counts, as the report names it.</param>
/// <param name="Count">The stated count.</param>
public sealed record StatedPart(string Name, long Count);

/// <summary>
/// A stated total amount and its stated parts, each possibly rounded ("2,5 tỷ, trong đó 1,2 tỷ ... và 1,3 tỷ ...").
/// The parts add up when some amounts they allow add up to an amount the total allows, so rounding alone is never a
/// mismatch (DK801 or DK802).
/// </summary>
/// <param name="Quote">The words of the report.</param>
/// <param name="Subject">What the figure is about, such as a fund.</param>
/// <param name="Total">The stated total.</param>
/// <param name="Parts">The stated parts.</param>
public sealed record StatedAmountBreakdown(string Quote, EntityRef Subject, StatedDong Total, ImmutableArray<StatedAmountPart> Parts) : StatedFigure(Quote)
{
    /// <summary>Whether <paramref name="other"/> states the same, its parts element by element.</summary>
    public bool Equals(StatedAmountBreakdown? other)
        => other is not null && base.Equals(other) && Subject == other.Subject && Total == other.Total && Utility.Sequences.Equal(Parts, other.Parts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Subject, Total, Utility.Sequences.Hash(Parts));
}

/// <summary>One stated part of a <see cref="StatedAmountBreakdown"/>.</summary>
/// <param name="Name">What the part is, as the report names it.</param>
/// <param name="Amount">The stated amount.</param>
public sealed record StatedAmountPart(string Name, StatedDong Amount);
