using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.Persistence;
using GutAusgestattet.ServiceDefaults.Messaging;
using GutAusgestattet.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// Versions of one offer and one area, published at once in shuffled order, are consumed
/// concurrently: two consumers may read the same older row, and the older event must still never
/// land last. A race, so several rounds make a lost update likely if the writes are not conditional.
/// </summary>
public sealed class ConcurrentVersionsTests(GapsHost host) : IClassFixture<GapsHost>
{
    private const int Versions = 20;
    private const int Rounds = 6;

    private static Ags NewTenant() => Ags.Parse($"05{Random.Shared.Next(0, 1_000_000):D6}");

    /// <summary>The version shows in the places, the hours and the area, so a stale state cannot pass for the newest.</summary>
    private static OfferState Kita(int version) => new(
        "Kita", "kita", null, $"a{version}", new FacilityState(Guid.NewGuid(), "Haus", "municipal", 49.45, 11.07), null, version, 0,
        "Mo 07:00-17:00", [new WeeklyInterval(DayOfWeek.Monday, 7 * 60, (7 + version % 10) * 60)], [], false, false, ["de"], null, "active", null);

    private static AreaState Centre(int version) => new("A", 49 + version / 100.0, 11.07);

    private static IEnumerable<object> History(string tenant, Guid offer) => Enumerable.Range(1, Versions).SelectMany(v => new object[]
    {
        v == 1 ? new OfferRegistered(tenant, offer, v, Kita(v)) : new OfferChanged(tenant, offer, v, Kita(v)),
        v == 1 ? new AreaDefined(tenant, "a", v, Centre(v)) : new AreaChanged(tenant, "a", v, Centre(v)),
    });

    [Fact]
    public async Task The_newest_version_stays_however_the_older_ones_arrive_and_at_once()
    {
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        var bus = host.Services.GetRequiredService<IBus>();
        for (var round = 0; round < Rounds; round++)
        {
            var (tenant, offer) = (NewTenant(), Guid.NewGuid());
            var events = History(tenant.Value, offer).Select(e => (Id: NewId.NextGuid(), Event: e)).ToArray();
            Random.Shared.Shuffle(events);
            await Parallel.ForEachAsync(events, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (e, ct) =>
                await bus.Publish(e.Event, e.Event.GetType(), Pipe.Execute<PublishContext>(c => c.MessageId = e.Id), ct));

            // Every event consumed, the older ones included: only then could a stale one have landed last.
            var ids = events.Select(e => e.Id).ToList();
            var until = DateTime.UtcNow.AddSeconds(60);
            while (await host.InTenant(tenant, db => db.Set<InboxState>().Where(i => ids.Contains(i.MessageId) && i.Consumed != null)
                       .Select(i => i.MessageId).Distinct().CountAsync()) < ids.Count && DateTime.UtcNow < until)
                await Task.Delay(200);

            var (supply, area) = await host.InTenant(tenant, async db => (await db.Offers.SingleAsync(o => o.OfferId == offer), await db.Areas.SingleAsync()));
            Assert.Equal((Versions, Versions, $"a{Versions}"), (supply.Version, supply.State!.Places, supply.AreaCode));
            Assert.Equal(Kita(Versions).OpenIntervals, supply.State.OpenIntervals);
            Assert.Equal((Versions, Centre(Versions).Latitude), (area.Version, area.Latitude));
        }
    }
}
