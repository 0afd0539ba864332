using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Contracts;
using static GutAusgestattet.Inventory.IntegrationTests.InventorySteps;

namespace GutAusgestattet.Inventory.IntegrationTests;

/// <summary>
/// The free text an offer, a facility or an area carries into public events is refused at the door when it holds
/// an e-mail address or a phone number: a problem details answer names each such field and the rule, nothing is stored.
/// </summary>
public sealed class PublicTextTests(InventoryHost host) : IClassFixture<InventoryHost>
{
    [Fact]
    public async Task Contact_details_in_an_offers_texts_are_refused_naming_each_field()
    {
        var planner = host.Planner(NewTenant());
        var facility = await Facility(planner);

        var response = await planner.PostAsJsonAsync("/api/offers", new
        {
            facilityId = facility, name = "Tagespflege", category = "tagespflege", places = 12, occupiedPlaces = 10, openingHours = "Mo-Fr 08:00-16:00",
            tenantCategory = "Tagespflege (Frau Kaya: 0151 2345678)",
            feeNote = "Ermäßigung auf Antrag bei s.kaya@example.org",
            closures = new[] { new { from = "2027-08-02", to = "2027-08-20", reason = "Sommer, Vertretung +49 211 1234567" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["closures[0].reason", "feeNote", "tenantCategory"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.All(errors.EnumerateObject(), e => Assert.Equal(PublicText.Rule, Assert.Single(e.Value.EnumerateArray()).GetString()));
        Assert.Empty((await Get(planner, "/api/offers")).EnumerateArray());
    }

    [Fact]
    public async Task A_facility_or_area_named_with_contact_details_is_refused_and_a_plain_name_with_dates_and_amounts_is_not()
    {
        var planner = host.Planner(NewTenant());

        var area = await planner.PutAsJsonAsync("/api/areas/sued", new { name = "Süd – Auskunft 0211 8899770", latitude = 51.2, longitude = 6.8 });
        Assert.Equal(HttpStatusCode.BadRequest, area.StatusCode);
        Assert.Equal(PublicText.Rule, (await area.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("name")[0].GetString());

        var facility = await Facility(planner);
        var named = await planner.PostAsJsonAsync("/api/facilities", new { name = "Haus kontakt@haus-nord.de", operatorType = "welfare", latitude = 51.2, longitude = 6.8, areaCode = "nord" });
        Assert.Equal(HttpStatusCode.BadRequest, named.StatusCode);
        Assert.Equal(["name"], (await named.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));

        var plain = await planner.PostAsJsonAsync("/api/offers", new
        {
            facilityId = facility, name = "Tagespflege am Markt", category = "tagespflege", places = 12, occupiedPlaces = 10, openingHours = "Mo-Fr 08:00-16:00",
            feeNote = "Ab 01.08.2027 1.250 € im Monat, Essensgeld 0,50 € am Tag",
        });
        Assert.Equal(HttpStatusCode.Created, plain.StatusCode);
    }
}
