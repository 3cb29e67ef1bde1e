using System.Collections.Immutable;
using DomainKit.Utility;

namespace DomainKit.Indicators;

/// <summary>
/// One line of a form: an indicator and the breakdowns the form asks for it (a subset of the indicator's own, in the
/// form's order; none for the total alone). Immutable; equal by value.
/// </summary>
public sealed class FormItem : IEquatable<FormItem>
{
    /// <summary>Creates a line of a form.</summary>
    /// <param name="indicatorCode">The indicator's code.</param>
    /// <param name="disaggregations">The breakdowns asked for, by dimension code; none for the total alone.</param>
    /// <exception cref="ArgumentException">A code is blank or not a code, or a breakdown stands twice.</exception>
    public FormItem(string indicatorCode, params IEnumerable<string> disaggregations)
    {
        ArgumentNullException.ThrowIfNull(disaggregations);
        IndicatorCode = IndicatorCodes.Check(indicatorCode, nameof(indicatorCode));
        Disaggregations = IndicatorCodes.CheckList([.. disaggregations], nameof(disaggregations));
    }

    /// <summary>The indicator's code.</summary>
    public string IndicatorCode { get; }

    /// <summary>The breakdowns asked for, by dimension code, in order.</summary>
    public ImmutableArray<string> Disaggregations { get; }

    /// <inheritdoc/>
    public bool Equals(FormItem? other)
        => other is not null && string.Equals(IndicatorCode, other.IndicatorCode, StringComparison.OrdinalIgnoreCase)
            && Disaggregations.SequenceEqual(other.Disaggregations, StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FormItem);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(IndicatorCode);

    /// <summary>The indicator's code and its breakdowns: <c>models-launched by field-root</c>.</summary>
    public override string ToString()
        => Disaggregations.IsEmpty ? IndicatorCode : $"{IndicatorCode} by {string.Join(", ", Disaggregations)}";
}
