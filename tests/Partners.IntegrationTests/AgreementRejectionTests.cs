using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;

namespace GutAusgestattet.Partners.IntegrationTests;

/// <summary>
/// Inventory rejected an agreement's terms and applied none of them: the agreement says so, with the reason, instead of staying
/// active while nothing happened. A rejection arriving after the planner ended the agreement, or a second one, changes nothing.
/// </summary>
public sealed class AgreementRejectionTests(PartnersHost host) : IClassFixture<PartnersHost>
{
    private const string GapKey = "kita:nord:time";

    [Fact]
    public async Task A_rejection_through_the_broker_shows_on_the_agreement_with_its_reason_and_a_late_one_is_ignored()
    {
        var tenant = PartnersHost.NewTenant();
        var planner = host.Planner(tenant);
        var offerId = Guid.NewGuid();
        await host.KnowOfferAndGap(tenant, offerId, GapKey);
        var partner = (await (await planner.PostAsJsonAsync("/api/partners", new { name = "Firma Beispiel GmbH", sector = "C" })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetGuid();
        var (rejected, ended) = (await Record(planner, partner, offerId), await Record(planner, partner, offerId));
        Assert.True((await planner.PostAsync($"/api/agreements/{ended}/end", null)).IsSuccessStatusCode);

        await host.PublishShuffledAsync(tenant, [
            new AgreementTermsRejected(tenant.Value, rejected, TermsRejectionReasons.OfferWithdrawn, $"Offer {offerId} has been withdrawn.", offerId),
            new AgreementTermsRejected(tenant.Value, ended, TermsRejectionReasons.OfferWithdrawn, $"Offer {offerId} has been withdrawn.", offerId)]);

        var agreement = await planner.GetFromJsonAsync<JsonElement>($"/api/agreements/{rejected}");
        Assert.Equal("rejected", agreement.GetProperty("status").GetString());
        var rejection = agreement.GetProperty("rejection");
        Assert.Equal((TermsRejectionReasons.OfferWithdrawn, offerId, $"Offer {offerId} has been withdrawn."),
            (rejection.GetProperty("reason").GetString(), rejection.GetProperty("offerId").GetGuid(), rejection.GetProperty("detail").GetString()));
        var stillEnded = await planner.GetFromJsonAsync<JsonElement>($"/api/agreements/{ended}");
        Assert.Equal(("ended", JsonValueKind.Null), (stillEnded.GetProperty("status").GetString(), stillEnded.GetProperty("rejection").ValueKind));
        Assert.Equal([rejected], (await planner.GetFromJsonAsync<JsonElement>("/api/agreements?status=rejected")).EnumerateArray().Select(a => a.GetProperty("id").GetGuid()));

        // A second rejection of the same terms keeps the first reason; there is nothing planned to end.
        await host.PublishShuffledAsync(tenant, [new AgreementTermsRejected(tenant.Value, rejected, TermsRejectionReasons.InvalidTerms, "places: too many.", offerId)]);
        Assert.Equal(TermsRejectionReasons.OfferWithdrawn,
            (await planner.GetFromJsonAsync<JsonElement>($"/api/agreements/{rejected}")).GetProperty("rejection").GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await planner.PostAsync($"/api/agreements/{rejected}/end", null)).StatusCode);
    }

    private static async Task<Guid> Record(HttpClient planner, Guid partner, Guid offerId)
    {
        var response = await planner.PostAsJsonAsync("/api/agreements", new
        {
            kind = "extendedHours", partnerIds = new[] { partner }, gapKeys = new[] { GapKey },
            terms = new { offerId, category = "kita", addedPlaces = 2, openingHours = "Mo-Fr 07:00-18:00", from = new DateOnly(2027, 8, 1) },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
