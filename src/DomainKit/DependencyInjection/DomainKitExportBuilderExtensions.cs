using DomainKit.Export;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The export settings of <see cref="IDomainKitBuilder"/>.</summary>
public static class DomainKitExportBuilderExtensions
{
    /// <summary>
    /// Adds an exporter to the <see cref="ExporterCatalog"/>, created by the container (so its constructor may take
    /// services). Adding the same type twice adds it once. An id that another exporter has makes resolving the
    /// catalogue fail with both exporters named; resolve it at start-up to find out at once.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static IDomainKitBuilder AddExporter<TExporter>(this IDomainKitBuilder builder)
        where TExporter : class, IExporter
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IExporter, TExporter>());
        return builder;
    }

    /// <summary>Adds an exporter instance to the <see cref="ExporterCatalog"/>, such as one built with options of its own.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IDomainKitBuilder AddExporter(this IDomainKitBuilder builder, IExporter exporter)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(exporter);
        builder.Services.AddSingleton(exporter);
        return builder;
    }

    /// <summary>
    /// Removes the exporter instances of format <paramref name="formatId"/> registered so far, the built-in ones
    /// included, so that an exporter of your own can take the id: <c>kit.RemoveExporter("csv").AddExporter(new
    /// CsvExporter(new CsvOptions { ByteOrderMark = true }))</c>. Exporters registered by type are not created to
    /// read their id, so they are not removed.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IDomainKitBuilder RemoveExporter(this IDomainKitBuilder builder, string formatId)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(formatId);
        var services = builder.Services;
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(IExporter) && !services[i].IsKeyedService
                && services[i].ImplementationInstance is IExporter exporter
                && string.Equals(exporter.FormatId, formatId, StringComparison.OrdinalIgnoreCase))
            {
                services.RemoveAt(i);
            }
        }
        return builder;
    }
}
