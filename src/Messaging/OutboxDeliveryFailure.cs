using MassTransit;
using RabbitMQ.Client.Exceptions;

namespace GutAusgestattet.Messaging;

/// <summary>
/// Tells a message that can never be sent from a broker that is away. Only the first counts
/// towards parking the message: an outage must hold every message back until the broker returns,
/// however long it lasts, while one bad message must not hold back the others.
/// </summary>
internal static class OutboxDeliveryFailure
{
    /// <summary>Longest stored <see cref="OutboxMessage.LastDeliveryError"/>: the type and message say enough.</summary>
    public const int MaxErrorLength = 2000;

    /// <summary>
    /// The failure is the message's own when it could not even be read back from its row, when the
    /// broker refused its destination (<see cref="RefusedSends"/>: MassTransit 8.5 reports that as a
    /// timeout, the refusal comes from its send observers), or when sending it failed while the bus is
    /// connected, for a reason other than waiting too long (a timeout or a connection error is what an
    /// outage or a blocked broker looks like) or its channel closing (which a refusal of another message
    /// sent beside it does).
    /// </summary>
    public static bool IsMessagesOwn(Exception exception, IBusControl bus)
    {
        if (exception is OutboxMessageUnreadableException or OutboxDestinationRefusedException) return true;
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is OperationCanceledException or TimeoutException or TransportUnavailableException or RabbitMqConnectionException
                or BrokerUnreachableException or ConnectFailureException or OperationInterruptedException)
                return false;
        return bus.CheckHealth().Status == BusHealthStatus.Healthy;
    }

    public static string Describe(Exception exception)
    {
        var text = $"{exception.GetType().Name}: {exception.Message}";
        return text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
    }
}

/// <summary>The stored headers or properties of an outbox row could not be deserialized: no retry can change that.</summary>
internal sealed class OutboxMessageUnreadableException(Guid messageId, Exception inner)
    : Exception($"Outbox message {messageId} cannot be read back: {inner.Message}", inner);
