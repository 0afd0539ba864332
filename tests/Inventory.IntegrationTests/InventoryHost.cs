using GutAusgestattet.ServiceHosting;
using Microsoft.AspNetCore.Hosting;

namespace GutAusgestattet.Inventory.IntegrationTests;

public sealed class InventoryHost() : ServiceHost<Program>("inventory")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The scheduler's own loop runs once at start; the tests drive it themselves.
        builder.UseSetting("Inventory:PlannedChangesCheckInterval", "01:00:00");
    }
}
