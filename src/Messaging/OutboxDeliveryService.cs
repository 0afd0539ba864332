using GutAusgestattet.Persistence;
using MassTransit;
using MassTransit.Logging;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using MassTransit.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace GutAusgestattet.Messaging;

/// <summary>
/// Sends committed bus-outbox rows to the broker in batches, removing each after the broker
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
    /// delivers at a time, so each row is sent once whatever the replica count. A replica woken by its
    /// own commit waits for the lock and then finds what the holder left.
    /// </summary>
    private async ValueTask<int> DeliverRound(CancellationToken cancellationToken)
    {
        await using var lockScope = scopes.CreateAsyncScope();
        await using var delivering = await DatabaseLock.AcquireAsync(lockScope.ServiceProvider.GetRequiredService<TContext>(), "outbox-delivery", cancellationToken);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var outboxIds = await db.Set<OutboxState>().AsNoTracking()
            .OrderBy(s => s.Created)
            .Select(s => s.OutboxId)
            .Take(_options.MessageDeliveryLimit)
            .ToListAsync(cancellationToken);
        if (outboxIds.Count == 0) return 0;

        // A batch begun is finished (its sends are not cancelled by a shutdown), so a stopping
        // replica leaves nothing half-sent to hand over.
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(() => DeliverBatch(db, outboxIds, CancellationToken.None));
    }

    /// <summary>
    /// Sends the messages of many outboxes in one transaction — an answer's outbox holds one or two
    /// messages, and a transaction and an awaited confirm for each of them kept delivery at a tenth of
    /// what the broker takes. The sends start in write order and their confirms are awaited together;
    /// what was confirmed is removed, what failed stays for the next round (the consumers' inboxes
    /// absorb a message sent twice, and they never relied on the order of arrival).
    /// </summary>
    private async Task<int> DeliverBatch(TContext db, List<Guid> outboxIds, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The UPDATE takes the row locks until commit as well: should the delivery lock be lost with
        // its connection mid-round, a replica that took it over still never sends an outbox twice at once.
        var lockId = Guid.NewGuid();
        var claimed = await db.Set<OutboxState>()
            .Where(s => outboxIds.Contains(s.OutboxId))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LockId, lockId), cancellationToken);
        if (claimed == 0) return 0;

        var messages = await db.Set<OutboxMessage>()
            .Where(m => m.OutboxId != null && outboxIds.Contains(m.OutboxId.Value) && m.Parked == null)
            .OrderBy(m => m.SequenceNumber)
            .Take(_options.MessageDeliveryLimit)
            .ToListAsync(cancellationToken);

        var sends = messages.Select(message => Send(message, cancellationToken)).ToList();
        Exception? failure = null;
        var sent = 0;
        for (var i = 0; i < messages.Count; i++)
        {
            try
            {
                await sends[i];
                db.Remove(messages[i]);
                sent++;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Keep what failed (and the attempt counted); after the commit the retry policy backs off.
                if (!(OutboxDeliveryFailure.IsMessagesOwn(exception, bus) && CountAttempt(messages[i], exception)))
                    failure ??= exception;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        // Done with: an outbox none of whose messages waits any more (parked ones stay as the operator's record).
        await db.Set<OutboxState>()
            .Where(s => outboxIds.Contains(s.OutboxId) && !db.Set<OutboxMessage>().Any(m => m.OutboxId == s.OutboxId && m.Parked == null))
            .ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        metrics.Delivered(sent);

        if (failure is not null)
            throw new OutboxDeliveryException($"Outbox delivery: sending failed for {messages.Count - sent} of {messages.Count} messages.", failure);
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
            if (refusals.Take(message.MessageId) is { } refusal && RefusedSends.Names(refusal, message.DestinationAddress))
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
