using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Contracts.V2;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// The gap events as they leave through RabbitMQ, read from the envelopes' bytes: below 5 responses none
/// carries a figure — not the responses, which with one person per answer are the person count, and not
/// the confidence derived from them.
/// </summary>
public sealed class GapEventPrivacyTests(GapsHost host) : IClassFixture<GapsHost>
{
    private static readonly Guid Survey = Guid.NewGuid();

    private readonly ConcurrentQueue<(string Event, JsonElement Gap)> _seen = new();

    private static NeedsReported Need(string tenant, Guid response, int persons, int startHour) =>
        new(tenant, response, Survey, 1, [new DemandItem(Guid.NewGuid(), "incoming", "kita", "a", persons, 1,
            Windows: [new DemandWindow(DayOfWeek.Monday, startHour * 60, (startHour + 2) * 60, false)])], 1);

    [Fact]
    public async Task Gap_events_never_carry_fewer_than_five_responses_nor_a_confidence_then()
    {
        var tenant = $"09{Random.Shared.Next(0, 1_000_000):D6}";
        var bus = host.Services.GetRequiredService<IBus>();
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        var listener = bus.ConnectReceiveEndpoint(new TemporaryEndpointDefinition(), configureEndpoint: endpoint =>
        {
            endpoint.Handler<GapDetected>(c => Record(c, tenant));
            endpoint.Handler<GapChanged>(c => Record(c, tenant));
            endpoint.Handler<GapResolved>(c => Record(c, tenant));
        });
        await listener.Ready;
        try
        {
            var responses = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();
            await bus.Publish(new AreaDefined(tenant, "a", 1, new AreaState("A", 49.45, 11.07)));
            await bus.Publish(Need(tenant, responses[0], persons: 3, startHour: 6));
            await Until(() => _seen.Count == 1);
            // Three more answers, and more persons at other hours: still below 5, so nothing about the gap leaves.
            for (var i = 1; i < 4; i++) await bus.Publish(Need(tenant, responses[i], persons: 2, startHour: 6 + i));
            await bus.Publish(Need(tenant, responses[4], persons: 1, startHour: 12));
            await Until(() => _seen.Count == 2);
            await bus.Publish(new NeedsWithdrawn(tenant, responses[4]));
            await Until(() => _seen.Count == 3);
            foreach (var response in responses[..4]) await bus.Publish(new NeedsWithdrawn(tenant, response));
            await Until(() => _seen.Count == 4);
        }
        finally
        {
            await listener.StopAsync();
        }

        Assert.Equal(["GapDetected withheld", "GapChanged 5", "GapChanged withheld", "GapResolved withheld"],
            _seen.Select(e => $"{e.Event} {(e.Gap.GetProperty("withheld").GetBoolean() ? "withheld" : e.Gap.GetProperty("responses").GetInt32())}"));
        Assert.All(_seen, e =>
        {
            if (e.Gap.GetProperty("responses") is { ValueKind: JsonValueKind.Number } responses)
                Assert.True(responses.GetInt32() >= 5, $"{e.Event} carries {responses.GetInt32()} responses");
            else
                foreach (var figure in new[] { "responses", "confidence", "estimatedPersons", "personHours", "severity", "intervals" })
                    Assert.Equal(JsonValueKind.Null, e.Gap.GetProperty(figure).ValueKind);
        });
    }

    private Task Record<T>(ConsumeContext<T> context, string tenant) where T : class
    {
        // The envelope's bytes as they came over the wire, not the deserialised record.
        using var envelope = JsonDocument.Parse(context.ReceiveContext.Body.GetBytes());
        var message = envelope.RootElement.GetProperty("message");
        if (message.GetProperty("tenantId").GetString() == tenant) _seen.Enqueue((typeof(T).Name, message.GetProperty("gap").Clone()));
        return Task.CompletedTask;
    }

    private async Task Until(Func<bool> done, [CallerLineNumber] int line = 0)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < until, $"Still waiting after 30 s (line {line}); seen: {string.Join(", ", _seen.Select(e => e.Event))}");
            await Task.Delay(200);
        }
        // Late events of the same step would show here rather than in the next step's count.
        await Task.Delay(1000);
        Assert.True(done(), $"More events than expected (line {line}): {string.Join(", ", _seen.Select(e => e.Event))}");
    }
}
