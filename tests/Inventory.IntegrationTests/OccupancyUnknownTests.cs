using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static GutAusgestattet.Inventory.IntegrationTests.InventorySteps;

namespace GutAusgestattet.Inventory.IntegrationTests;

/// <summary>
/// Where the source does not say how many places are taken, the offer is "occupancy unknown", not 0 taken: in the offer's
/// state (and so its events), in the API, in the export as an empty cell — and the export imported again changes nothing.
/// </summary>
public sealed class OccupancyUnknownTests(InventoryHost host) : IClassFixture<InventoryHost>
{
    private const string Csv =
        "facility_key,facility_name,latitude,longitude,area_code,offer_key,name,category,places,occupied_places,opening_hours\n"
        + "haus-nord,Haus Nord,51.2,6.8,nord,unknown,Gruppe Igel,kita,20,,Mo-Fr 07:00-17:00\n"
        + "haus-nord,Haus Nord,51.2,6.8,nord,known,Gruppe Bär,kita,12,3,Mo-Fr 07:00-17:00\n";

    private static Task<HttpResponseMessage> Import(HttpClient planner, string csv, bool dryRun = false) =>
        planner.PostAsync($"/api/inventory/import{(dryRun ? "?dryRun=true" : "")}", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static (JsonElement Free, bool Known, int Occupied) Occupancy(JsonElement view) =>
        (view.GetProperty("freePlaces"), view.GetProperty("offer").GetProperty("occupancyKnown").GetBoolean(),
            view.GetProperty("offer").GetProperty("occupiedPlaces").GetInt32());

    [Fact]
    public async Task A_csv_row_without_occupied_places_is_occupancy_unknown_and_its_export_imports_again_unchanged()
    {
        var planner = host.Planner(NewTenant());
        (await planner.PutAsJsonAsync("/api/areas/nord", new { name = "Nord", latitude = 51.2, longitude = 6.8 })).EnsureSuccessStatusCode();
        await Ok(await Import(planner, Csv));

        var offers = (await Get(planner, "/api/offers")).EnumerateArray().ToDictionary(o => o.GetProperty("key").GetString()!);
        var unknown = Occupancy(offers["unknown"]);
        Assert.Equal((JsonValueKind.Null, false, 0), (unknown.Free.ValueKind, unknown.Known, unknown.Occupied));
        var known = Occupancy(offers["known"]);
        Assert.Equal((9, true, 3), (known.Free.GetInt32(), known.Known, known.Occupied));

        var export = await planner.GetStringAsync("/api/inventory/export?format=csv");
        var lines = export.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var column = Array.IndexOf(lines[0].Split(','), "occupied_places");
        Assert.Equal(["", "3"], lines[1..].OrderBy(l => l.Contains(",known,") ? 1 : 0).Select(l => l.Split(',')[column]));

        var again = await Ok(await Import(planner, export, dryRun: true));
        Assert.Equal((0, 0, 2), (again.GetProperty("created").GetInt32(), again.GetProperty("changed").GetInt32(), again.GetProperty("unchanged").GetInt32()));
    }

    [Fact]
    public async Task An_offer_registered_with_occupied_places_null_is_occupancy_unknown_until_a_planner_tells_them()
    {
        var planner = host.Planner(NewTenant());
        var facility = await Facility(planner);
        var body = new Dictionary<string, object?>
        {
            ["facilityId"] = facility, ["name"] = "Tagespflege", ["category"] = "tagespflege", ["places"] = 12, ["openingHours"] = "Mo-Fr 08:00-16:00",
        };
        // Unknown is said, not implied: a request without the field is refused.
        Assert.Equal(HttpStatusCode.BadRequest, (await planner.PostAsJsonAsync("/api/offers", body)).StatusCode);
        body["occupiedPlaces"] = null;

        var created = await planner.PostAsJsonAsync("/api/offers", body);
        var offer = await Ok(created);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal((JsonValueKind.Null, false), (Occupancy(offer).Free.ValueKind, Occupancy(offer).Known));

        body["occupiedPlaces"] = 12;
        var changed = await Ok(await planner.PutAsJsonAsync($"/api/offers/{offer.GetProperty("id").GetGuid()}", body));
        Assert.Equal((0, true, 12), (Occupancy(changed).Free.GetInt32(), Occupancy(changed).Known, Occupancy(changed).Occupied));
    }
}
