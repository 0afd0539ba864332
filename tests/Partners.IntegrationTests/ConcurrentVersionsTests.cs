using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Contracts.V2;
using GutAusgestattet.Partners.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Partners.IntegrationTests;

/// <summary>
/// Versions of one gap, one area or one offer, published at once in shuffled order, are consumed
/// concurrently: two consumers may read the same older row (or both none and insert), and the older
/// event must still never land last. A race, so several rounds make a lost update likely if the writes
/// are not conditional.
/// </summary>
public sealed class ConcurrentVersionsTests(PartnersHost host) : IClassFixture<PartnersHost>
{
    private const int Versions = 20;
    private const int Rounds = 6;

    /// <summary>The version shows in the figures, so a stale state cannot pass for the newest.</summary>
    private static GapState Gap(int version) =>
        new("kita", "a", "capacity", false, version, 5 + version, $"Mo 07:00–07:{version:D2}", version * 2.5, version, version / 100.0);

    private static AreaState Centre(int version) => new($"Mitte {version}", 49 + version / 100.0, 11.07);

    /// <summary>The version shows in the facility and the category, the two things Partners keeps of an offer.</summary>
    private static OfferState Kita(int version) => new(
        "Kita", $"kita{version}", null, "a", new FacilityState(Facility(version), "Haus", "municipal", 49.45, 11.07), null, 10, 0,
        "Mo 07:00-17:00", [new WeeklyInterval(DayOfWeek.Monday, 7 * 60, 17 * 60)], [], false, false, ["de"], null, "active", null);

    private static Guid Facility(int version) => new($"00000000-0000-0000-0000-{version:D12}");

    /// <summary>Events of versions 1 to <see cref="Versions"/>, from <paramref name="first"/>, <paramref name="last"/> and <paramref name="between"/>.</summary>
    private static IEnumerable<object> History(Func<int, object> first, Func<int, object> between, Func<int, object> last) =>
        Enumerable.Range(1, Versions).Select(v => v == 1 ? first(v) : v == Versions ? last(v) : between(v));

    [Fact]
    public Task A_resolved_gap_stays_resolved_with_its_last_figures() => EveryRound(
        tenant => History(
            v => new GapDetected(tenant, GapKey, v, Gap(v)), v => new GapChanged(tenant, GapKey, v, Gap(v)), v => new GapResolved(tenant, GapKey, v, Gap(v))),
        async db =>
        {
            var gap = await db.Gaps.SingleAsync();
            Assert.Equal((Versions, false, Gap(Versions).PersonHours, Gap(Versions).Intervals), (gap.Version, gap.Open, gap.PersonHours, gap.Intervals));
        });

    [Fact]
    public Task The_newest_area_centre_stays() => EveryRound(
        tenant => History(
            v => new AreaDefined(tenant, "a", v, Centre(v)), v => new AreaChanged(tenant, "a", v, Centre(v)), v => new AreaChanged(tenant, "a", v, Centre(v))),
        async db =>
        {
            var area = await db.Areas.SingleAsync();
            Assert.Equal((Versions, $"Mitte {Versions}", Centre(Versions).Latitude), (area.Version, area.Name, area.Latitude));
        });

    /// <summary>The newest state arrives with a planned change taking effect; the earlier ones with registration and changes.</summary>
    [Fact]
    public Task The_offer_in_effect_last_stays() => EveryRound(
        tenant => History(
            v => new OfferRegistered(tenant, Offer, v, Kita(v)), v => new OfferChanged(tenant, Offer, v, Kita(v)),
            v => new OfferTookEffect(tenant, Offer, v, Guid.NewGuid(), Kita(v))),
        async db =>
        {
            var offer = await db.Offers.SingleAsync();
            Assert.Equal((Versions, Facility(Versions), $"kita{Versions}", false), (offer.Version, offer.FacilityId, offer.Category, offer.Withdrawn));
        });

    /// <summary>A late registration or change must not bring a withdrawn offer back into agreements.</summary>
    [Fact]
    public Task A_withdrawn_offer_stays_withdrawn() => EveryRound(
        tenant => History(
            v => new OfferRegistered(tenant, Offer, v, Kita(v)), v => new OfferChanged(tenant, Offer, v, Kita(v)), v => new OfferWithdrawn(tenant, Offer, v)),
        async db =>
        {
            var offer = await db.Offers.SingleAsync();
            Assert.Equal((Versions, true), (offer.Version, offer.Withdrawn));
        });

    /// <summary>Each round has a tenant of its own, so one gap key and one offer id serve all of them.</summary>
    private const string GapKey = "kita|a|capacity";

    private static readonly Guid Offer = Guid.NewGuid();

    /// <summary>
    /// Per round: a new tenant's history published shuffled, eight at a time,
    /// then <paramref name="newestKept"/> checked once every event is consumed.
    /// </summary>
    private async Task EveryRound(Func<string, IEnumerable<object>> history, Func<PartnersDbContext, Task> newestKept)
    {
        for (var round = 0; round < Rounds; round++)
        {
            var tenant = PartnersHost.NewTenant();
            await host.PublishShuffledAsync(tenant, history(tenant.Value));
            await host.InTenant(tenant, async db => { await newestKept(db); return true; });
        }
    }
}
