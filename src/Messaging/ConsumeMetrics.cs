using System.Diagnostics.Metrics;

namespace GutAusgestattet.Messaging;

/// <summary>
/// <c>messaging.consume.conflicts</c>: a consumer's unit of work run again because it collided with a concurrent one
/// (<see cref="GutAusgestattet.Persistence.ConflictRetry"/>), by message type and conflict. Each costs a rolled-back transaction and a pause;
/// a steady rate means consumers of one row should serialize on it instead of colliding.
/// </summary>
public sealed class ConsumeMetrics
{
    private readonly Counter<long> _conflicts;

    public ConsumeMetrics(IMeterFactory meters) =>
        _conflicts = meters.Create(OutboxMetrics.MeterName).CreateCounter<long>("messaging.consume.conflicts", "{rerun}",
            "Consumers' units of work run again after colliding with a concurrent one");

    public void Collided(string messageType, Exception conflict) => _conflicts.Add(1,
        new KeyValuePair<string, object?>("message_type", messageType),
        new KeyValuePair<string, object?>("conflict", Persistence.ConflictRetry.Describe(conflict)));
}
