using GutAusgestattet.ServiceDefaults;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace GutAusgestattet.Persistence;

/// <summary>
/// Whether the service can do its job: a round trip to its database, answered within
/// <see cref="Extensions.HealthCheckTimeout"/> — not merely a connection taken from the pool, which a
/// silent network leaves looking open. The probe answers at the deadline whether or not the driver
/// has given up yet. On failure the idle pooled connections are dropped: the next request then dials
/// anew and fails within the connect timeout (see <c>DatabaseOutage</c>), instead of waiting on a dead
/// connection for the command timeout, and reconnects at once when the database is back.
/// </summary>
internal sealed class DatabaseHealthCheck<TContext>(IServiceScopeFactory scopes) : IHealthCheck where TContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // The round trip owns its context: a context disposed while its command hangs would wait for the command.
        var roundTrip = RoundTripAsync(cancellationToken);
        try
        {
            await roundTrip.WaitAsync(Extensions.HealthCheckTimeout, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await DropIdleConnectionsAsync();
            return HealthCheckResult.Unhealthy(e is TimeoutException ? $"No answer within {Extensions.HealthCheckTimeout.TotalSeconds:0.#} s." : "Cannot reach the database.", e);
        }
    }

    private async Task RoundTripAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TContext>().Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
    }

    private async Task DropIdleConnectionsAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        switch (scope.ServiceProvider.GetRequiredService<TContext>().Database.GetDbConnection())
        {
            case NpgsqlConnection npgsql:
                NpgsqlConnection.ClearPool(npgsql);
                break;
            case SqlConnection sql:
                SqlConnection.ClearPool(sql);
                break;
        }
    }
}
