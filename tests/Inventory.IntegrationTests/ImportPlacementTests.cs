using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static GutAusgestattet.Inventory.IntegrationTests.InventorySteps;

namespace GutAusgestattet.Inventory.IntegrationTests;

/// <summary>
/// A town's districts imported with their polygons place the facilities of an OSM-shaped Kita list; the dry run says per row
/// what would change and why, and a planner's correction of an area survives a re-import.
/// </summary>
public sealed class ImportPlacementTests(InventoryHost host) : IClassFixture<InventoryHost>
{
    /// <summary>
    /// Altstadt (08) is wide, so a point near its eastern edge is nearer to Neustadt's (03) centre than to its own; Dorf (12)
    /// has a centre only, south of both.
    /// </summary>
    private const string Districts = """
        { "type": "FeatureCollection", "features": [
          { "type": "Feature", "id": "relation/801", "properties": { "ref": "08", "name": "Altstadt", "admin_level": "10" },
            "geometry": { "type": "Polygon", "coordinates": [[[9.38, 54.78], [9.44, 54.78], [9.44, 54.80], [9.38, 54.80], [9.38, 54.78]]] } },
          { "type": "Feature", "id": "relation/803", "properties": { "ref": "03", "name": "Neustadt", "admin_level": "10" },
            "geometry": { "type": "MultiPolygon", "coordinates": [[[[9.44, 54.78], [9.48, 54.78], [9.48, 54.80], [9.44, 54.80], [9.44, 54.78]]]] } },
          { "type": "Feature", "id": "node/812", "properties": { "ref": "12", "name": "Dorf" },
            "geometry": { "type": "Point", "coordinates": [9.40, 54.74] } }
        ] }
        """;

    private static string Kitas(int places = 20, string hours = "Mo-Fr 07:00-16:00") => $$"""
        { "type": "FeatureCollection", "generator": "overpass-turbo", "features": [
          { "type": "Feature", "id": "node/1001",
            "properties": { "@id": "node/1001", "amenity": "kindergarten", "name": "Kita Am Hafen", "capacity": "{{places}}", "opening_hours": "{{hours}}", "operator": "AWO" },
            "geometry": { "type": "Point", "coordinates": [9.438, 54.785] } },
          { "type": "Feature", "id": "way/2002",
            "properties": { "@id": "way/2002", "amenity": "kindergarten", "name": "Kita Feldweg", "capacity": "30", "opening_hours": "Mo-Fr 07:30-16:30" },
            "geometry": { "type": "Point", "coordinates": [9.45, 54.75] } }
        ] }
        """;

    private const string CsvHeader = "facility_key,facility_name,latitude,longitude,area_code,offer_key,name,category,places,opening_hours\n";

    private static string Csv(string areaCode) => CsvHeader + $"kita-hafen,Kita Am Hafen,54.785,9.438,{areaCode},kita-hafen-1,Elementar,kita,20,\"Mo-Fr 07:00-16:00\"\n";

    private async Task<HttpClient> TownAsync()
    {
        var planner = host.Planner(NewTenant());
        var areas = await planner.PostAsync("/api/areas/import", new StringContent(Districts, Encoding.UTF8, "application/geo+json"));
        Assert.True(areas.IsSuccessStatusCode, await areas.Content.ReadAsStringAsync());
        return planner;
    }

