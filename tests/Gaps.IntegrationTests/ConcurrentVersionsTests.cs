using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

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
        for (var round = 0; round < Rounds; round++)
        {
            var (tenant, offer) = (NewTenant(), Guid.NewGuid());
            await host.PublishShuffledAsync(tenant, History(tenant.Value, offer));

            var (supply, area) = await host.InTenant(tenant, async db => (await db.Offers.SingleAsync(o => o.OfferId == offer), await db.Areas.SingleAsync()));
            Assert.Equal((Versions, Versions, $"a{Versions}"), (supply.Version, supply.State!.Places, supply.AreaCode));
            Assert.Equal(Kita(Versions).OpenIntervals, supply.State.OpenIntervals);
            Assert.Equal((Versions, Centre(Versions).Latitude), (area.Version, area.Latitude));
        }
    }
}
