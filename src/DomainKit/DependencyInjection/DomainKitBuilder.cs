using Microsoft.Extensions.DependencyInjection;

namespace DomainKit;

internal sealed class DomainKitBuilder(IServiceCollection services) : IDomainKitBuilder
{
    public IServiceCollection Services { get; } = services;
}
