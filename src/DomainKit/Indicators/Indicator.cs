using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using DomainKit.Text;
using DomainKit.Utility;

namespace DomainKit.Indicators;

/// <summary>
/// A chỉ tiêu: a figure that units state in their reports, such as the number of models launched, the money a fund
/// raised or the share of Party members who studied a resolution. It says what its figures are (<see cref="Kind"/>),
/// how they combine over time and over units, which breakdowns they may be given by (<see cref="Disaggregations"/>)
/// and, where DomainKit can also compute the figure from records, the measure that does (<see cref="MeasureCode"/>),
/// so that stated figures and records can be compared. The built-in indicators cover what the reports of the
/// movements state; apps define their own with the constructor. Immutable and thread-safe; equal by code (ordinal,
/// ignoring case), so an app's indicator with a built-in code is that built-in indicator.
/// </summary>
public sealed class Indicator : IEquatable<Indicator>
{
    private readonly ImmutableArray<string> disaggregations = [];

    /// <summary>Creates an indicator.</summary>
    /// <param name="code">The stable code: <c>models-launched</c>. Letters, digits, <c>-</c>, <c>_</c> and <c>.</c>.</param>
    /// <param name="name">The name in Vietnamese and English, as a report's row or column.</param>
    /// <param name="kind">What its figures are.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank or holds other characters.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public Indicator(string code, LocalizedText name, IndicatorKind kind)
    {
        Code = IndicatorCodes.Check(code);
        Name = name;
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of indicator.");
        OverTime = kind == IndicatorKind.Rate ? TimeAggregation.Recompute : TimeAggregation.Sum;
        OverUnits = kind == IndicatorKind.Rate ? HierarchyAggregation.Recompute : HierarchyAggregation.Sum;
    }

    /// <summary>The stable code, used in files, forms and figures.</summary>
    public string Code { get; }

    /// <summary>The name in Vietnamese and English.</summary>
    public LocalizedText Name { get; }

    /// <summary>What its figures are.</summary>
    public IndicatorKind Kind { get; }

    /// <summary>
    /// What one of a count is, as reports write it after the number (<c>mô hình</c> / <c>models</c>, <c>lượt</c> /
    /// <c>occurrences</c>); for a quantity, its unit of measure (<c>km</c>). <see langword="null"/> when nothing is written.
    /// </summary>
    public LocalizedText? Unit { get; init; }

    /// <summary>
    /// How figures of consecutive periods combine: a flow (<see cref="TimeAggregation.Sum"/>, the default), a stock
    /// that takes the value at the end (<see cref="TimeAggregation.LastValue"/>), or a rate recomputed from its counts
    /// (<see cref="TimeAggregation.Recompute"/>, the only choice for a rate).
    /// </summary>
    /// <exception cref="ArgumentException">A rate that is not recomputed, or a count, amount or quantity that is.</exception>
    public TimeAggregation OverTime
    {
        get;
        init => field = Enum.IsDefined(value) && (value == TimeAggregation.Recompute) == (Kind == IndicatorKind.Rate)
            ? value
            : throw new ArgumentException("A rate is recomputed from its counts over time, and only a rate is.", nameof(OverTime));
    }

    /// <summary>
    /// How figures of the units of a subtree combine: added (<see cref="HierarchyAggregation.Sum"/>, the default),
    /// recomputed from the counts (a rate, and only a rate), or not combined (<see cref="HierarchyAggregation.None"/>).
    /// </summary>
    /// <exception cref="ArgumentException">A rate that is neither recomputed nor left uncombined, or another kind that is recomputed.</exception>
    public HierarchyAggregation OverUnits
    {
        get;
        init => field = Enum.IsDefined(value)
            && (value != HierarchyAggregation.Recompute || Kind == IndicatorKind.Rate)
            && (value != HierarchyAggregation.Sum || Kind != IndicatorKind.Rate)
            ? value
            : throw new ArgumentException("Only a rate is recomputed over units, and a rate is never added.", nameof(OverUnits));
    }

    /// <summary>
    /// The codes of the breakdowns its figures may be given by, in order: the dimensions of DomainKit's reports
    /// (<c>field-root</c>, <c>field</c>, <c>model-kind</c>, <c>lifecycle-stage</c>, <c>purpose</c>, <c>award-form</c>,
    /// <c>award-level</c>, <c>recipient-kind</c>, ...) or an app's own. A figure without keys is the indicator's total.
    /// </summary>
    public ImmutableArray<string> Disaggregations
    {
        get => disaggregations;
        init => disaggregations = IndicatorCodes.CheckList(value, nameof(Disaggregations));
    }

    /// <summary>For a rate, the code of the count indicator it divides (<c>study-participants</c>); otherwise <see langword="null"/>.</summary>
    public string? Numerator { get; init; }

    /// <summary>For a rate, the code of the count indicator it divides by (<c>study-eligible</c>); otherwise <see langword="null"/>.</summary>
    public string? Denominator { get; init; }

    /// <summary>
    /// The code of the measure of DomainKit's report engine that computes the same figure from records
    /// (<c>launched-models</c>), grouped by the same dimension codes; <see langword="null"/> when the library holds no
    /// records for it (houses built, Party members who studied).
    /// </summary>
    public string? MeasureCode { get; init; }

    /// <summary>The built-in indicators, in the order of a report: models, participation, money, support, outcomes, commendations.</summary>
    public static IReadOnlyList<Indicator> BuiltIn => BuiltInIndicators.All;

    /// <summary>The built-in indicator with <paramref name="code"/> (ordinal, ignoring case).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No built-in indicator has that code.</exception>
    public static Indicator FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryFromCode(code, out var indicator)
            ? indicator
            : throw new ArgumentException(
                $"No built-in indicator has the code '{code}'; there are: {string.Join(", ", BuiltIn.Select(i => i.Code))}. An app's own indicators are made with the constructor.",
                nameof(code));
    }

    /// <summary>Finds the built-in indicator with <paramref name="code"/>, as <see cref="FromCode"/> does; false when there is none.</summary>
    public static bool TryFromCode([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Indicator? indicator)
    {
        indicator = code is null ? null : BuiltInIndicators.Find(code);
        return indicator is not null;
    }

    /// <inheritdoc/>
    public bool Equals(Indicator? other) => other is not null && string.Equals(Code, other.Code, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Indicator);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Code);

    /// <summary>The code and the English name: <c>models-launched (Models launched)</c>.</summary>
    public override string ToString() => $"{Code} ({Name.English})";
}
