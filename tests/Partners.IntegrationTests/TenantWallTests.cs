using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Partners.Offers;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Partners.IntegrationTests;

/// <summary>The service runs as a role bound by the database's tenant wall, so even an unfiltered query stays within its municipality.</summary>
public sealed class TenantWallTests(PartnersHost host) : IClassFixture<PartnersHost>
{
    [Fact]
    public async Task Deliberately_unfiltered_queries_in_a_municipalitys_unit_of_work_see_only_its_rows()
    {
        var (tenant, other) = (PartnersHost.NewTenant(), PartnersHost.NewTenant());
        foreach (var municipality in new[] { tenant, other })
        {
            var registered = await host.Planner(municipality).PostAsJsonAsync("/api/partners", new { name = "Firma Beispiel GmbH", sector = "C" });
            Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());
        }

        await host.AssertTenantWallAsync(tenant, other);
    }

    /// <summary>The one request that looks across the wall, on purpose: whether a facility is another municipality's.</summary>
    [Fact]
    public async Task A_facility_named_only_by_another_municipalitys_offer_is_refused_across_the_wall()
    {
        var (tenant, other) = (PartnersHost.NewTenant(), PartnersHost.NewTenant());
        var (foreign, unknown) = (Guid.NewGuid(), Guid.NewGuid());
        await host.InTenant(other, db =>
        {
            db.Offers.Add(new KnownOffer { TenantId = other.Value, OfferId = Guid.NewGuid(), Version = 1, FacilityId = foreign, Category = "kita" });
            return db.SaveChangesAsync();
        });

        async Task<JsonElement> Refusal(Guid facility)
        {
            var response = await host.Planner(tenant).PostAsJsonAsync("/api/agreements",
                new { kind = "newOffer", partnerIds = Array.Empty<Guid>(), gapKeys = Array.Empty<string>(), terms = new { facilityId = facility, category = "kita" } });
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        }

        Assert.True((await Refusal(foreign)).TryGetProperty("terms.facilityId", out _));
        Assert.False((await Refusal(unknown)).TryGetProperty("terms.facilityId", out _));
    }
}
