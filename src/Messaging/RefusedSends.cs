using System.Collections.Concurrent;
using MassTransit;
using RabbitMQ.Client.Exceptions;

namespace GutAusgestattet.Messaging;

/// <summary>
/// Remembers, per message id, the broker's refusal of a send's destination while the send is in flight. MassTransit 8.5
/// retries a send whose exchange the broker refuses to declare (ACCESS_REFUSED for missing permissions, NOT_FOUND,
/// PRECONDITION_FAILED) until the caller's timeout, so the caller sees only the timeout; the refusal itself reaches the
/// bus's send observers. The outbox asks here after a failed send whether it was refused, and counts that attempt.
/// </summary>
internal sealed class RefusedSends : ISendObserver
{
    /// <summary>AMQP reply codes with which the broker refuses the destination itself, not the connection.</summary>
    private static readonly HashSet<ushort> Refusals = [403, 404, 406];

    private readonly ConcurrentDictionary<Guid, OperationInterruptedException> _refused = new();

    public Task SendFault<T>(SendContext<T> context, Exception exception) where T : class
    {
        if (context.MessageId is { } id && Refusal(exception) is { } refusal)
            _refused[id] = refusal;
        return Task.CompletedTask;
    }

    /// <summary>The broker's refusal seen while sending <paramref name="messageId"/>, if any; forgotten once asked, so nothing piles up.</summary>
    public OperationInterruptedException? Take(Guid messageId) => _refused.TryRemove(messageId, out var refusal) ? refusal : null;

    /// <summary>
    /// Whether the refusal is of <paramref name="destination"/>'s exchange: the broker closes the whole channel, so a
    /// message sent beside a refused one fails with the same refusal, which names the other exchange.
    /// </summary>
    public static bool Names(OperationInterruptedException refusal, Uri destination) =>
        refusal.ShutdownReason?.ReplyText.Contains($"'{destination.AbsolutePath.Split('/')[^1]}'", StringComparison.Ordinal) == true;

    public Task PreSend<T>(SendContext<T> context) where T : class => Task.CompletedTask;

    public Task PostSend<T>(SendContext<T> context) where T : class => Task.CompletedTask;

    private static OperationInterruptedException? Refusal(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is OperationInterruptedException { ShutdownReason: { } reason } interrupted && Refusals.Contains(reason.ReplyCode))
                return interrupted;
        return null;
    }
}

/// <summary>The broker refused the destination of an outbox message: only a change of permissions or topology helps, not waiting.</summary>
internal sealed class OutboxDestinationRefusedException(Uri destination, OperationInterruptedException refusal)
    : Exception($"The broker refused the destination {destination}: {refusal.ShutdownReason?.ReplyText ?? refusal.Message}", refusal);
