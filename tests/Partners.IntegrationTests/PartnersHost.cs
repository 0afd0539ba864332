using GutAusgestattet.Partners.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.ServiceHosting;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Partners.IntegrationTests;

public sealed class PartnersHost() : ServiceHost<Program>("partners")
{
    public static Ags NewTenant() => Ags.Parse($"07{Random.Shared.Next(0, 1_000_000):D6}");

    /// <summary>Reads the service's database as <paramref name="tenant"/>: its rows only, as the service itself sees them.</summary>
    public async Task<T> InTenant<T>(Ags tenant, Func<PartnersDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        return await read(scope.ServiceProvider.GetRequiredService<PartnersDbContext>());
    }
}
