using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace GutAusgestattet.ServiceDefaults.Health;

/// <summary>
/// On SIGTERM, readiness fails first: for <c>Shutdown:DrainDelay</c> the process keeps serving while
/// <c>/health/ready</c> answers 503, so the load balancer stops sending before the server stops
/// listening. Then the host stops as usual: the server finishes the requests in flight, the bus the
/// messages in flight, and the outbox delivery its current outbox (committed rows stay for the other
/// replicas). Kubernetes' preStop hook does the same from outside; this covers any other orchestrator.
/// Zero (the default) stops at once, as development and tests want.
/// </summary>
internal sealed class ShutdownDrain(IConfiguration configuration) : IHostedLifecycleService, IHealthCheck
{
    private volatile bool _draining;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        _draining = true;
        // Runs before any hosted service (the web server among them) is stopped.
        await Task.Delay(configuration.GetValue("Shutdown:DrainDelay", TimeSpan.Zero), cancellationToken);
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_draining ? HealthCheckResult.Unhealthy("Shutting down: finishing what is in flight.") : HealthCheckResult.Healthy());

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
