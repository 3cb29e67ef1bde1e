using DomainKit.Export;
using DomainKit.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds DomainKit to a service collection.</summary>
public static class DomainKitServiceCollectionExtensions
{
    /// <summary>
    /// Adds DomainKit: the built-in validation rules, a <see cref="DatasetValidator"/> singleton, the built-in
    /// exporters (CSV, JSON, Markdown, HTML) and an <see cref="ExporterCatalog"/> singleton of every registered
    /// <see cref="IExporter"/>, and NodaTime's system clock unless an <see cref="IClock"/> is already registered. Safe to call more than once; each
    /// call's <paramref name="configure"/> adds to the previous ones. Options naming a rule that is not
    /// registered make resolving the validator fail, so a misspelt code shows at start-up; so do two exporters with
    /// the same format id, when the catalogue is resolved. Rule settings bound from configuration
    /// (<see cref="RuleSettings"/>) apply after the builder's and are checked when the host starts.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddDomainKit(this IServiceCollection services, Action<IDomainKitBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        foreach (var rule in ValidationRules.All)
        {
            // Built-in rules are registered as instances, keyed by their type, so a second call adds none twice.
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IValidationRule), rule));
        }
        // Settings from configuration are checked against the registered rules when the host starts, or at the latest
        // when the validator is made.
        services.AddOptions<RuleSettings>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RuleSettings>, RuleSettingsValidation>());
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetServices<RuleConfiguration>().Aggregate(ValidationOptions.Default, (current, change) => change.Apply(current));
            options = provider.GetRequiredService<IOptions<RuleSettings>>().Value.ApplyTo(options);
            return new DatasetValidator(provider.GetServices<IValidationRule>(), options, provider.GetRequiredService<IClock>());
        });
        if (!services.Any(d => d.ServiceType == typeof(ExporterCatalog)))
        {
            // Only the first call adds the built-in exporters, so that one removed with RemoveExporter stays removed.
            foreach (var exporter in ExporterCatalog.BuiltInExporters())
            {
                services.AddSingleton(exporter);
            }
            services.AddSingleton(provider => new ExporterCatalog(provider.GetServices<IExporter>()));
        }
        configure?.Invoke(new DomainKitBuilder(services));
        return services;
    }
}
