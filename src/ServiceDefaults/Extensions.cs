using GutAusgestattet.ServiceDefaults.Health;
using GutAusgestattet.ServiceDefaults.Http;
using GutAusgestattet.ServiceDefaults.OpenApi;
using GutAusgestattet.ServiceDefaults.Telemetry;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Scalar.AspNetCore;

namespace GutAusgestattet.ServiceDefaults;

/// <summary>What every service of the platform has: telemetry, health, resilience, problem details, API docs.</summary>
public static class Extensions
{
    public const string LivenessPath = "/health/live";
    public const string ReadinessPath = "/health/ready";

    /// <summary>Each health check's own time limit; the probes answer within about this.</summary>
    public static readonly TimeSpan HealthCheckTimeout = TimeSpan.FromMilliseconds(800);

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();

        builder.Services.AddSingleton<ShutdownDrain>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ShutdownDrain>());
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), tags: ["live"])
            .AddCheck<ShutdownDrain>("shutdown", tags: ["ready"]);
        // Probes must answer at once: a dependency that does not answer within this is reported
        // unhealthy. After every registration (the database's and the broker's come later).
        builder.Services.PostConfigure<HealthCheckServiceOptions>(options =>
        {
            foreach (var check in options.Registrations) check.Timeout = HealthCheckTimeout;
        });

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.Services.TryAddScoped<TenantContext>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddPlatformHttp();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer<BearerSecurityTransformer>().AddOperationTransformer<AnonymousOperationTransformer>());
        return builder;
    }

    /// <summary>Health endpoints and the API documents of a service.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthEndpoints();

        // The OpenAPI document stays at a stable URL for other teams, for signed-in callers (the authorization
        // fallback); the browsable reference is for development, where both are open.
        var document = app.MapOpenApi();
        if (app.Environment.IsDevelopment())
        {
            document.AllowAnonymous();
            app.MapScalarApiReference().AllowAnonymous();
        }
        return app;
    }

    /// <summary>
    /// Health endpoints in every environment: orchestrators probe them in production too, without a
    /// token — also where an application requires a signed-in user everywhere else (the planners' pages).
    /// </summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains("live"), ResponseWriter = HealthReportWriter.Write })
            .AllowAnonymous();
        app.MapHealthChecks(ReadinessPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") || check.Tags.Contains("live"), ResponseWriter = HealthReportWriter.Write })
            .AllowAnonymous();
        return app;
    }
}
