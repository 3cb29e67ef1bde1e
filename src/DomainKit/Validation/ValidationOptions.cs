using System.Collections.Immutable;
using DomainKit.Utility;

namespace DomainKit.Validation;

/// <summary>
/// Which rules run and at what severity: each rule runs at its default severity unless its code is given a
/// severity here or is turned off. Immutable and thread-safe; the <c>With</c> methods return new options.
/// </summary>
public sealed class ValidationOptions
{
    private ValidationOptions(ImmutableDictionary<string, Severity> severities, ImmutableHashSet<string> disabled)
    {
        Severities = severities;
        Disabled = disabled;
    }

    /// <summary>Every rule on, at its default severity.</summary>
    public static ValidationOptions Default { get; } = new(
        ImmutableDictionary.Create<string, Severity>(StringComparer.OrdinalIgnoreCase),
        ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Severities that override rules' defaults, by code.</summary>
    public ImmutableDictionary<string, Severity> Severities { get; }

    /// <summary>The codes of rules turned off.</summary>
    public ImmutableHashSet<string> Disabled { get; }

    /// <summary>Options where the rule <paramref name="code"/> reports at <paramref name="severity"/>.</summary>
    /// <exception cref="ArgumentException">The code is blank.</exception>
    public ValidationOptions WithSeverity(string code, Severity severity)
        => new(Severities.SetItem(Preconditions.CheckNotBlank(code), severity), Disabled.Remove(code));

    /// <summary>Options where the rule <paramref name="code"/> does not run.</summary>
    /// <exception cref="ArgumentException">The code is blank.</exception>
    public ValidationOptions WithRuleDisabled(string code)
        => new(Severities.Remove(Preconditions.CheckNotBlank(code)), Disabled.Add(code));

    /// <summary>Whether the rule <paramref name="code"/> runs.</summary>
    public bool IsEnabled(string code) => !Disabled.Contains(code);

    /// <summary>The severity the rule of <paramref name="descriptor"/> reports at.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="descriptor"/> is <see langword="null"/>.</exception>
    public Severity SeverityOf(RuleDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return Severities.TryGetValue(descriptor.Code, out var severity) ? severity : descriptor.DefaultSeverity;
    }

    /// <summary>
    /// What differs from the defaults, by code: <c>DK503 at Error, DK104 off</c>, or <c>every rule on at its default
    /// severity</c>.
    /// </summary>
    public override string ToString()
    {
        var changes = Severities.OrderBy(s => s.Key, StringComparer.OrdinalIgnoreCase).Select(s => $"{s.Key} at {s.Value}")
            .Concat(Disabled.Order(StringComparer.OrdinalIgnoreCase).Select(code => $"{code} off"))
            .ToList();
        return changes.Count == 0 ? "every rule on at its default severity" : string.Join(", ", changes);
    }
}
