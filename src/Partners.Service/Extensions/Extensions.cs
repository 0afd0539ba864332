using GutAusgestattet.Messaging;
using GutAusgestattet.Partners.Agreements;
using GutAusgestattet.Partners.Areas;
using GutAusgestattet.Partners.GapReadModel;
using GutAusgestattet.Partners.Offers;
using GutAusgestattet.Partners.Persistence;
using GutAusgestattet.Persistence;
using GutAusgestattet.Persistence.Audit;
using GutAusgestattet.ServiceDefaults.Auth;

namespace GutAusgestattet.Partners.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformAuthentication();
        builder.Services.AddAuditLog();
        builder.AddServiceDatabase<PartnersDbContext, PostgreSqlPartnersDbContext, SqlServerPartnersDbContext>("partnersdb");
        builder.AddPlatformMessaging<PartnersDbContext>(bus =>
        {
            bus.AddConsumer<GapEventsConsumer>();
            bus.AddConsumer<AreaEventsConsumer>();
            bus.AddConsumer<OfferEventsConsumer>();
            bus.AddConsumer<TermsRejectionConsumer>();
        });
        return builder;
    }
}
