using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using GutAusgestattet.Contracts.V2;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// The gap events of one tenant as they leave through RabbitMQ, read from the envelopes' bytes (not the deserialised
/// records): a temporary queue bound to the three gap exchanges while the listener lives.
/// </summary>
public sealed class GapEventListener : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Event, string Key, JsonElement Gap)> _seen = new();
    private HostReceiveEndpointHandle? _endpoint;

    /// <summary>Event name, gap key and the <c>gap</c> object of each event, in arrival order.</summary>
    public IReadOnlyCollection<(string Event, string Key, JsonElement Gap)> Seen => _seen;

    public static async Task<GapEventListener> StartAsync(GapsHost host, string tenant)
    {
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        var listener = new GapEventListener();
        listener._endpoint = host.Services.GetRequiredService<IBus>().ConnectReceiveEndpoint(new TemporaryEndpointDefinition(), configureEndpoint: endpoint =>
        {
            endpoint.Handler<GapDetected>(c => listener.Record(c, tenant));
            endpoint.Handler<GapChanged>(c => listener.Record(c, tenant));
            endpoint.Handler<GapResolved>(c => listener.Record(c, tenant));
        });
        await listener._endpoint.Ready;
        return listener;
    }

    private Task Record<T>(ConsumeContext<T> context, string tenant) where T : class
    {
        using var envelope = JsonDocument.Parse(context.ReceiveContext.Body.GetBytes());
        var message = envelope.RootElement.GetProperty("message");
        if (message.GetProperty("tenantId").GetString() == tenant) _seen.Enqueue((typeof(T).Name, message.GetProperty("gapKey").GetString()!, message.GetProperty("gap").Clone()));
        return Task.CompletedTask;
    }

    /// <summary>Waits up to 30 s for <paramref name="done"/>, then a second more: late events of the same step show here, not in the next step's count.</summary>
    public async Task Until(Func<bool> done, [CallerLineNumber] int line = 0)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < until, $"Still waiting after 30 s (line {line}); seen: {Names}");
            await Task.Delay(200);
        }
        await Task.Delay(1000);
        Assert.True(done(), $"More events than expected (line {line}): {Names}");
    }

    /// <summary>The events seen, e.g. "GapDetected kita:a:content, GapResolved kita:a:content".</summary>
    public string Names => string.Join(", ", _seen.Select(e => $"{e.Event} {e.Key}"));

    public async ValueTask DisposeAsync()
    {
        if (_endpoint is not null) await _endpoint.StopAsync();
    }
}
