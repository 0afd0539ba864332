using MassTransit.Middleware.Outbox;

namespace GutAusgestattet.ServiceDefaults.Messaging;

/// <summary>
/// Wakes the delivery service as soon as an outbox commit happened. Unlike MassTransit's
/// <see cref="BusOutboxNotification"/>, a signal given while the service is busy is kept, so a
/// commit that races with a delivery round is never left waiting for the next poll.
/// </summary>
public sealed class OutboxDeliverySignal(TimeSpan pollInterval) : IBusOutboxNotification
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public async Task WaitForDelivery(CancellationToken cancellationToken)
    {
        // The poll catches commits of other instances and of scopes that never told us.
        await _signal.WaitAsync(pollInterval, cancellationToken);
    }

    public void Delivered()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one pending wake-up covers any number of commits.
        }
    }
}
