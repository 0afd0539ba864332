using GutAusgestattet.Gaps.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.ServiceHosting;
using Microsoft.AspNetCore.Hosting;

namespace GutAusgestattet.Gaps.IntegrationTests;

public class GapsHost() : ServiceHost<Program>("gaps")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Gaps:DetectionPollInterval", "00:00:00.2");
        // The tests' categories are small: keep their states anyway, so the incremental refresh is what they go through.
        builder.UseSetting("Gaps:KeepStatesFrom", "0");
    }

    /// <summary>Reads the service's database as <paramref name="tenant"/>: its rows only, as the service itself sees them.</summary>
    public Task<T> InTenant<T>(Ags tenant, Func<GapsDbContext, Task<T>> read) => InTenant<GapsDbContext, T>(tenant, read);

    /// <summary>The events at once, shuffled, until the inbox consumed them all (<see cref="ServiceHost{TEntryPoint}.PublishShuffledAsync{TContext}"/>).</summary>
    public Task PublishShuffledAsync(Ags tenant, IEnumerable<object> events) => PublishShuffledAsync<GapsDbContext>(tenant, events);
}
