using DomainKit.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The validation settings of <see cref="IDomainKitBuilder"/>.</summary>
public static class DomainKitBuilderExtensions
{
    /// <summary>Adds a validation rule of the app's own; it runs after the built-in rules. Adding the same type twice adds it once.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static IDomainKitBuilder AddRule<TRule>(this IDomainKitBuilder builder)
        where TRule : class, IValidationRule
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidationRule, TRule>());
        return builder;
    }

    /// <summary>
    /// Adds a validation rule instance of the app's own, such as one built with settings of its own. Like
    /// <see cref="AddRule{TRule}"/>, a rule of a type already added is not added again.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IDomainKitBuilder AddRule(this IDomainKitBuilder builder, IValidationRule rule)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(rule);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IValidationRule), rule));
        return builder;
    }

    /// <summary>Makes the rule <paramref name="code"/> report at <paramref name="severity"/>. A code no rule has fails when the validator is created.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank.</exception>
    public static IDomainKitBuilder ConfigureRule(this IDomainKitBuilder builder, string code, Severity severity)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        builder.Services.AddSingleton(new RuleConfiguration(options => options.WithSeverity(code, severity)));
        return builder;
    }

    /// <summary>Turns the rule <paramref name="code"/> off. A code no rule has fails when the validator is created.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank.</exception>
    public static IDomainKitBuilder DisableRule(this IDomainKitBuilder builder, string code)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        builder.Services.AddSingleton(new RuleConfiguration(options => options.WithRuleDisabled(code)));
        return builder;
    }
}
