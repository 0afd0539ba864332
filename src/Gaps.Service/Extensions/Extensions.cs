using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.Persistence;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Persistence;

namespace GutAusgestattet.Gaps.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformAuthentication();
        builder.Services.AddScoped<GapRecalculation>();
        builder.AddServiceDatabase<GapsDbContext, PostgreSqlGapsDbContext, SqlServerGapsDbContext>("gapsdb");
        return builder;
    }
}
