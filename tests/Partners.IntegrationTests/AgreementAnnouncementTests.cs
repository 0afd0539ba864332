using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;

namespace GutAusgestattet.Partners.IntegrationTests;

/// <summary>
/// An agreement's announcement names its partners, in the order of their ids, so that a survey can offer a partner with reserved places
/// as an employer by name without asking Partners.
/// </summary>
public sealed class AgreementAnnouncementTests(PartnersHost host) : IClassFixture<PartnersHost>
{
    [Fact]
    public async Task Reserved_places_are_announced_with_the_partners_names_in_the_order_of_their_ids()
    {
        var tenant = PartnersHost.NewTenant();
        var planner = host.Planner(tenant);
        var offerId = Guid.NewGuid();
        await host.KnowOfferAndGap(tenant, offerId, "kita:nord:capacity");
        async Task<Guid> Partner(string name) =>
            (await (await planner.PostAsJsonAsync("/api/partners", new { name, sector = "C" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var (zeta, alpha) = (await Partner("Zeta Werke GmbH"), await Partner("Alpha Logistik AG"));

        var (seen, listener) = await host.ListenAsync<CooperationAgreed>(tenant);
        try
        {
            var response = await planner.PostAsJsonAsync("/api/agreements", new
            {
                kind = ReservedPlaces.Kind, partnerIds = new[] { zeta, alpha }, gapKeys = new[] { "kita:nord:capacity" },
                terms = new { offerId, category = "kita", addedPlaces = 2, from = new DateOnly(2027, 8, 1) },
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            for (var until = DateTime.UtcNow.AddSeconds(30); seen.IsEmpty && DateTime.UtcNow < until;) await Task.Delay(100);
        }
        finally
        {
            await listener.StopAsync();
        }
        var agreed = Assert.Single(seen);
        Assert.Equal([zeta, alpha], agreed.PartnerIds);
        Assert.Equal(["Zeta Werke GmbH", "Alpha Logistik AG"], agreed.PartnerNames!);
    }
}
