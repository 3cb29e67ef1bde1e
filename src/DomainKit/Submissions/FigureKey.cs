namespace DomainKit.Submissions;

/// <summary>
/// One breakdown of a submitted figure: the dimension's code and the value's key, as report rows name them
/// (<c>field-root</c> = <c>economy</c>, <c>award-form</c> = <c>certificate</c>). A figure's keys pick the cell of
/// its indicator it states; a figure without keys states the indicator's total. Immutable; equal by value (ordinal,
/// ignoring case). Construction never rejects bad data (a blank code): validation reports it.
/// </summary>
/// <param name="Dimension">The code of the dimension: one of the indicator's <see cref="Indicators.Indicator.Disaggregations"/>.</param>
/// <param name="Value">The key of the value within the dimension: a classifier's code, a unit's id.</param>
public readonly record struct FigureKey(string Dimension, string Value)
{
    /// <inheritdoc/>
    public bool Equals(FigureKey other)
        => string.Equals(Dimension, other.Dimension, StringComparison.OrdinalIgnoreCase)
            && string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(Dimension ?? string.Empty), StringComparer.OrdinalIgnoreCase.GetHashCode(Value ?? string.Empty));

    /// <summary>Writes <c>field-root=economy</c>.</summary>
    public override string ToString() => $"{Dimension}={Value}";
}
