using System.Diagnostics.Metrics;

namespace GutAusgestattet.Messaging;

/// <summary>
/// <c>messaging.outbox.parked</c>: outbox messages given up after <c>Messaging:OutboxMaxAttempts</c>
/// failed sends, by message type. Anything above zero needs an operator: the event never reached
/// its subscribers (see docs/operations.md on parked outbox messages).
/// <c>messaging.outbox.batch</c>: messages confirmed by the broker per delivery transaction — near 1
/// while the outbox keeps up, up to <c>Messaging:MessageDeliveryLimit</c> when it catches up.
/// </summary>
public sealed class OutboxMetrics
{
    public const string MeterName = "GutAusgestattet.Messaging";

    private readonly Counter<long> _parked;
    private readonly Histogram<int> _batch;

    public OutboxMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _parked = meter.CreateCounter<long>("messaging.outbox.parked", "{message}", "Outbox messages parked after too many failed sends");
        _batch = meter.CreateHistogram<int>("messaging.outbox.batch", "{message}", "Messages confirmed by the broker per outbox delivery transaction");
    }

    public void Delivered(int messages) => _batch.Record(messages);

    public void Parked(string messageType) => _parked.Add(1, new KeyValuePair<string, object?>("message_type", messageType));
}
