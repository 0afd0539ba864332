using GutAusgestattet.ServiceDefaults.Http;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry.Trace;
using Polly;
using Polly.Retry;

namespace GutAusgestattet.Persistence;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> on the provider named by <c>Database:Provider</c>
    /// (PostgreSQL unless told otherwise). Each provider has its own subclass so that each keeps
    /// its own migrations; the rest of the service only ever sees <typeparamref name="TContext"/>.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext, TPostgreSql, TSqlServer>(
        this IHostApplicationBuilder builder, string connectionName)
        where TContext : TenantDbContext
        where TPostgreSql : TContext
        where TSqlServer : TContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException(
                $"Connection string '{connectionName}' is missing: set ConnectionStrings__{connectionName}.");
        var provider = builder.Configuration.GetValue("Database:Provider", DatabaseProvider.PostgreSql);

        builder.Services.AddScoped<TenantContext>();
        var outage = DatabaseOutage.From(builder.Configuration);
        switch (provider)
        {
            case DatabaseProvider.PostgreSql:
                builder.Services.AddDbContext<TContext, TPostgreSql>(options => options.UseNpgsql(outage.Apply(new NpgsqlConnectionStringBuilder(connectionString)),
                    npgsql => npgsql.EnableRetryOnFailure(outage.Retries, outage.RetryDelay, null)));
                break;
            case DatabaseProvider.SqlServer:
                builder.Services.AddDbContext<TContext, TSqlServer>(options => options.UseSqlServer(outage.Apply(new SqlConnectionStringBuilder(connectionString)),
                    sql => sql.EnableRetryOnFailure(outage.Retries, outage.RetryDelay, null)));
                break;
        }

        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>("database", tags: ["ready"]);
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddEntityFrameworkCoreInstrumentation());
        builder.Services.AddSingleton<IOutageClassifier, DatabaseRetriesExhausted>();
        return builder;
    }

    /// <summary>
    /// Runs the service — or, with <c>--migrate</c>, only migrates its database and ends (the
    /// deployment's migration job, run once per release with a role that may change the schema).
    /// A running service migrates first unless <c>Database:MigrateOnStartup</c> is false, as it is
    /// where replicas run as a role without DDL rights (see <see cref="ServiceRoleGrants"/>).
    /// </summary>
    public static async Task MigrateThenRunAsync<TContext>(this WebApplication app, string[] args) where TContext : TenantDbContext
    {
        if (args.Contains("--migrate"))
        {
            await app.MigrateDatabaseAsync<TContext>();
            await app.GrantServiceRoleAsync<TContext>();
            return;
        }
        if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
            await app.MigrateDatabaseAsync<TContext>();
        await app.RunAsync();
    }

    private static async Task GrantServiceRoleAsync<TContext>(this WebApplication app) where TContext : DbContext
    {
        if (app.Configuration["Database:ServiceRole"] is not { Length: > 0 } role) return;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var provider = db.Database.IsNpgsql() ? DatabaseProvider.PostgreSql : DatabaseProvider.SqlServer;
        // The role name is checked to be a plain identifier; it cannot be a parameter in DDL.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync(ServiceRoleGrants.Sql(provider, role));
#pragma warning restore EF1002
        app.Logger.LogInformation("Granted role {Role} reading and writing the rows of {Context}'s tables", role, typeof(TContext).Name);
    }

    /// <summary>
    /// Applies pending migrations before the service takes traffic. The database may still be
    /// starting when the service does, so transient connection failures are retried for a while.
    /// A migration that moves data sees every tenant's rows: the tables force their tenant wall on
    /// their owner too (<see cref="TenantRowSecurity"/>).
    /// </summary>
    public static async Task MigrateDatabaseAsync<TContext>(this WebApplication app) where TContext : TenantDbContext
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Migrations");
        var pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = 10,
                Delay = TimeSpan.FromSeconds(1),
                BackoffType = DelayBackoffType.Exponential,
                MaxDelay = TimeSpan.FromSeconds(10),
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not InvalidOperationException),
                OnRetry = args =>
                {
                    logger.LogWarning(args.Outcome.Exception, "Migrating {Context} failed, retrying", typeof(TContext).Name);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

        await pipeline.ExecuteAsync(async token =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            using var allTenants = db.AcrossTenants();
            await db.Database.MigrateAsync(token);
        }, app.Lifetime.ApplicationStopping);
    }
}
