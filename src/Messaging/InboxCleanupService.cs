using GutAusgestattet.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GutAusgestattet.Messaging;

/// <summary>
/// Forgets inbox rows whose messages were fully handled longer ago than the duplicate detection
/// window; a redelivery after that would run the consumer again, so the window must exceed any redelivery delay.
/// </summary>
internal sealed partial class InboxCleanupService<TContext>(
    IServiceScopeFactory scopes,
    IOptions<InboxCleanupServiceOptions> options,
    ILogger<InboxCleanupService<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.QueryDelay);
        do
        {
            try
            {
                // One replica at a time: the deletion is idempotent, but two would only contend for the same rows.
                await DatabaseLock.RunUnlessRunningAsync<TContext>(scopes, "inbox-cleanup", RemoveHandledAsync, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The next tick tries again; a database outage must not end the service.
                LogFailed(exception);
            }
        }
        while (await WaitForNextTick(timer, stoppingToken));
    }

    private async Task RemoveHandledAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(settings.QueryTimeout);
        var before = DateTime.UtcNow - settings.DuplicateDetectionWindow;
        var removed = await db.Set<InboxState>()
            .Where(i => i.Delivered != null && i.Delivered < before)
            .ExecuteDeleteAsync(timeout.Token);
        if (removed > 0) LogRemoved(removed);
    }

    private static async Task<bool> WaitForNextTick(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(LogLevel.Debug, "Inbox cleanup removed {Count} rows")]
    private partial void LogRemoved(int count);

    [LoggerMessage(LogLevel.Warning, "Inbox cleanup failed")]
    private partial void LogFailed(Exception exception);
}
