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

    private static NeedsReported Need(string tenant, Guid response, int persons, int startHour) =>
        new(tenant, response, Survey, 1, [new DemandItem(Guid.NewGuid(), "incoming", "kita", "a", persons, 1,
            Windows: [new DemandWindow(DayOfWeek.Monday, startHour * 60, (startHour + 2) * 60, false)])], 1);

    [Fact]
    public async Task Gap_events_never_carry_fewer_than_five_responses_nor_a_confidence_then()
    {
        var tenant = $"09{Random.Shared.Next(0, 1_000_000):D6}";
        var bus = host.Services.GetRequiredService<IBus>();
        var listener = await GapEventListener.StartAsync(host, tenant);
        await using (listener)
        {
            var responses = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();
            await bus.Publish(new AreaDefined(tenant, "a", 1, new AreaState("A", 49.45, 11.07)));
            await bus.Publish(Need(tenant, responses[0], persons: 3, startHour: 6));
            await listener.Until(() => listener.Seen.Count == 1);
            // Three more answers, and more persons at other hours: still below 5, so nothing about the gap leaves.
            for (var i = 1; i < 4; i++) await bus.Publish(Need(tenant, responses[i], persons: 2, startHour: 6 + i));
            await bus.Publish(Need(tenant, responses[4], persons: 1, startHour: 12));
            await listener.Until(() => listener.Seen.Count == 2);
            await bus.Publish(new NeedsWithdrawn(tenant, responses[4]));
            await listener.Until(() => listener.Seen.Count == 3);
            foreach (var response in responses[..4]) await bus.Publish(new NeedsWithdrawn(tenant, response));
            await listener.Until(() => listener.Seen.Count == 4);
        }

        Assert.Equal(["GapDetected withheld", "GapChanged 5", "GapChanged withheld", "GapResolved withheld"],
            listener.Seen.Select(e => $"{e.Event} {(e.Gap.GetProperty("withheld").GetBoolean() ? "withheld" : e.Gap.GetProperty("responses").GetInt32())}"));
        Assert.All(listener.Seen, e =>
        {
            if (e.Gap.GetProperty("responses") is { ValueKind: JsonValueKind.Number } responses)
                Assert.True(responses.GetInt32() >= 5, $"{e.Event} carries {responses.GetInt32()} responses");
            else
                foreach (var figure in new[] { "responses", "confidence", "estimatedPersons", "personHours", "severity", "intervals" })
                    Assert.Equal(JsonValueKind.Null, e.Gap.GetProperty(figure).ValueKind);
        });
    }
}
