using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace GutAusgestattet.ServiceDefaults.Persistence;

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
        switch (provider)
        {
            case DatabaseProvider.PostgreSql:
                builder.Services.AddDbContext<TContext, TPostgreSql>(options => options.UseNpgsql(connectionString,
                    npgsql => npgsql.EnableRetryOnFailure()));
                break;
            case DatabaseProvider.SqlServer:
                builder.Services.AddDbContext<TContext, TSqlServer>(options => options.UseSqlServer(connectionString,
                    sql => sql.EnableRetryOnFailure()));
                break;
        }

        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// Applies pending migrations before the service takes traffic. The database may still be
    /// starting when the service does, so transient connection failures are retried for a while.
    /// </summary>
    public static async Task MigrateDatabaseAsync<TContext>(this WebApplication app) where TContext : DbContext
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
            await db.Database.MigrateAsync(token);
        }, app.Lifetime.ApplicationStopping);
    }
}
