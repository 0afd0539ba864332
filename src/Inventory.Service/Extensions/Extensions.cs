using GutAusgestattet.Inventory.Cooperations;
using GutAusgestattet.Inventory.Import;
using GutAusgestattet.Inventory.Offers;
using GutAusgestattet.Inventory.Persistence;
using GutAusgestattet.Messaging;
using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Auth;

namespace GutAusgestattet.Inventory.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformAuthentication();
        builder.Services.AddScoped<OfferLifecycle>();
        builder.Services.AddScoped<OfferImporter>();
        builder.Services.AddHostedService<PlannedChangesScheduler>();
        builder.AddServiceDatabase<InventoryDbContext, PostgreSqlInventoryDbContext, SqlServerInventoryDbContext>("inventorydb");
        builder.AddPlatformMessaging<InventoryDbContext>(bus => bus.AddConsumer<CooperationConsumer>());
        return builder;
    }
}
