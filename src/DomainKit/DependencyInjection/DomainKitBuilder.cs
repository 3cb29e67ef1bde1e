
namespace Microsoft.Extensions.DependencyInjection;

internal sealed class DomainKitBuilder(IServiceCollection services) : IDomainKitBuilder
{
    public IServiceCollection Services { get; } = services;
}
