using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// The exports from areas and needs that came through the real RabbitMQ: outlines and names from Inventory's area events
/// reach the GeoJSON, the tables and the heatmaps; an area the municipality does not have is a 404, not an empty picture.
/// </summary>
public sealed class ExportsTests(GapsHost host) : IClassFixture<GapsHost>
{
    private const string Square = """{"type":"Polygon","coordinates":[[[11.05,49.44],[11.07,49.44],[11.07,49.46],[11.05,49.46],[11.05,49.44]]]}""";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Area 01 renamed with an outline (version 2, shuffled with version 1), area 02 without one, and two persons needing a Kita in 01.</summary>
    private async Task<HttpClient> TenantWithAGapInTheOldTown()
    {
        var tenant = Ags.Parse($"06{Random.Shared.Next(0, 1_000_000):D6}");
        await host.PublishShuffledAsync(tenant,
        [
            new AreaDefined(tenant.Value, "01", 1, new AreaState("Altstadt", 49.45, 11.06)),
            new AreaChanged(tenant.Value, "01", 2, new AreaState("Altstadt-Mitte", 49.45, 11.06), Square),
            new AreaDefined(tenant.Value, "02", 1, new AreaState("Nord", 49.5, 11.1)),
            new NeedsReported(tenant.Value, Guid.NewGuid(), Guid.NewGuid(), 1, [new DemandItem(Guid.NewGuid(), "incoming", "kita", "01", 2, 1,
                Windows: [new DemandWindow(DayOfWeek.Monday, 6 * 60, 8 * 60, false)])], 1),
        ]);
        return host.Planner(tenant);
    }

    [Fact]
    public async Task The_geojson_draws_areas_by_the_outline_their_event_carried_with_their_names()
    {
        var planner = await TenantWithAGapInTheOldTown();

        var response = await planner.GetAsync("/api/gaps/areas.geojson");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var features = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(["01", "02"], features.Select(f => f.GetProperty("properties").GetProperty("areaCode").GetString()));
        Assert.Equal(Square, features[0].GetProperty("geometry").GetRawText());
        Assert.Equal("Altstadt-Mitte", features[0].GetProperty("properties").GetProperty("areaName").GetString());
        Assert.Equal(2, features[0].GetProperty("properties").GetProperty("kita.content.estimatedPersons").GetDouble());
        Assert.Equal(("Point", "Nord"), (features[1].GetProperty("geometry").GetProperty("type").GetString(),
            features[1].GetProperty("properties").GetProperty("areaName").GetString()));
    }

    [Fact]
    public async Task The_german_csv_names_the_area_beside_its_code_kept_as_text_and_english_is_there_on_request()
    {
        var planner = await TenantWithAGapInTheOldTown();

        var german = await planner.GetAsync("/api/gaps/export.csv?format=de");
        Assert.Equal("text/csv", german.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^gaps-\d{4}-W\d{2}\.csv$", german.Content.Headers.ContentDisposition?.FileNameStar ?? german.Content.Headers.ContentDisposition?.FileName);
        var bytes = await german.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.StartsWith("Schlüssel;Kategorie;Gebiet;Gebietsname;Art;", lines[0]);
        Assert.StartsWith("kita:01:content;kita;\u206001;Altstadt-Mitte;content;Mo 06:00–08:00;2;4;1;100;0,17;FALSCH", lines[1]);

        var english = (await planner.GetStringAsync("/api/gaps/export.csv?lang=en")).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("key,category,area,areaName,kind,intervals,estimatedPersons,personHours,responses,severity,confidence,suppressed,"
            + "unknownOccupancyOffers,unknownOccupancyPlaces,missing,reservedPlaces", english[0]);
        Assert.Equal("kita:01:content,kita,01,Altstadt-Mitte,content,Mo 06:00–08:00,2,4,1,100,0.17,false,0,0,,0", english[1]);

        var problem = await planner.GetAsync("/api/gaps/export.csv?format=excel&lang=fr");
        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        var errors = (await problem.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["format", "lang"], errors.EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task A_category_is_drawn_over_all_areas_and_an_area_over_all_categories_with_its_name()
    {
        var planner = await TenantWithAGapInTheOldTown();

        var category = await Picture(planner, "?category=kita");
        Assert.Contains("Kita (Ü3) · alle Gebiete", Texts(category).First());
        var slots = Slots(category);
        Assert.Equal(2 * 168, slots.Count);
        Assert.Equal("Altstadt-Mitte (01) · Mo 06–07 Uhr: höchstens 2 Personen ohne Betreuung", Title(slots[6]));
        Assert.Equal("Nord (02) · Mo 06–07 Uhr: höchstens 0 Personen ohne Betreuung", Title(slots[168 + 6]));

        var area = await Picture(planner, "?area=01");
        Assert.StartsWith("Altstadt-Mitte (01) · alle Kategorien", Texts(area).First());
        Assert.Equal(Contracts.CareCategories.Names.Count * 168, Slots(area).Count);
        Assert.Contains(Slots(area), s => Title(s) == "Kita (Ü3) · Mo 07–08 Uhr: höchstens 2 Personen ohne Betreuung");

        var both = await Picture(planner, "?category=kita&area=01");
        Assert.StartsWith("Kita (Ü3) · Altstadt-Mitte (01) · ", Texts(both).First());
        Assert.Equal(672, Slots(both).Count);
    }

    [Fact]
    public async Task An_unknown_area_is_a_404_problem_and_a_picture_without_category_or_area_a_400_naming_the_field()
    {
        var planner = await TenantWithAGapInTheOldTown();

        foreach (var query in new[] { "?area=99", "?category=kita&area=99" })
        {
            var unknown = await planner.GetAsync($"/api/gaps/heatmap.svg{query}");
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
            Assert.Contains("'99'", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }

        var neither = await planner.GetAsync("/api/gaps/heatmap.svg");
        Assert.Equal(HttpStatusCode.BadRequest, neither.StatusCode);
        Assert.True((await neither.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("category", out _));
    }

    private static async Task<XDocument> Picture(HttpClient planner, string query)
    {
        var response = await planner.GetAsync($"/api/gaps/heatmap.svg{query}");
        Assert.True(response.IsSuccessStatusCode, $"{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static List<string> Texts(XDocument svg) => [.. svg.Descendants(Svg + "text").Select(t => t.Value)];

    private static List<XElement> Slots(XDocument svg) => [.. svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "slot")];

    private static string Title(XElement slot) => slot.Element(Svg + "title")!.Value;
}
