using GutAusgestattet.Partners.GapReadModel;
using GutAusgestattet.Partners.Offers;
using GutAusgestattet.Partners.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.ServiceHosting;

namespace GutAusgestattet.Partners.IntegrationTests;

public sealed class PartnersHost() : ServiceHost<Program>("partners")
{
    public static Ags NewTenant() => Ags.Parse($"07{Random.Shared.Next(0, 1_000_000):D6}");

    /// <summary>Reads the service's database as <paramref name="tenant"/>: its rows only, as the service itself sees them.</summary>
    public Task<T> InTenant<T>(Ags tenant, Func<PartnersDbContext, Task<T>> read) => InTenant<PartnersDbContext, T>(tenant, read);

    /// <summary>The events at once, shuffled, until the inbox consumed them all (<see cref="ServiceHost{TEntryPoint}.PublishShuffledAsync{TContext}"/>).</summary>
    public Task PublishShuffledAsync(Ags tenant, IEnumerable<object> events) => PublishShuffledAsync<PartnersDbContext>(tenant, events);

    /// <summary>
    /// What Partners learns from Inventory and Gaps, written as their consumers would: a Kita offer and an open gap of it in "nord", so that
    /// an agreement naming them can be recorded.
    /// </summary>
    public Task KnowOfferAndGap(Ags tenant, Guid offerId, string gapKey) => InTenant(tenant, db =>
    {
        var kind = gapKey.Split(':')[2];
        db.Offers.Add(new KnownOffer { TenantId = tenant.Value, OfferId = offerId, Version = 1, FacilityId = Guid.NewGuid(), Category = "kita" });
        db.Gaps.Add(new OutreachGap { TenantId = tenant.Value, GapKey = gapKey, Version = 1, Category = "kita", AreaCode = "nord", Kind = kind, Open = true });
        return db.SaveChangesAsync();
    });
}
