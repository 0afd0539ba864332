using MassTransit.Middleware.Outbox;

namespace GutAusgestattet.Messaging;

/// <summary>
/// Wakes the delivery service as soon as an outbox commit happened. Unlike MassTransit's
/// <see cref="BusOutboxNotification"/>, a signal given while the service is busy is kept, so a
/// commit that races with a delivery round is never left waiting for the next poll.
/// </summary>
public sealed class OutboxDeliverySignal(TimeSpan pollInterval) : IBusOutboxNotification
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>1 while a wake-up is pending: one covers any number of commits, and every answer commits.</summary>
    private int _pending;

    public async Task WaitForDelivery(CancellationToken cancellationToken)
    {
        // The poll catches commits of other instances and of scopes that never told us. A commit that finds the wake-up
        // still pending after this reset is seen by the round that follows, which starts after it committed.
        if (await _signal.WaitAsync(pollInterval, cancellationToken))
            Volatile.Write(ref _pending, 0);
    }

    public void Delivered()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0)
            _signal.Release();
    }
}
