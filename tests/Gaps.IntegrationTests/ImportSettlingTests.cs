using GutAusgestattet.Contracts.V1;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// An import of offers is one change: while its events arrive one by one (here 45 of them, slowly, the closing event
/// among them), no gap of a state halfway through it is announced — only what holds once it has arrived whole.
/// </summary>
public sealed class ImportSettlingTests(GapsHost host) : IClassFixture<GapsHost>
{
    private static readonly Guid Survey = Guid.NewGuid();
    private static readonly WeeklyInterval Monday8To16 = new(DayOfWeek.Monday, 8 * 60, 16 * 60);

    private static NeedsReported Need(string tenant, int persons) =>
        new(tenant, Guid.NewGuid(), Survey, 1, [new DemandItem(Guid.NewGuid(), "incoming", "kita", "a", persons, 1,
            Windows: [new DemandWindow(DayOfWeek.Monday, 8 * 60, 16 * 60, false)])], 1);

    private static OfferRegistered OnePlace(string tenant, Guid importId) =>
        new(tenant, Guid.NewGuid(), 1, new OfferState("Tagesgruppe", "kita", null, "a", new FacilityState(Guid.NewGuid(), "Haus", "welfare", 49.45, 11.07),
            null, 1, 0, "Mo 08:00-16:00", [Monday8To16], [], false, false, ["de"], null, "active", null), importId);

    [Fact]
    public async Task Importing_45_offers_announces_only_the_gaps_that_exist_after_the_import()
    {
        var tenant = $"05{Random.Shared.Next(0, 1_000_000):D6}";
        var bus = host.Services.GetRequiredService<IBus>();
        var listener = await GapEventListener.StartAsync(host, tenant);
        await using (listener)
        {
            // 45 persons need a Kita on Monday in area a, which has none: a content gap.
            await bus.Publish(new AreaDefined(tenant, "a", 1, new AreaState("A", 49.45, 11.07)));
            foreach (var _ in Enumerable.Range(0, 5)) await bus.Publish(Need(tenant, persons: 9));
            await listener.Until(() => listener.Seen.Any(e => e.Event == "GapDetected" && e.Key == "kita:a:content"));
            var before = listener.Seen.Count;

            // The import: 45 offers of one place each, arriving over a few seconds as a slow consumer would take them;
            // halfway through, one place for 45 persons would be a capacity gap.
            var import = Guid.NewGuid();
            var offers = Enumerable.Range(0, 45).Select(_ => OnePlace(tenant, import)).ToList();
            foreach (var (offer, index) in offers.Select((o, i) => (o, i)))
            {
                if (index == 20) await bus.Publish(new OffersImported(tenant, import, offers.Count));
                await bus.Publish(offer);
                await Task.Delay(60);
            }

            await listener.Until(() => listener.Seen.Count == before + 1);
        }

        // 45 places for 45 persons, open when they are needed: the content gap is resolved, and nothing else was said.
        Assert.Equal("GapResolved kita:a:content", $"{listener.Seen.Last().Event} {listener.Seen.Last().Key}");
        Assert.DoesNotContain(listener.Seen, e => e.Key != "kita:a:content");
    }
}
