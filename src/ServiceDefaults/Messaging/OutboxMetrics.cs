using System.Diagnostics.Metrics;

namespace GutAusgestattet.ServiceDefaults.Messaging;

/// <summary>
/// <c>messaging.outbox.parked</c>: outbox messages given up after <c>Messaging:OutboxMaxAttempts</c>
/// failed sends, by message type. Anything above zero needs an operator: the event never reached
/// its subscribers (see docs/operations.md on parked outbox messages).
/// </summary>
public sealed class OutboxMetrics
{
    public const string MeterName = "GutAusgestattet.Messaging";

    private readonly Counter<long> _parked;

    public OutboxMetrics(IMeterFactory meters) =>
        _parked = meters.Create(MeterName).CreateCounter<long>("messaging.outbox.parked", "{message}", "Outbox messages parked after too many failed sends");

    public void Parked(string messageType) => _parked.Add(1, new KeyValuePair<string, object?>("message_type", messageType));
}
