using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static GutAusgestattet.Inventory.IntegrationTests.InventorySteps;

namespace GutAusgestattet.Inventory.IntegrationTests;

/// <summary>
/// A Kita list as a town publishes it (Fixtures/kitas-open-data.geojson): OSM-like ids of several shapes, a Kita
/// with U3 groups, opening-hours dirt, a welfare association, the Danish school association and an operator known
/// to nobody — imported into PostgreSQL through the service, and imported again unchanged.
/// </summary>
public sealed class OpenDataImportTests(InventoryHost host) : IClassFixture<InventoryHost>
{
    [Fact]
    public async Task A_towns_kita_list_imports_as_it_is_with_warnings_for_its_dirt_and_again_unchanged()
    {
        var planner = host.Planner(NewTenant());
        (await planner.PutAsJsonAsync("/api/areas/altstadt", new { name = "Altstadt", latitude = 54.78, longitude = 9.43 })).EnsureSuccessStatusCode();
        var fixture = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "kitas-open-data.geojson"));

        var report = await ImportAsync(planner, fixture);

        Assert.Equal((5, 5, 0), (report.GetProperty("total").GetInt32(), report.GetProperty("created").GetInt32(), report.GetProperty("unchanged").GetInt32()));
        Assert.Equal(
            ["osm:node/101#krippe", "osm:node/101", "osm:way/202", "kita-003", "17"],
            report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()));
        var warnings = report.GetProperty("warnings").EnumerateArray().Select(w => (w.GetProperty("feature").GetInt32(), w.GetProperty("field").GetString(), w.GetProperty("message").GetString()!)).ToList();
        Assert.Contains(warnings, w => w.Item1 == 0 && w.Item2 == "properties.opening_hours" && w.Item3.Contains("read as Mo-Fr"));
        Assert.Contains(warnings, w => w.Item1 == 1 && w.Item3.Contains("'7-17' read as 07:00-17:00"));
        Assert.Contains(warnings, w => w.Item1 == 2 && w.Item3.Contains("read as 07:00-17:00"));
        var unknown = Assert.Single(report.GetProperty("unknownOperators").EnumerateArray());
        Assert.Equal("Kinderhaus Drachenburg gGmbH", unknown.GetProperty("name").GetString());
        Assert.Equal([2], unknown.GetProperty("features").EnumerateArray().Select(f => f.GetInt32()));
        var firstRow = report.GetProperty("offersPerRow")[0];
        Assert.Equal((0, 1, 1), (firstRow.GetProperty("feature").GetInt32(), firstRow.GetProperty("offers").GetProperty("krippe").GetInt32(), firstRow.GetProperty("offers").GetProperty("kita").GetInt32()));

        var offers = (await Get(planner, "/api/offers")).EnumerateArray().ToDictionary(o => o.GetProperty("key").GetString()!, o => o.GetProperty("offer"));
        Assert.Equal(("krippe", 12, 12), Group(offers["osm:node/101#krippe"]));
        Assert.Equal(("kita", 50, 36), Group(offers["osm:node/101"]));
        Assert.Equal("Mo-Fr 07:30-16:30", offers["osm:node/101"].GetProperty("openingHours").GetString());
        Assert.Equal(["da", "de"], offers["osm:way/202"].GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(["da", "de"], offers["17"].GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        var operators = (await Get(planner, "/api/facilities")).EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("operatorType").ToString().ToLowerInvariant());
        Assert.Equal(["welfare", "private", "other", "welfare"], new[] { "osm:node/101", "osm:way/202", "kita-003", "17" }.Select(k => operators[k]));

        var again = await ImportAsync(planner, fixture);

        Assert.Equal((0, 0, 5), (again.GetProperty("created").GetInt32(), again.GetProperty("changed").GetInt32(), again.GetProperty("unchanged").GetInt32()));
        Assert.Equal(5, (await Get(planner, "/api/offers")).GetArrayLength());
    }

    private static (string?, int, int) Group(JsonElement offer) =>
        (offer.GetProperty("category").GetString(), offer.GetProperty("places").GetInt32(), offer.GetProperty("ages").GetProperty("fromMonths").GetInt32());

    private static async Task<JsonElement> ImportAsync(HttpClient planner, string geojson)
    {
        var response = await planner.PostAsync("/api/inventory/import", new StringContent(geojson, Encoding.UTF8, "application/geo+json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
