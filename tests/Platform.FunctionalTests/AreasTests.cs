using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aspire.Hosting.Testing;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.FunctionalTests;

/// <summary>An area as the inventory's API returns it.</summary>
public sealed record AreaView(string Code, string Name, double Latitude, double Longitude, int Version);

/// <summary>
/// The tenant's areas in the inventory: defined and changed by PUT or imported from CSV and GeoJSON,
/// published as AreaDefined/AreaChanged exactly when something changed, checked field by field.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AreasTests(PlatformFixture platform)
{
    private const string CsvHeader = "code,name,latitude,longitude\n";

    private HttpClient Inventory(Ags tenant) => platform.Client("inventory", tenant);

    private static object Body(string name, double latitude, double longitude) => new { name, latitude, longitude };

    /// <summary>
    /// Defines "altstadt" and waits for its event: the outbox delivers after the response, and a late
    /// setup event must not be taken for the one the test's action publishes.
    /// </summary>
    private async Task DefineAltstadt(Ags tenant, EventProbe<AreaDefined> defined)
    {
        await Json(await Inventory(tenant).PutAsJsonAsync("/api/areas/altstadt", Body("Altstadt", 49.4521, 11.0767)), HttpStatusCode.Created);
        await defined.Next(m => m.TenantId == tenant.Value && m.AreaCode == "altstadt");
    }

    private static Task<HttpResponseMessage> Import(HttpClient client, string body, string mediaType, bool dryRun = false) =>
        client.PostAsync($"/api/areas/import{(dryRun ? "?dryRun=true" : "")}", new StringContent(body, Encoding.UTF8, mediaType));

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode status, string? mediaType = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        if (mediaType is not null) Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static (int? Line, int? Feature, string Field)[] Errors(JsonElement report) =>
        report.GetProperty("errors").EnumerateArray()
            .Select(e => (
                e.TryGetProperty("line", out var line) ? line.GetInt32() : (int?)null,
                e.TryGetProperty("feature", out var feature) ? feature.GetInt32() : (int?)null,
                e.GetProperty("field").GetString()!))
            .ToArray();

    [Fact]
    public async Task Defining_an_area_stores_it_and_publishes_AreaDefined_version_1_with_the_tenant_header()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = Inventory(tenant);
        await using var defined = await platform.Probe<AreaDefined>();

        var response = await inventory.PutAsJsonAsync("/api/areas/altstadt", Body("Altstadt", 49.4521, 11.0767));

        var created = await Json(response, HttpStatusCode.Created);
        Assert.Equal("/api/areas/altstadt", response.Headers.Location?.OriginalString);
        Assert.Equal(1, created.GetProperty("version").GetInt32());
        var stored = await inventory.GetFromJsonAsync<AreaView>("/api/areas/altstadt");
        Assert.Equal(new AreaView("altstadt", "Altstadt", 49.4521, 11.0767, 1), stored);
        Assert.Equal([stored!], await inventory.List<AreaView>("/api/areas"));

        var e = await defined.Next(m => m.TenantId == tenant.Value && m.AreaCode == "altstadt");
        Assert.Equal(tenant.Value, e.Tenant);
        Assert.Equal(1, e.Message.Version);
        Assert.Equal(new AreaState("Altstadt", 49.4521, 11.0767), e.Message.Area);
    }

    [Fact]
    public async Task Changing_an_area_publishes_AreaChanged_with_the_next_version_and_the_same_state_again_publishes_nothing()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = Inventory(tenant);
        await using var defined = await platform.Probe<AreaDefined>();
        await using var changed = await platform.Probe<AreaChanged>();
        bool Mine(AreaChanged m) => m.TenantId == tenant.Value && m.AreaCode == "suedstadt";

        await Json(await inventory.PutAsJsonAsync("/api/areas/suedstadt", Body("Südstadt", 49.43, 11.08)), HttpStatusCode.Created);
        await defined.Next(m => m.TenantId == tenant.Value && m.AreaCode == "suedstadt");

        var renamed = await Json(await inventory.PutAsJsonAsync("/api/areas/suedstadt", Body("Südstadt-Ost", 49.43, 11.08)), HttpStatusCode.OK);
        Assert.Equal(2, renamed.GetProperty("version").GetInt32());
        var change = await changed.Next(Mine);
        Assert.Equal((2, tenant.Value), (change.Message.Version, change.Tenant));
        Assert.Equal(new AreaState("Südstadt-Ost", 49.43, 11.08), change.Message.Area);

        // The same state again (with the code repeated in the body, as a client echoing the area may send it).
        var same = await Json(await inventory.PutAsJsonAsync("/api/areas/suedstadt", new { code = "suedstadt", name = "Südstadt-Ost", latitude = 49.43, longitude = 11.08 }), HttpStatusCode.OK);
        Assert.Equal(2, same.GetProperty("version").GetInt32());
        await changed.ExpectNone(Mine);
        await defined.ExpectNone(m => m.TenantId == tenant.Value, TimeSpan.Zero);

        // A moved centre is a change; its version follows directly on 2, so nothing was published in between.
        await Json(await inventory.PutAsJsonAsync("/api/areas/suedstadt", Body("Südstadt-Ost", 49.431, 11.08)), HttpStatusCode.OK);
        Assert.Equal(3, (await changed.Next(Mine)).Message.Version);
        Assert.Equal(3, (await inventory.GetFromJsonAsync<AreaView>("/api/areas/suedstadt"))!.Version);
    }

    public static TheoryData<string, string, string> BadAreas => new()
    {
        // code in the URL, body, the field the problem must name
        { "Altstadt", """{"name":"Altstadt","latitude":49.4,"longitude":11.0}""", "code" },
        { "-altstadt", """{"name":"Altstadt","latitude":49.4,"longitude":11.0}""", "code" },
        { new string('a', 33), """{"name":"Altstadt","latitude":49.4,"longitude":11.0}""", "code" },
        { "alt_stadt", """{"name":"Altstadt","latitude":49.4,"longitude":11.0}""", "code" },
        { "altstadt", """{"code":"neustadt","name":"Altstadt","latitude":49.4,"longitude":11.0}""", "code" },
        { "altstadt", """{"name":"","latitude":49.4,"longitude":11.0}""", "name" },
        { "altstadt", """{"name":"   ","latitude":49.4,"longitude":11.0}""", "name" },
        { "altstadt", $$"""{"name":"{{new string('x', 201)}}","latitude":49.4,"longitude":11.0}""", "name" },
        { "altstadt", """{"latitude":49.4,"longitude":11.0}""", "name" },
        { "altstadt", """{"name":"Altstadt","latitude":90.5,"longitude":11.0}""", "latitude" },
        { "altstadt", """{"name":"Altstadt","latitude":-91,"longitude":11.0}""", "latitude" },
        { "altstadt", """{"name":"Altstadt","longitude":11.0}""", "latitude" },
        { "altstadt", """{"name":"Altstadt","latitude":"north","longitude":11.0}""", "latitude" },
        { "altstadt", """{"name":"Altstadt","latitude":49.4,"longitude":180.01}""", "longitude" },
        { "altstadt", """{"name":"Altstadt","latitude":49.4,"longitude":-181}""", "longitude" },
        { "altstadt", """{"name":"Altstadt","latitude":49.4,"longitude":11.0,"centre":"x"}""", "centre" },
        { "altstadt", """{"name":"Altstadt","latitude":49.4,"longitude":11.0,"outline":{"type":"LineString","coordinates":[[11.0,49.0],[11.1,49.1]]}}""", "outline" },
        { "altstadt", """{"name":"Altstadt","latitude":49.4,"longitude":11.0,"outline":{"type":"Polygon","coordinates":[[[11.0,49.0],[11.02,49.02],[11.02,49.0],[11.0,49.02],[11.0,49.0]]]}}""", "outline" },
    };

    [Theory]
    [MemberData(nameof(BadAreas))]
    public async Task Bad_area_input_is_refused_naming_the_field_and_nothing_is_stored_or_published(string code, string body, string field)
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = Inventory(tenant);
        await using var defined = await platform.Probe<AreaDefined>();

        var problem = await Json(await inventory.PutAsync($"/api/areas/{code}", new StringContent(body, Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, "application/problem+json");

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Empty(await inventory.List<AreaView>("/api/areas"));
        await defined.ExpectNone(m => m.TenantId == tenant.Value);
    }

    [Fact]
    public async Task A_good_csv_file_is_imported_whole_and_each_area_published_once()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = Inventory(tenant);
        await using var defined = await platform.Probe<AreaDefined>();
        // A BOM and CRLF as spreadsheets write them, a quoted name with a comma, columns in another order plus one we ignore.
        const string csv = "\uFEFFname,code,latitude,longitude,einwohner\r\n"
            + "Altstadt,altstadt,49.4521,11.0767,12000\r\n"
            + "\"Gostenhof, Nord\",gostenhof-nord,49.4490,11.0600,8000\r\n"
            + "\r\n"
            + "Langwasser,langwasser,49.3940,11.1330,35000\r\n";

        var report = await Json(await Import(inventory, csv, "text/csv"), HttpStatusCode.OK);

        Assert.Equal((3, 3, 0, 0, true), (report.GetProperty("total").GetInt32(), report.GetProperty("created").GetInt32(),
            report.GetProperty("changed").GetInt32(), report.GetProperty("unchanged").GetInt32(), report.GetProperty("stored").GetBoolean()));
        Assert.Equal(["einwohner"], report.GetProperty("ignoredColumns").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal([2, 3, 5], report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal(
            [new("altstadt", "Altstadt", 49.4521, 11.0767, 1), new("gostenhof-nord", "Gostenhof, Nord", 49.449, 11.06, 1), new AreaView("langwasser", "Langwasser", 49.394, 11.133, 1)],
            await inventory.List<AreaView>("/api/areas"));

        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var e = await defined.Next(m => m.TenantId == tenant.Value);
            Assert.Equal((1, tenant.Value), (e.Message.Version, e.Tenant));
            codes.Add(e.Message.AreaCode);
        }
        Assert.Equal(["altstadt", "gostenhof-nord", "langwasser"], codes.Order());
        await defined.ExpectNone(m => m.TenantId == tenant.Value);
    }

    [Fact]
    public async Task A_broken_csv_file_is_refused_listing_every_bad_line_and_nothing_is_stored_or_published()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = Inventory(tenant);
        await using var defined = await platform.Probe<AreaDefined>();
        await using var changed = await platform.Probe<AreaChanged>();
        await DefineAltstadt(tenant, defined);
        const string csv = CsvHeader
            + "altstadt,Altstadt (neu),49.4522,11.0767\n" // line 2: good, would change the existing area
            + "mitte,Mitte,91,11.07\n"                    // line 3: latitude out of range
            + "\"nord\",Nord,49.46,11.08\n"               // line 4: good (quoted code)
            + "Sued,Süd,49.43,east\n"                     // line 5: code upper-case, longitude not a number
            + "west,West,49.45\n"                         // line 6: a field short
            + "\n"                                        // line 7: blank, skipped
            + "altstadt,Altstadt again,49.45,11.07\n"     // line 8: code twice in the file
            + "ost,,49.45,11.09\n";                       // line 9: name missing

        var problem = await Json(await Import(inventory, csv, "text/csv"), HttpStatusCode.BadRequest, "application/problem+json");

        var report = problem.GetProperty("report");
        Assert.Equal(
            [(3, null, "latitude"), (5, null, "code"), (5, null, "longitude"), (6, null, "record"), (9, null, "name"), (8, null, "code")],
            Errors(report));
        Assert.False(report.GetProperty("stored").GetBoolean());
        var errors = problem.GetProperty("errors");
        foreach (var key in new[] { "line[3].latitude", "line[5].code", "line[5].longitude", "line[6].record", "line[8].code", "line[9].name" })
            Assert.True(errors.TryGetProperty(key, out _), $"{key} missing in {errors}");
        Assert.Contains("line 2", errors.GetProperty("line[8].code")[0].GetString());

        Assert.Equal([new AreaView("altstadt", "Altstadt", 49.4521, 11.0767, 1)], await inventory.List<AreaView>("/api/areas"));
        await defined.ExpectNone(m => m.TenantId == tenant.Value);
        await changed.ExpectNone(m => m.TenantId == tenant.Value, TimeSpan.Zero);
    }

    [Fact]
    public async Task Importing_the_same_csv_again_changes_and_publishes_nothing_and_a_changed_row_changes_only_its_area()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = Inventory(tenant);
        await using var defined = await platform.Probe<AreaDefined>();
        await using var changed = await platform.Probe<AreaChanged>();
        const string csv = CsvHeader + "altstadt,Altstadt,49.4521,11.0767\nmitte,Mitte,49.45,11.07\n";

        await Json(await Import(inventory, csv, "text/csv"), HttpStatusCode.OK);
        await defined.Next(m => m.TenantId == tenant.Value && m.AreaCode == "altstadt");
        await defined.Next(m => m.TenantId == tenant.Value && m.AreaCode == "mitte");

        var again = await Json(await Import(inventory, csv, "text/csv"), HttpStatusCode.OK);
        Assert.Equal((0, 0, 2), (again.GetProperty("created").GetInt32(), again.GetProperty("changed").GetInt32(), again.GetProperty("unchanged").GetInt32()));
        await defined.ExpectNone(m => m.TenantId == tenant.Value);
        await changed.ExpectNone(m => m.TenantId == tenant.Value, TimeSpan.Zero);
        Assert.All(await inventory.List<AreaView>("/api/areas"), a => Assert.Equal(1, a.Version));

        var edited = await Json(await Import(inventory, CsvHeader + "altstadt,Altstadt,49.4521,11.0767\nmitte,Stadtmitte,49.45,11.07\n", "text/csv"), HttpStatusCode.OK);
        Assert.Equal((0, 1, 1), (edited.GetProperty("created").GetInt32(), edited.GetProperty("changed").GetInt32(), edited.GetProperty("unchanged").GetInt32()));
        var change = await changed.Next(m => m.TenantId == tenant.Value);
        Assert.Equal(("mitte", 2, "Stadtmitte"), (change.Message.AreaCode, change.Message.Version, change.Message.Area.Name));
        await changed.ExpectNone(m => m.TenantId == tenant.Value);
        Assert.Equal([("altstadt", 1), ("mitte", 2)], (await inventory.List<AreaView>("/api/areas")).Select(a => (a.Code, a.Version)));
    }

    [Fact]
    public async Task A_dry_run_reports_every_row_without_storing_or_publishing()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = Inventory(tenant);
        await using var defined = await platform.Probe<AreaDefined>();
        await using var changed = await platform.Probe<AreaChanged>();
        await DefineAltstadt(tenant, defined);
        // The German spreadsheet dialect: semicolons and decimal commas.
        const string csv = "code;name;latitude;longitude\naltstadt;Altstadt;49,4521;11,0767\nmitte;Mitte;49,45;11,07\n";

        var report = await Json(await Import(inventory, csv, "text/csv", dryRun: true), HttpStatusCode.OK);

        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.False(report.GetProperty("stored").GetBoolean());
        Assert.Equal([("altstadt", "unchanged", 1), ("mitte", "created", 1)], report.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("code").GetString(), r.GetProperty("outcome").GetString(), r.GetProperty("version").GetInt32())));
        Assert.Equal(["altstadt"], (await inventory.List<AreaView>("/api/areas")).Select(a => a.Code));

        var broken = await Json(await Import(inventory, CsvHeader + "mitte,Mitte,49.45,200\n", "text/csv", dryRun: true), HttpStatusCode.BadRequest);
        Assert.True(broken.GetProperty("report").GetProperty("dryRun").GetBoolean());
        Assert.Equal([(2, null, "longitude")], Errors(broken.GetProperty("report")));

        await defined.ExpectNone(m => m.TenantId == tenant.Value);
        await changed.ExpectNone(m => m.TenantId == tenant.Value, TimeSpan.Zero);
    }

    [Fact]
    public async Task GeoJson_import_takes_a_point_as_the_centre_and_a_polygon_centroid()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = Inventory(tenant);
        await using var defined = await platform.Probe<AreaDefined>();
        const string geoJson = """
            {
              "type": "FeatureCollection",
              "features": [
                { "type": "Feature", "properties": { "code": "altstadt", "name": "Altstadt", "population": 12000 },
                  "geometry": { "type": "Point", "coordinates": [11.0767, 49.4521] } },
                { "type": "Feature", "properties": { "ref": "st-johannis", "name": "St. Johannis" },
                  "geometry": { "type": "Polygon", "coordinates": [[[11.00, 49.00], [11.02, 49.00], [11.02, 49.02], [11.00, 49.02], [11.00, 49.00]]] } },
                { "type": "Feature", "properties": { "code": "inseln", "name": "Inseln" },
                  "geometry": { "type": "MultiPolygon", "coordinates": [
                    [[[10.00, 48.00], [10.02, 48.00], [10.02, 48.02], [10.00, 48.02], [10.00, 48.00]]],
                    [[[10.04, 48.00], [10.06, 48.00], [10.06, 48.02], [10.04, 48.02], [10.04, 48.00]]] ] } }
              ]
            }
            """;

        var report = await Json(await Import(inventory, geoJson, "application/geo+json"), HttpStatusCode.OK);

        Assert.Equal(("geojson", 3), (report.GetProperty("format").GetString(), report.GetProperty("created").GetInt32()));
        Assert.Equal([0, 1, 2], report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("feature").GetInt32()));
        Assert.Equal(
            [new("altstadt", "Altstadt", 49.4521, 11.0767, 1), new("inseln", "Inseln", 48.01, 10.03, 1), new AreaView("st-johannis", "St. Johannis", 49.01, 11.01, 1)],
            await inventory.List<AreaView>("/api/areas"));
        var polygon = await defined.Next(m => m.TenantId == tenant.Value && m.AreaCode == "st-johannis");
        Assert.Equal((new AreaState("St. Johannis", 49.01, 11.01), tenant.Value), (polygon.Message.Area, polygon.Tenant));

        // Plain application/json is read as GeoJSON too; the same collection again changes nothing.
        var again = await Json(await Import(inventory, geoJson, "application/json"), HttpStatusCode.OK);
        Assert.Equal(3, again.GetProperty("unchanged").GetInt32());
    }

    /// <summary>Suburb boundaries as osmtogeojson writes an Overpass export: OSM ids, the tags as properties, <c>ref</c> as the code.</summary>
    private const string OsmSuburbs = """
        { "type": "FeatureCollection", "generator": "osmtogeojson 3.0.0",
          "features": [
            { "type": "Feature", "id": "relation/1001", "properties": { "@id": "relation/1001", "boundary": "administrative", "admin_level": "10", "name": "Gostenhof", "ref": "05" },
              "geometry": { "type": "Polygon", "coordinates": [[[11.05, 49.44], [11.07, 49.44], [11.07, 49.46], [11.05, 49.46], [11.05, 49.44]]] } },
            { "type": "Feature", "id": "relation/1002", "properties": { "@id": "relation/1002", "boundary": "administrative", "name": "Wöhrd", "ref": "06" },
              "geometry": { "type": "MultiPolygon", "coordinates": [
                [[[11.09, 49.44], [11.13, 49.44], [11.13, 49.48], [11.09, 49.48], [11.09, 49.44]],
                 [[11.10, 49.45], [11.10, 49.46], [11.11, 49.46], [11.11, 49.45], [11.10, 49.45]]],
                [[[11.14, 49.44], [11.15, 49.44], [11.15, 49.45], [11.14, 49.44]]] ] } },
            { "type": "Feature", "id": "node/2001", "properties": { "@id": "node/2001", "place": "suburb", "name": "Schoppershof", "ref": "07" },
              "geometry": { "type": "Point", "coordinates": [11.1, 49.47] } }
          ] }
        """;

    private static async Task<Dictionary<string, JsonElement>> Outlines(HttpClient inventory)
    {
        var collection = await Json(await inventory.GetAsync("/api/areas?format=geojson"), HttpStatusCode.OK, "application/geo+json");
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        return collection.GetProperty("features").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("geometry"));
    }

    [Fact]
    public async Task GeoJson_polygons_are_kept_as_outlines_read_back_as_GeoJSON_and_the_same_file_again_changes_nothing()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = Inventory(tenant);
        await using var defined = await platform.Probe<AreaDefined>();
        await using var changed = await platform.Probe<AreaChanged>();

        var report = await Json(await Import(inventory, OsmSuburbs, "application/geo+json"), HttpStatusCode.OK);
        Assert.Equal(3, report.GetProperty("created").GetInt32());
        foreach (var code in new[] { "05", "06", "07" })
        {
            // The event carries the outline for the services that draw areas (Gaps' GeoJSON export); 07 is a point only.
            var area = await defined.Next(m => m.TenantId == tenant.Value && m.AreaCode == code);
            Assert.Equal(code != "07", area.Message.Outline is not null);
        }

        var outlines = await Outlines(inventory);
        Assert.Equal(["05", "06", "07"], outlines.Keys);
        Assert.Equal(("Polygon", "[[[11.05,49.44],[11.07,49.44],[11.07,49.46],[11.05,49.46],[11.05,49.44]]]"),
            (outlines["05"].GetProperty("type").GetString(), outlines["05"].GetProperty("coordinates").GetRawText()));
        Assert.Equal("MultiPolygon", outlines["06"].GetProperty("type").GetString());
        Assert.Equal([2, 1], outlines["06"].GetProperty("coordinates").EnumerateArray().Select(p => p.GetArrayLength()));
        Assert.Equal(("Point", "[11.1,49.47]"), (outlines["07"].GetProperty("type").GetString(), outlines["07"].GetProperty("coordinates").GetRawText()));
        // The plain list stays as it was, without the outlines; its centre is the polygon's centroid.
        var list = await Json(await inventory.GetAsync("/api/areas"), HttpStatusCode.OK);
        Assert.False(list[0].TryGetProperty("outline", out _));
        Assert.Equal(new AreaView("05", "Gostenhof", 49.45, 11.06, 1), list[0].Deserialize<AreaView>(JsonSerializerOptions.Web));
        using var accepting = new HttpRequestMessage(HttpMethod.Get, "/api/areas") { Headers = { { "Accept", "application/geo+json" } } };
        Assert.Equal("application/geo+json", (await inventory.SendAsync(accepting)).Content.Headers.ContentType?.MediaType);
        var unknown = await Json(await inventory.GetAsync("/api/areas?format=kml"), HttpStatusCode.BadRequest, "application/problem+json");
        Assert.True(unknown.GetProperty("errors").TryGetProperty("format", out _), unknown.ToString());

        // The same file again changes nothing; the same square drawn from another corner is a new outline (with the same
        // centre), which the dry run reports as a change — and only reports.
        var again = await Json(await Import(inventory, OsmSuburbs, "application/geo+json"), HttpStatusCode.OK);
        Assert.Equal((0, 0, 3), (again.GetProperty("created").GetInt32(), again.GetProperty("changed").GetInt32(), again.GetProperty("unchanged").GetInt32()));
        var moved = await Json(await Import(inventory, OsmSuburbs.Replace(
            "[[[11.05, 49.44], [11.07, 49.44], [11.07, 49.46], [11.05, 49.46], [11.05, 49.44]]]", "[[[11.07, 49.44], [11.07, 49.46], [11.05, 49.46], [11.05, 49.44], [11.07, 49.44]]]"), "application/geo+json", dryRun: true), HttpStatusCode.OK);
        Assert.Equal([("05", "changed", 2), ("06", "unchanged", 1), ("07", "unchanged", 1)], moved.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("code").GetString(), r.GetProperty("outcome").GetString(), r.GetProperty("version").GetInt32())));
        await defined.ExpectNone(m => m.TenantId == tenant.Value);
        await changed.ExpectNone(m => m.TenantId == tenant.Value, TimeSpan.Zero);

        // CSV rows carry no outline, so the one from GeoJSON stays while the name changes.
        await Json(await Import(inventory, CsvHeader + "05,Gostenhof-Süd,49.45,11.06\n", "text/csv"), HttpStatusCode.OK);
        var renamed = await changed.Next(m => m.TenantId == tenant.Value);
        Assert.Equal((2, "Gostenhof-Süd"), (renamed.Message.Version, renamed.Message.Area.Name));
        Assert.Equal("Polygon", (await Outlines(inventory))["05"].GetProperty("type").GetString());

        Assert.NotNull(renamed.Message.Outline);

        // Removing the outline by PUT is a new version, published: Gaps draws the area by its centre from then on.
        var removed = await Json(await inventory.PutAsJsonAsync("/api/areas/05", new { name = "Gostenhof-Süd", latitude = 49.45, longitude = 11.06, outline = (object?)null }), HttpStatusCode.OK);
        Assert.Equal(3, removed.GetProperty("version").GetInt32());
        Assert.Equal("Point", (await Outlines(inventory))["05"].GetProperty("type").GetString());
        var withoutOutline = await changed.Next(m => m.TenantId == tenant.Value);
        Assert.Equal((3, null), (withoutOutline.Message.Version, withoutOutline.Message.Outline));
    }

    [Fact]
    public async Task A_broken_GeoJSON_file_names_each_bad_feature_and_field_and_stores_nothing()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = Inventory(tenant);
        await using var defined = await platform.Probe<AreaDefined>();
        const string geoJson = """
            {
              "type": "FeatureCollection",
              "features": [
                { "type": "Feature", "properties": { "code": "gut", "name": "Gut" }, "geometry": { "type": "Point", "coordinates": [11.0, 49.0] } },
                { "type": "Feature", "properties": { "code": "weg", "name": "Weg" }, "geometry": { "type": "LineString", "coordinates": [[11.0, 49.0], [11.1, 49.1]] } },
                { "type": "Feature", "properties": { "code": "Gross" }, "geometry": { "type": "Point", "coordinates": [11.0, 49.0] } },
                { "type": "Feature", "properties": { "code": "utm", "name": "UTM" }, "geometry": { "type": "Point", "coordinates": [651000, 5479000] } },
                { "type": "Feature", "properties": { "name": "Ohne Code" }, "geometry": null }
              ]
            }
            """;

        var problem = await Json(await Import(inventory, geoJson, "application/geo+json"), HttpStatusCode.BadRequest, "application/problem+json");

        Assert.Equal(
            [(null, 1, "geometry"), (null, 2, "properties.code"), (null, 2, "properties.name"), (null, 3, "geometry"), (null, 3, "geometry"), (null, 4, "properties.code"), (null, 4, "geometry")],
            Errors(problem.GetProperty("report")));
        Assert.True(problem.GetProperty("errors").TryGetProperty("features[2].properties.name", out _), problem.ToString());

        var notGeoJson = await Json(await Import(inventory, """{"type":"Feature"}""", "application/geo+json"), HttpStatusCode.BadRequest);
        Assert.True(notGeoJson.GetProperty("errors").TryGetProperty("type", out _), notGeoJson.ToString());
        var notJson = await Json(await Import(inventory, "{\"type\":", "application/geo+json"), HttpStatusCode.BadRequest);
        Assert.True(notJson.GetProperty("errors").TryGetProperty("body", out _), notJson.ToString());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Import(inventory, "code;name", "text/plain")).StatusCode);

        Assert.Empty(await inventory.List<AreaView>("/api/areas"));
        await defined.ExpectNone(m => m.TenantId == tenant.Value);
    }

    [Fact]
    public async Task An_import_may_exceed_the_1_MiB_json_limit_up_to_20_MiB()
    {
        var inventory = Inventory(PlatformFixture.NewTenant());
        var csv = new StringBuilder(CsvHeader);
        var name = new string('n', 190);
        var rows = 0;
        for (; csv.Length < 2 * 1024 * 1024; rows++) csv.Append($"a{rows},{name},49.{rows % 1000:D3},11.{rows % 1000:D3}\n");

        var report = await Json(await Import(inventory, csv.ToString(), "text/csv", dryRun: true), HttpStatusCode.OK);
        Assert.Equal(rows, report.GetProperty("created").GetInt32());

        using var tooLarge = new HttpRequestMessage(HttpMethod.Post, "/api/areas/import")
        {
            Content = new ByteArrayContent(new byte[21 * 1024 * 1024]) { Headers = { ContentType = new("text/csv") } },
        };
        tooLarge.Headers.ExpectContinue = true;
        await Json(await inventory.SendAsync(tooLarge), HttpStatusCode.RequestEntityTooLarge, "application/problem+json");
        Assert.Empty(await inventory.List<AreaView>("/api/areas"));
    }

    [Fact]
    public async Task Another_tenant_does_not_see_an_area_and_its_PUT_of_the_same_code_defines_its_own()
    {
        var a = PlatformFixture.NewTenant();
        var b = PlatformFixture.NewTenant();
        await using var defined = await platform.Probe<AreaDefined>();
        await using var changed = await platform.Probe<AreaChanged>();
        await DefineAltstadt(a, defined);

        var inventoryB = Inventory(b);
        Assert.Equal(HttpStatusCode.NotFound, (await inventoryB.GetAsync("/api/areas/altstadt")).StatusCode);
        Assert.Empty(await inventoryB.List<AreaView>("/api/areas"));

        var own = await Json(await inventoryB.PutAsJsonAsync("/api/areas/altstadt", Body("Altstadt (B)", 48.1, 11.5)), HttpStatusCode.Created);
        Assert.Equal(1, own.GetProperty("version").GetInt32());
        var e = await defined.Next(m => m.AreaCode == "altstadt");  // the next one for this code at all: B's, not A's again
        Assert.Equal((b.Value, b.Value, 1), (e.Message.TenantId, e.Tenant, e.Message.Version));
        await Json(await Import(inventoryB, CsvHeader + "altstadt,Altstadt (B2),48.1,11.5\n", "text/csv"), HttpStatusCode.OK);
        Assert.Equal(b.Value, (await changed.Next(m => m.AreaCode == "altstadt")).Message.TenantId);

        Assert.Equal(new AreaView("altstadt", "Altstadt", 49.4521, 11.0767, 1), await Inventory(a).GetFromJsonAsync<AreaView>("/api/areas/altstadt"));
        Assert.Equal([new AreaView("altstadt", "Altstadt (B2)", 48.1, 11.5, 2)], await inventoryB.List<AreaView>("/api/areas"));
        await changed.ExpectNone(m => m.TenantId == a.Value);
    }

    [Fact]
    public async Task Areas_need_a_planner_token()
    {
        using var anonymous = platform.App.CreateHttpClient("inventory");
        var tenant = PlatformFixture.NewTenant();
        var attempts = new (string What, Task<HttpResponseMessage> Call)[]
        {
            ("list", anonymous.GetAsync("/api/areas")),
            ("read", anonymous.GetAsync("/api/areas/altstadt")),
            ("define", anonymous.PutAsJsonAsync("/api/areas/altstadt", Body("Altstadt", 49.4, 11.0))),
            ("import", anonymous.PostAsync("/api/areas/import", new StringContent(CsvHeader + "altstadt,Altstadt,49.4,11.0\n", Encoding.UTF8, "text/csv"))),
        };
        foreach (var (what, call) in attempts)
            Assert.True((await call).StatusCode == HttpStatusCode.Unauthorized, what);
        Assert.Equal(HttpStatusCode.Forbidden, (await platform.Client("inventory", tenant, "regional-analyst").GetAsync("/api/areas")).StatusCode);
    }
}
