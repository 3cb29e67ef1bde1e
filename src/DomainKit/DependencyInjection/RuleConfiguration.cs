using DomainKit.Validation;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// One change to the validation options, registered as a service so that any number of calls to
/// <see cref="DomainKitBuilderExtensions.ConfigureRule"/> and <see cref="DomainKitBuilderExtensions.DisableRule"/>
/// add up, in order, into the options the validator is built with.
/// </summary>
internal sealed record RuleConfiguration(Func<ValidationOptions, ValidationOptions> Apply);
