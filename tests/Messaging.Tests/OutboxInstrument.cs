using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using GutAusgestattet.Messaging;

namespace GutAusgestattet.Messaging.Tests;

/// <summary>Listens to one of the outbox's instruments (<see cref="OutboxMetrics"/>) as a metrics exporter would.</summary>
internal sealed class OutboxInstrument : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<long> _values = new();

    public OutboxInstrument(string name)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == OutboxMetrics.MeterName && instrument.Name == name)
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => _values.Enqueue(value));
        _listener.SetMeasurementEventCallback<int>((_, value, _, _) => _values.Enqueue(value));
        _listener.Start();
    }

    public IReadOnlyCollection<long> Values => _values;

    public long Sum => _values.Sum();

    public void Dispose() => _listener.Dispose();
}
