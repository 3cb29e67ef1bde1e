using System.Collections.Immutable;

namespace DomainKit.Submissions;

/// <summary>
/// One figure of a submission: the indicator, the breakdown it states (<see cref="Keys"/>; none for the total), the
/// value as stated, and the words it came from (<see cref="Quote"/>), so that an officer can find it in the report.
/// Immutable and thread-safe; equal by value. Construction never rejects bad data (an unknown indicator, a value of
/// the wrong kind): validation reports it.
/// </summary>
public sealed class SubmittedFigure : IEquatable<SubmittedFigure>
{
    private readonly ImmutableArray<FigureKey> keys = [];

    /// <summary>Creates a figure.</summary>
    /// <param name="indicatorCode">The indicator's code.</param>
    /// <param name="value">The value as stated.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public SubmittedFigure(string indicatorCode, FigureValue value)
    {
        IndicatorCode = indicatorCode ?? throw new ArgumentNullException(nameof(indicatorCode));
        Value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The indicator's code.</summary>
    public string IndicatorCode { get; }

    /// <summary>The value as stated.</summary>
    public FigureValue Value { get; }

    /// <summary>The breakdown the figure states, one key a dimension; empty for the indicator's total.</summary>
    public ImmutableArray<FigureKey> Keys
    {
        get => keys;
        init => keys = value.IsDefault ? [] : value;
    }

    /// <summary>The words of the report the figure came from: <c>thu được trên 730 triệu đồng</c>.</summary>
    public string? Quote { get; init; }

    /// <inheritdoc/>
    public bool Equals(SubmittedFigure? other)
        => other is not null && string.Equals(IndicatorCode, other.IndicatorCode, StringComparison.OrdinalIgnoreCase)
            && Value.Equals(other.Value) && Keys.SequenceEqual(other.Keys) && string.Equals(Quote, other.Quote, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SubmittedFigure);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(IndicatorCode), Value);

    /// <summary>Writes <c>models-active[field-root=economy] = 51</c>.</summary>
    public override string ToString()
        => Keys.IsEmpty ? $"{IndicatorCode} = {Value}" : $"{IndicatorCode}[{string.Join(", ", Keys)}] = {Value}";
}
