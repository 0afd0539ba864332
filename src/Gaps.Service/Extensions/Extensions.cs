using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.Persistence;
using GutAusgestattet.Gaps.ReadModel;
using GutAusgestattet.Messaging;
using GutAusgestattet.Persistence;
using GutAusgestattet.Persistence.Audit;
using GutAusgestattet.ServiceDefaults.Auth;
using MassTransit;
using OpenTelemetry.Metrics;

namespace GutAusgestattet.Gaps.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformAuthentication();
        builder.Services.AddAuditLog();
        builder.Services.AddScoped<GapInputs>();
        builder.Services.AddScoped<GapDetector>();
        builder.Services.AddSingleton<GapDetectionSignal>();
        builder.Services.AddSingleton<KeptComparisons>();
        builder.Services.AddSingleton<GapDetectionMetrics>();
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(GapDetectionMetrics.MeterName));
        builder.Services.AddHostedService<GapDetectionService>();
        builder.AddServiceDatabase<GapsDbContext, PostgreSqlGapsDbContext, SqlServerGapsDbContext>("gapsdb");
        builder.AddPlatformMessaging<GapsDbContext>(bus =>
        {
            bus.AddConsumer<OfferEventsConsumer>();
            // Answers come by the thousand in a campaign: consumed in batches, one transaction and one marking each.
            bus.AddConsumer<NeedsEventsConsumer>(consumer => consumer.Options<BatchOptions>(batch =>
                batch.SetMessageLimit(100).SetTimeLimit(TimeSpan.FromMilliseconds(50)).SetConcurrencyLimit(2)));
            bus.AddConsumer<AreaEventsConsumer>();
            bus.AddConsumer<WaveEventsConsumer>();
        });
        return builder;
    }
}
