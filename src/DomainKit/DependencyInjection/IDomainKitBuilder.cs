
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Configures DomainKit in a service collection: the argument of
/// <see cref="DomainKitServiceCollectionExtensions.AddDomainKit"/>. Features add their settings as extension
/// methods on this interface, such as <see cref="DomainKitBuilderExtensions.AddRule{TRule}"/>.
/// </summary>
public interface IDomainKitBuilder
{
    /// <summary>The service collection DomainKit is being added to.</summary>
    IServiceCollection Services { get; }
}