    private static async Task<JsonElement> ImportAsync(HttpClient planner, string body, string mediaType, bool dryRun = false)
    {
        var response = await planner.PostAsync($"/api/inventory/import?dryRun={(dryRun ? "true" : "false")}", new StringContent(body, Encoding.UTF8, mediaType));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Each row's reasons as texts, by the row's key.</summary>
    private static Dictionary<string, List<string>> Reasons(JsonElement report, string property = "text") =>
        report.GetProperty("rows").EnumerateArray().ToDictionary(
            r => r.GetProperty("key").GetString()!,
            r => r.GetProperty("reasons").EnumerateArray().Select(x => x.GetProperty(property).GetString()!).ToList());

    private static async Task<JsonElement> FacilityAsync(HttpClient planner, string key) =>
        (await Get(planner, "/api/facilities")).EnumerateArray().Single(f => f.GetProperty("key").GetString() == key);

    [Fact]
    public async Task Facilities_lie_in_the_polygon_that_contains_them_and_the_dry_run_says_so_per_row()
    {
        var planner = await TownAsync();

        var dryRun = await ImportAsync(planner, Kitas(), "application/geo+json", dryRun: true);

        var reasons = Reasons(dryRun);
        Assert.Equal(["area 08: inside Altstadt's polygon"], reasons["osm:node/1001"]);
        Assert.Equal(["area 12: nearest centre, no polygon contains the point"], reasons["osm:way/2002"]);
        Assert.Equal(["area.outsidePolygons"], Reasons(dryRun, "code")["osm:way/2002"]);
        Assert.Empty((await Get(planner, "/api/facilities")).EnumerateArray());

        await ImportAsync(planner, Kitas(), "application/geo+json");

        Assert.Equal("08", (await FacilityAsync(planner, "osm:node/1001")).GetProperty("areaCode").GetString());
        Assert.Equal("12", (await FacilityAsync(planner, "osm:way/2002")).GetProperty("areaCode").GetString());
    }

    [Fact]
    public async Task The_same_file_again_changes_nothing_and_says_only_unchanged_while_a_changed_file_names_each_change()
    {
        var planner = await TownAsync();
        await ImportAsync(planner, Kitas(), "application/geo+json");

        var again = await ImportAsync(planner, Kitas(), "application/geo+json");
        var changed = await ImportAsync(planner, Kitas(places: 25, hours: "Mo-Fr 07:00-17:00"), "application/geo+json", dryRun: true);

        Assert.Equal(2, again.GetProperty("unchanged").GetInt32());
        Assert.All(Reasons(again, "code").Values, codes => Assert.Equal(["unchanged"], codes));
        Assert.Equal(["places 20 → 25", "opening hours Mo-Fr 07:00-16:00 → Mo-Fr 07:00-17:00"], Reasons(changed)["osm:node/1001"]);
        Assert.Equal(["unchanged"], Reasons(changed)["osm:way/2002"]);
    }

    [Fact]
    public async Task An_area_code_in_the_file_is_kept_but_questioned_when_the_point_lies_in_another_polygon()
    {
        var planner = await TownAsync();

        var report = await ImportAsync(planner, Csv("03"), "text/csv");

        Assert.Equal(["area_code 03 given, but the point lies inside Altstadt's (08) polygon", "area 03: given in the file"], Reasons(report)["kita-hafen-1"]);
        Assert.Equal("03", (await FacilityAsync(planner, "kita-hafen")).GetProperty("areaCode").GetString());
    }

    [Fact]
    public async Task A_planners_correction_is_kept_across_re_imports_even_against_an_area_code_until_handed_back()
    {
        var planner = await TownAsync();
        await ImportAsync(planner, Csv(""), "text/csv");
        var facility = await FacilityAsync(planner, "kita-hafen");
        Assert.Equal("08", facility.GetProperty("areaCode").GetString());
        var id = facility.GetProperty("id").GetGuid();
        object Body(bool? areaCorrection = null) => new { name = "Kita Am Hafen", operatorType = "other", latitude = 54.785, longitude = 9.438, areaCode = "03", areaCorrection };

        (await planner.PutAsJsonAsync($"/api/facilities/{id}", Body())).EnsureSuccessStatusCode();
        var correctedAt = (await FacilityAsync(planner, "kita-hafen")).GetProperty("areaCorrectedAt").GetDateTimeOffset();
        var day = correctedAt.UtcDateTime.ToString("yyyy-MM-dd");

        var placed = await ImportAsync(planner, Csv(""), "text/csv");
        var given = await ImportAsync(planner, Csv("08"), "text/csv");

        Assert.Equal([$"area kept at 03, corrected by hand on {day}; the file's location lies in 08"], Reasons(placed)["kita-hafen-1"]);
        Assert.Equal("unchanged", placed.GetProperty("rows")[0].GetProperty("outcome").GetString());
        Assert.Equal(["area.correctionKept"], Reasons(given, "code")["kita-hafen-1"]);
        var kept = await FacilityAsync(planner, "kita-hafen");
        Assert.Equal(("03", correctedAt), (kept.GetProperty("areaCode").GetString(), kept.GetProperty("areaCorrectedAt").GetDateTimeOffset()));

        (await planner.PutAsJsonAsync($"/api/facilities/{id}", Body(areaCorrection: false))).EnsureSuccessStatusCode();
        var handedBack = await ImportAsync(planner, Csv(""), "text/csv");

        Assert.Equal(["area 03 → 08: inside Altstadt's polygon"], Reasons(handedBack)["kita-hafen-1"]);
        Assert.Equal("changed", handedBack.GetProperty("rows")[0].GetProperty("outcome").GetString());
        var moved = await FacilityAsync(planner, "kita-hafen");
        Assert.Equal(("08", JsonValueKind.Null), (moved.GetProperty("areaCode").GetString(), moved.GetProperty("areaCorrectedAt").ValueKind));
    }
}
