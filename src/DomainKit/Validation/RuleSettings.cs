namespace DomainKit.Validation;

/// <summary>
/// The severities and switches of validation rules, as an app keeps them in its configuration: bound with the
/// options pattern, for instance <c>services.Configure&lt;RuleSettings&gt;(configuration.GetSection("DomainKit:Rules"))</c>
/// over <c>{ "Severities": { "DK305": "Warning" }, "Disabled": [ "DK402" ] }</c>. <c>AddDomainKit</c> applies them
/// after the builder's own <c>ConfigureRule</c> and <c>DisableRule</c>, and checks them when the host starts: a code
/// no registered rule has, or a severity that is not one, stops the start with every problem named.
/// </summary>
/// <remarks>Mutable, as the options pattern needs; the validator takes an immutable <see cref="ValidationOptions"/> made from it.</remarks>
public sealed class RuleSettings
{
    /// <summary>The severity each rule reports at, by rule code (ignoring case).</summary>
    public IDictionary<string, Severity> Severities { get; } = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The codes of the rules turned off.</summary>
    public IList<string> Disabled { get; } = [];

    /// <summary>The <paramref name="options"/> with these settings applied: severities first, then the rules turned off.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public ValidationOptions ApplyTo(ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (code, severity) in Severities)
        {
            options = options.WithSeverity(code, severity);
        }
        foreach (var code in Disabled)
        {
            options = options.WithRuleDisabled(code);
        }
        return options;
    }

    /// <summary>The settings in short, such as <c>DK503 Error, DK104 off</c>, or <c>(none)</c>.</summary>
    public override string ToString()
    {
        var parts = Severities.OrderBy(s => s.Key, StringComparer.OrdinalIgnoreCase).Select(s => $"{s.Key} {s.Value}")
            .Concat(Disabled.Select(code => $"{code} off"))
            .ToList();
        return parts.Count == 0 ? "(none)" : string.Join(", ", parts);
    }
}
