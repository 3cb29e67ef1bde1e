using DomainKit.Validation;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Checks <see cref="RuleSettings"/> against the rules registered, so that a misspelt code or severity in configuration stops the start.</summary>
internal sealed class RuleSettingsValidation(IEnumerable<IValidationRule> rules) : IValidateOptions<RuleSettings>
{
    public ValidateOptionsResult Validate(string? name, RuleSettings options)
    {
        var codes = rules.Select(r => r.Descriptor.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var (code, severity) in options.Severities)
        {
            if (!codes.Contains(code))
            {
                problems.Add($"Severities names the rule '{code}', which is not registered.");
            }
            if (!Enum.IsDefined(severity))
            {
                problems.Add($"Severities gives the rule '{code}' the severity {(int)severity}, which is not one; use {string.Join(", ", Enum.GetNames<Severity>())}.");
            }
        }
        foreach (var code in options.Disabled)
        {
            if (string.IsNullOrWhiteSpace(code) || !codes.Contains(code))
            {
                problems.Add($"Disabled names the rule '{code}', which is not registered.");
            }
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
