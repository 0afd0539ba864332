using GutAusgestattet.Messaging;
using GutAusgestattet.Persistence;
using GutAusgestattet.Persistence.Audit;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Http;
using GutAusgestattet.Surveys.Answers;
using GutAusgestattet.Surveys.Areas;
using GutAusgestattet.Surveys.Employers;
using GutAusgestattet.Surveys.Persistence;
using GutAusgestattet.Surveys.Weighting;
using OpenTelemetry.Metrics;

namespace GutAusgestattet.Surveys.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformAuthentication();
        builder.AddServiceDatabase<SurveysDbContext, PostgreSqlSurveysDbContext, SqlServerSurveysDbContext>("surveysdb");
        builder.AddPlatformMessaging<SurveysDbContext>(bus =>
        {
            bus.AddConsumer<AreaEventsConsumer>();
            bus.AddConsumer<CooperationEventsConsumer>();
        });
        builder.Services.AddSurveySecret();
        builder.Services.AddScoped<StratumWeights>();
        builder.Services.AddScoped<AnswerIntake>();
        builder.Services.AddScoped<AnswerWithdrawal>();
        builder.Services.AddAuditLog();
        builder.Services.AddSingleton<AnswerMetrics>();
        builder.Services.AddSingleton<WorkplaceMunicipalities>();
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(AnswerMetrics.MeterName));
        builder.Services.AddHostedService<AnswerRateLog>();
        builder.Services.AddHostedService<AnswerRetention>();
        builder.Services.AddHostedService<StratumReweighing>();
        builder.AddTrustedProxies();
        builder.AddPublicRateLimits();
        return builder;
    }
}
