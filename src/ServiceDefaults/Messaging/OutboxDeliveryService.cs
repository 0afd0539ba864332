using MassTransit;
using MassTransit.Logging;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using MassTransit.Serialization;
using GutAusgestattet.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace GutAusgestattet.ServiceDefaults.Messaging;

/// <summary>
/// Sends committed bus-outbox rows to the broker in write order, removing each after the broker
/// confirmed it. Woken by commits, polls as a fallback, and retries without end while the broker
/// or the database is away: nothing is lost, at worst a message is sent twice (the inbox absorbs that).
/// A message that fails by its own fault is parked after <see cref="MessagingOptions.OutboxMaxAttempts"/>
/// attempts, so one bad row never holds back the ones written after it.
/// </summary>
internal sealed partial class OutboxDeliveryService<TContext>(
    IServiceScopeFactory scopes,
    IBusControl bus,
    IBusOutboxNotification signal,
    IOptions<MessagingOptions> options,
    OutboxMetrics metrics,
    RefusedSends refusals,
    ILogger<OutboxDeliveryService<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private readonly MessagingOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var observing = bus.ConnectSendObserver(refusals);
        var retry = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(100),
                MaxDelay = _options.OutboxMaxRetryDelay,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException || !stoppingToken.IsCancellationRequested),
                OnRetry = args =>
                {
                    LogDeliveryFailed(args.Outcome.Exception, args.AttemptNumber);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await retry.ExecuteAsync(DeliverRound, stoppingToken);
                if (sent == 0)
                    await signal.WaitForDelivery(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
            }
        }
    }

    /// <summary>
    /// Delivers the oldest committed outboxes, holding the service's delivery lock: one replica
    /// delivers at a time, so each row is sent once and in write order whatever the replica count. A
    /// replica woken by its own commit waits for the lock and then finds what the holder left.
    /// </summary>
    private async ValueTask<int> DeliverRound(CancellationToken cancellationToken)
    {
        await using var lockScope = scopes.CreateAsyncScope();
        await using var delivering = await DatabaseLock.AcquireAsync(lockScope.ServiceProvider.GetRequiredService<TContext>(), "outbox-delivery", cancellationToken);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var candidates = await db.Set<OutboxState>().AsNoTracking()
            .OrderBy(s => s.Created)
            .Select(s => s.OutboxId)
            .Take(100)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var outboxId in candidates)
        {
            // Between outboxes, not within one: an outbox begun is finished (its sends are not
            // cancelled by a shutdown), so a stopping replica leaves nothing half-sent to hand over.
            if (cancellationToken.IsCancellationRequested) break;
            var strategy = db.Database.CreateExecutionStrategy();
            sent += await strategy.ExecuteAsync(() => DeliverOutbox(db, outboxId, CancellationToken.None));
            db.ChangeTracker.Clear();
        }

        return sent;
    }

    private async Task<int> DeliverOutbox(TContext db, Guid outboxId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The UPDATE takes the row lock until commit as well: should the delivery lock be lost with
        // its connection mid-round, a replica that took it over still never sends an outbox twice at once.
        var lockId = Guid.NewGuid();
        var claimed = await db.Set<OutboxState>()
            .Where(s => s.OutboxId == outboxId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LockId, lockId), cancellationToken);
        if (claimed == 0) return 0;

        var messages = await db.Set<OutboxMessage>()
            .Where(m => m.OutboxId == outboxId && m.Parked == null)
            .OrderBy(m => m.SequenceNumber)
            .Take(_options.MessageDeliveryLimit)
            .ToListAsync(cancellationToken);

        Exception? failure = null;
        var sent = 0;
        foreach (var message in messages)
        {
            try
            {
                await Send(message, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                if (OutboxDeliveryFailure.IsMessagesOwn(exception, bus) && CountAttempt(message, exception))
                    continue;
                // Keep what was sent so far (and the attempt counted): commit, then let the retry policy back off.
                failure = exception;
                break;
            }

            db.Remove(message);
            sent++;
        }

        if (failure is null && messages.Count < _options.MessageDeliveryLimit)
            await db.Set<OutboxState>().Where(s => s.OutboxId == outboxId).ExecuteDeleteAsync(cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (failure is not null)
            throw new OutboxDeliveryException($"Outbox {outboxId}: sending failed after {sent} of {messages.Count} messages.", failure);
        return Math.Max(sent, 1);
    }

    /// <summary>Counts a failure that was the message's own; true when that parked it, so the next message may go.</summary>
    private bool CountAttempt(OutboxMessage message, Exception exception)
    {
        message.DeliveryAttempts++;
        message.LastDeliveryError = OutboxDeliveryFailure.Describe(exception);
        if (message.DeliveryAttempts < _options.OutboxMaxAttempts) return false;

        message.Parked = DateTime.UtcNow;
        LogParked(exception, message.MessageId, message.MessageType, message.DeliveryAttempts);
        metrics.Parked(message.MessageType);
        return true;
    }

    private async Task Send(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            message.Deserialize(SystemTextJsonMessageSerializer.Instance);
        }
        catch (Exception exception)
        {
            throw new OutboxMessageUnreadableException(message.MessageId, exception);
        }

        if (message.DestinationAddress is null)
        {
            LogNoDestination(message.MessageId);
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.MessageDeliveryTimeout);

        var activity = LogContext.Current?.StartOutboxDeliverActivity(message);
        try
        {
            var endpoint = await bus.GetSendEndpoint(message.DestinationAddress);
            await endpoint.Send(new SerializedMessageBody(), new OutboxMessageSendPipe(message, message.DestinationAddress), timeout.Token);
        }
        catch (Exception exception)
        {
            activity?.AddExceptionEvent(exception);
            // What looks like a timeout may be MassTransit retrying a destination the broker refused.
            if (refusals.Take(message.MessageId) is { } refusal)
                throw new OutboxDestinationRefusedException(message.DestinationAddress, refusal);
            throw;
        }
        finally
        {
            refusals.Take(message.MessageId);
            activity?.Stop();
        }
    }

    [LoggerMessage(LogLevel.Warning, "Outbox delivery failed (attempt {Attempt}); retrying")]
    private partial void LogDeliveryFailed(Exception? exception, int attempt);

    [LoggerMessage(LogLevel.Error, "Outbox message {MessageId} ({MessageType}) is parked after {Attempts} failed attempts and will not be sent; it stays in the outbox table with its last error")]
    private partial void LogParked(Exception exception, Guid messageId, string messageType, int attempts);

    [LoggerMessage(LogLevel.Warning, "Outbox message {MessageId} has no destination and is dropped")]
    private partial void LogNoDestination(Guid messageId);
}

internal sealed class OutboxDeliveryException(string message, Exception inner) : Exception(message, inner);
