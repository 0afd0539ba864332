using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Contracts.V2;
using GutAusgestattet.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// Through the real broker: an offer whose occupancy is unknown leaves a capacity gap that names it instead of counting its
/// places free, and households asking for Danish and short-term places leave a feature gap naming both — in the stored gap
/// the API shows and in the events as they go out over RabbitMQ.
/// </summary>
public sealed class GapNotesTests(GapsHost host) : IClassFixture<GapsHost>
{
    private static readonly Guid Survey = Guid.NewGuid();

    /// <summary>The last announced state per gap key: while the answers arrive one by one a gap may first be withheld, then change.</summary>
    private readonly ConcurrentDictionary<string, JsonElement> _announced = new();

    private Task Record<T>(ConsumeContext<T> context, string tenant) where T : class
    {
        // The envelope's bytes as they came over the wire.
        using var envelope = JsonDocument.Parse(context.ReceiveContext.Body.GetBytes());
        var message = envelope.RootElement.GetProperty("message");
        if (message.GetProperty("tenantId").GetString() == tenant) _announced[message.GetProperty("gapKey").GetString()!] = message.GetProperty("gap").Clone();
        return Task.CompletedTask;
    }

    private bool Shown(string key) => _announced.TryGetValue(key, out var gap) && !gap.GetProperty("withheld").GetBoolean();

    [Fact]
    public async Task Unknown_occupancy_and_a_missing_language_are_named_by_the_gaps_and_their_events()
    {
        var tenant = Ags.Parse($"08{Random.Shared.Next(0, 1_000_000):D6}");
        var t = tenant.Value;
        var bus = host.Services.GetRequiredService<IBus>();
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        var listener = bus.ConnectReceiveEndpoint(new TemporaryEndpointDefinition(), configureEndpoint: endpoint =>
        {
            endpoint.Handler<GapDetected>(c => Record(c, t));
            endpoint.Handler<GapChanged>(c => Record(c, t));
        });
        await listener.Ready;
        try
        {
            // A German-speaking Kita of 10 places, open Monday 07:00–17:00, as an OSM import leaves it: nobody said how many are taken.
            var kita = new OfferState("Kita Regenbogen", "kita", null, "a", new FacilityState(Guid.NewGuid(), "Haus", "welfare", 49.45, 11.07),
                null, 10, 0, "Mo 07:00-17:00", [new WeeklyInterval(DayOfWeek.Monday, 7 * 60, 17 * 60)], [], false, false, ["de"], null, "active", null,
                OccupancyKnown: false);
            // Five Danish-speaking households, one of them for a short time only, each with one child Monday 08:00–10:00.
            var needs = Enumerable.Range(0, 5).Select(i => new NeedsReported(t, Guid.NewGuid(), Survey, 1, [new DemandItem(Guid.NewGuid(), "incoming", "kita", "a", 1, 1,
                Windows: [new DemandWindow(DayOfWeek.Monday, 8 * 60, 10 * 60, false)], Temporary: i == 0, PreferredLanguages: ["da"])], 1));
            await host.PublishShuffledAsync(tenant, [new AreaDefined(t, "a", 1, new AreaState("A", 49.45, 11.07)), new OfferRegistered(t, Guid.NewGuid(), 1, kita), .. needs]);

            for (var until = DateTime.UtcNow.AddSeconds(30); !(Shown("kita:a:capacity") && Shown("kita:a:feature")) && DateTime.UtcNow < until;)
                await Task.Delay(200);
        }
        finally
        {
            await listener.StopAsync();
        }

        var capacity = _announced["kita:a:capacity"];
        Assert.Equal((5.0, 1, 10), (capacity.GetProperty("estimatedPersons").GetDouble(), capacity.GetProperty("unknownOccupancyOffers").GetInt32(),
            capacity.GetProperty("unknownOccupancyPlaces").GetInt32()));
        Assert.Equal(["short-term", "da"], _announced["kita:a:feature"].GetProperty("missing").EnumerateArray().Select(m => m.GetString()));

        var gaps = (await host.Planner(tenant).GetFromJsonAsync<JsonElement>("/api/gaps")).EnumerateArray().ToDictionary(g => g.GetProperty("key").GetString()!);
        Assert.Equal(["kita:a:capacity", "kita:a:feature"], gaps.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((1, 10), (gaps["kita:a:capacity"].GetProperty("unknownOccupancyOffers").GetInt32(), gaps["kita:a:capacity"].GetProperty("unknownOccupancyPlaces").GetInt32()));
        Assert.Equal(["short-term", "da"], gaps["kita:a:feature"].GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.Empty(gaps["kita:a:capacity"].GetProperty("missing").EnumerateArray());
    }
}
