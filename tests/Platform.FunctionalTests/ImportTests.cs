using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// Bulk import and export of facilities and offers (POST /api/inventory/import, GET /api/inventory/export):
/// all or nothing, matched by key, so the same file twice changes and publishes nothing, and a changed
/// row publishes exactly one OfferChanged with the next version.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ImportTests(PlatformFixture platform)
{
    private const string Header = "facility_key,facility_name,operator_type,address,latitude,longitude,area_code,offer_key,name,category,tenant_category,"
        + "age_from_months,age_to_months,places,occupied_places,opening_hours,short_term,languages,fee_note\n";

    /// <summary>Two facilities, three offers; the facility columns repeated on each of a facility's rows.</summary>
    private const string Good = Header
        + "kita-sonne,Kita Sonnenschein,welfare,\"Hauptstraße 1, 90403 Nürnberg\",49.4521,11.0767,altstadt,sonne-krippe,Krippe Igel,krippe,U3-Gruppe,10,36,12,10,Mo-Fr 07:00-17:00,true,de;pl,\n"
        + "kita-sonne,Kita Sonnenschein,welfare,\"Hauptstraße 1, 90403 Nürnberg\",49.4521,11.0767,altstadt,sonne-kita,Gruppe Bären,kita,,36,72,25,20,\"Mo-Fr 07:00-17:00; PH off\",false,,Beitragsfrei ab 3\n"
        + "tp-mitte,Tagespflege Mitte,private,,49.4300,11.0800,,tp,Tagespflege,tagespflege,,,,15,15,Mo-Fr 08:00-16:00,no,tr,\n";

    private HttpClient Inventory(Ags tenant) => platform.Client("inventory", tenant);

    private static Task<HttpResponseMessage> Import(HttpClient client, string body, string mediaType = "text/csv", bool dryRun = false) =>
        client.PostAsync($"/api/inventory/import{(dryRun ? "?dryRun=true" : "")}", new StringContent(body, Encoding.UTF8, mediaType));

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static (int Created, int Changed, int Unchanged) Counts(JsonElement report) =>
        (report.GetProperty("created").GetInt32(), report.GetProperty("changed").GetInt32(), report.GetProperty("unchanged").GetInt32());

    private static (int? Line, int? Feature, string Field)[] Errors(JsonElement report) =>
        report.GetProperty("errors").EnumerateArray()
            .Select(e => (
                e.TryGetProperty("line", out var line) ? line.GetInt32() : (int?)null,
                e.TryGetProperty("feature", out var feature) ? feature.GetInt32() : (int?)null,
                e.GetProperty("field").GetString()!))
            .ToArray();

    /// <summary>Two areas: altstadt in the north-west, suedstadt in the south-east (nearest to tp-mitte).</summary>
    private static async Task Areas(HttpClient inventory)
    {
        (await inventory.PutAsJsonAsync("/api/areas/altstadt", new { name = "Altstadt", latitude = 49.4521, longitude = 11.0767 })).EnsureSuccessStatusCode();
        (await inventory.PutAsJsonAsync("/api/areas/suedstadt", new { name = "Südstadt", latitude = 49.43, longitude = 11.085 })).EnsureSuccessStatusCode();
    }

    private static async Task<List<JsonElement>> Offers(HttpClient inventory) => await inventory.List<JsonElement>("/api/offers");

    private static async Task ImportedAndDelivered(HttpClient inventory, EventProbe<OfferRegistered> registered, Ags tenant, string csv, int offers)
    {
        await Json(await Import(inventory, csv), HttpStatusCode.OK);
        for (var i = 0; i < offers; i++) await registered.Next(m => m.TenantId == tenant.Value);
    }

    [Fact]
    public async Task A_good_csv_creates_the_facilities_and_publishes_one_OfferRegistered_per_offer_with_the_tenant()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = Inventory(tenant);
        await Areas(inventory);
        await using var registered = await platform.Probe<OfferRegistered>();
        await using var imported = await platform.Probe<OffersImported>();

        var report = await Json(await Import(inventory, Good), HttpStatusCode.OK);

        Assert.Equal((3, 0, 0), Counts(report));
        Assert.True(report.GetProperty("stored").GetBoolean());
        Assert.Equal(2, report.GetProperty("facilities").GetProperty("created").GetInt32());
        Assert.Equal([2, 3, 4], report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("line").GetInt32()));

        var facilities = await inventory.List<JsonElement>("/api/facilities");
        Assert.Equal(["kita-sonne", "tp-mitte"], facilities.Select(f => f.GetProperty("key").GetString()).Order());
        var tp = facilities.Single(f => f.GetProperty("key").GetString() == "tp-mitte");
        Assert.Equal("suedstadt", tp.GetProperty("areaCode").GetString()); // no area_code: the nearest area's centre

        var events = new List<OfferRegistered>();
        for (var i = 0; i < 3; i++)
        {
            var e = await registered.Next(m => m.TenantId == tenant.Value);
            Assert.Equal((tenant.Value, 1), (e.Tenant, e.Message.Version));
            events.Add(e.Message);
        }
        await registered.ExpectNone(m => m.TenantId == tenant.Value);
        // One import: its three events carry its id, and it ends saying how many do.
        var import = Assert.Single(events.Select(e => e.ImportId).Distinct());
        var closing = (await imported.Next(m => m.TenantId == tenant.Value)).Message;
        Assert.Equal((import, 3), ((Guid?)closing.ImportId, closing.Events));
        var krippe = events.Single(e => e.Offer.Category == "krippe").Offer;
        Assert.Equal(("Krippe Igel", "U3-Gruppe", "altstadt", 12, 10, "Mo-Fr 07:00-17:00", true), (krippe.Name, krippe.TenantCategory, krippe.AreaCode,
            krippe.Places, krippe.OccupiedPlaces, krippe.OpeningHours, krippe.TakesShortTermPlacements));
        Assert.Equal(["de", "pl"], krippe.Languages);
        Assert.Equal(new AgeRange(10, 36), krippe.Ages);
        Assert.Equal(("Kita Sonnenschein", "welfare"), (krippe.Facility.Name, krippe.Facility.OperatorType));
        Assert.Equal("Beitragsfrei ab 3", events.Single(e => e.Offer.Category == "kita").Offer.FeeNote);

        var offers = await Offers(inventory);
        Assert.Equal(["sonne-kita", "sonne-krippe", "tp"], offers.Select(o => o.GetProperty("key").GetString()).Order());
        var history = await inventory.List<JsonElement>($"/api/offers/{offers[0].GetProperty("id").GetGuid()}/history");
        Assert.Equal("registered", Assert.Single(history).GetProperty("action").GetString());
    }

    [Fact]
    public async Task A_broken_csv_is_refused_listing_every_bad_line_and_nothing_is_stored_or_published()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = Inventory(tenant);
        await Areas(inventory);
        await using var registered = await platform.Probe<OfferRegistered>();
        var csv = Header
            + "f1,Haus 1,municipal,,49.45,11.07,altstadt,o1,Gruppe A,kita,,,,10,2,Mo-Fr 07:00-17:00,,,\n"      // 2: good
            + "f1,Haus 1,municipal,,49.45,11.07,altstadt,o2,Gruppe B,schule,,,,10,2,Mo-Fr 07:00-17:00,,,\n"    // 3: unknown category
            + "f1,Haus 1,municipal,,49.45,11.07,altstadt,o3,Gruppe C,kita,,,,10,12,Mo-Fr 07:00-17:00,,,\n"    // 4: occupied > places
            + "f1,Haus 1,municipal,,49.45,11.07,altstadt,o4,Gruppe D,kita,,,,10,2,Mo-Fx 07:00-17:00,,,\n"     // 5: opening hours
            + "f1,Haus 1,municipal,,49.45,11.07,altstadt,o1,Gruppe E,kita,,,,10,2,Mo-Fr 07:00-17:00,,,\n"     // 6: offer key twice
            + "f1,Haus Eins,municipal,,49.45,11.07,altstadt,o5,Gruppe F,kita,,,,10,2,Mo-Fr 07:00-17:00,,,\n"  // 7: facility differs
            + "f2,Haus 2,municipal,,49.45,11.07,nirgendwo,o6,Gruppe G,kita,,,,zehn,0,Mo-Fr 07:00-17:00,,xx1,\n" // 8: area unknown, places, language
            + "f3,Haus 3,municipal,,49.45,11.07,altstadt,,Gruppe H,kita,,,,10,0,Mo-Fr 07:00-17:00,,,\n"       // 9: offer key missing
            + "f3,Haus 3,municipal,,49.45\n";                                                                 // 10: fields missing

        var problem = await Json(await Import(inventory, csv), HttpStatusCode.BadRequest);

        var report = problem.GetProperty("report");
        var errors = Errors(report);
        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10], errors.Select(e => e.Line!.Value).Distinct().Order());
        Assert.Contains((3, null, "category"), errors);
        Assert.Contains((4, null, "occupied_places"), errors);
        Assert.Contains((5, null, "opening_hours"), errors);
        Assert.Contains((6, null, "offer_key"), errors);
        Assert.Contains((7, null, "facility_name"), errors);
        Assert.Contains((8, null, "area_code"), errors);
        Assert.Contains((8, null, "places"), errors);
        Assert.Contains((8, null, "languages[0]"), errors);
        Assert.Contains((9, null, "offer_key"), errors);
        Assert.Contains((10, null, "record"), errors);
        Assert.True(problem.GetProperty("errors").TryGetProperty("line[3].category", out _));
        Assert.False(report.GetProperty("stored").GetBoolean());

        Assert.Empty(await Offers(inventory));
        Assert.Empty(await inventory.List<JsonElement>("/api/facilities"));
        await registered.ExpectNone(m => m.TenantId == tenant.Value);
    }

    [Fact]
    public async Task The_same_file_again_changes_nothing_and_a_changed_row_publishes_exactly_one_OfferChanged_version_2()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = Inventory(tenant);
        await Areas(inventory);
        await using var registered = await platform.Probe<OfferRegistered>();
        await using var changed = await platform.Probe<OfferChanged>();
        await ImportedAndDelivered(inventory, registered, tenant, Good, 3);

        var again = await Json(await Import(inventory, Good), HttpStatusCode.OK);
        Assert.Equal((0, 0, 3), Counts(again));
        Assert.Equal(2, again.GetProperty("facilities").GetProperty("unchanged").GetInt32());
        await registered.ExpectNone(m => m.TenantId == tenant.Value);
        await changed.ExpectNone(m => m.TenantId == tenant.Value, TimeSpan.Zero);
        Assert.All(await Offers(inventory), o => Assert.Equal(1, o.GetProperty("version").GetInt32()));

        var edited = Good.Replace("Gruppe Bären,kita,,36,72,25,20", "Gruppe Bären,kita,,36,72,25,24");
        var report = await Json(await Import(inventory, edited), HttpStatusCode.OK);
        Assert.Equal((0, 1, 2), Counts(report));
        var change = await changed.Next(m => m.TenantId == tenant.Value);
        Assert.Equal((2, 24, "Gruppe Bären"), (change.Message.Version, change.Message.Offer.OccupiedPlaces, change.Message.Offer.Name));
        await changed.ExpectNone(m => m.TenantId == tenant.Value);
        var history = await inventory.List<JsonElement>($"/api/offers/{change.Message.OfferId}/history");
        Assert.Equal(["registered", "changed"], history.Select(h => h.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task A_changed_facility_column_announces_each_of_its_offers_once()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = Inventory(tenant);
        await Areas(inventory);
        await using var registered = await platform.Probe<OfferRegistered>();
        await using var changed = await platform.Probe<OfferChanged>();
        await using var imported = await platform.Probe<OffersImported>();
        await ImportedAndDelivered(inventory, registered, tenant, Good, 3);
        // The first import's closing event may still be on its way after its offers: taken here, it is not mistaken for the second's.
        await imported.Next(m => m.TenantId == tenant.Value && m.Events == 3);

        var report = await Json(await Import(inventory, Good.Replace("Kita Sonnenschein", "Kita Sonnenblume")), HttpStatusCode.OK);

        Assert.Equal((0, 2, 1), Counts(report));
        var closing = (await imported.Next(m => m.TenantId == tenant.Value)).Message;
        Assert.Equal(2, closing.Events);
        for (var i = 0; i < 2; i++)
        {
            var e = await changed.Next(m => m.TenantId == tenant.Value);
            Assert.Equal(("Kita Sonnenblume", 2, closing.ImportId), (e.Message.Offer.Facility.Name, e.Message.Version, e.Message.ImportId));
        }
        await changed.ExpectNone(m => m.TenantId == tenant.Value);
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_happen_and_stores_and_publishes_nothing()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = Inventory(tenant);
        await Areas(inventory);
        await using var registered = await platform.Probe<OfferRegistered>();

        var report = await Json(await Import(inventory, Good, dryRun: true), HttpStatusCode.OK);

        Assert.Equal((3, 0, 0), Counts(report));
        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.False(report.GetProperty("stored").GetBoolean());
        Assert.All(report.GetProperty("rows").EnumerateArray(), r => Assert.Equal(1, r.GetProperty("version").GetInt32()));
        Assert.Empty(await Offers(inventory));
        Assert.Empty(await inventory.List<JsonElement>("/api/facilities"));
        await registered.ExpectNone(m => m.TenantId == tenant.Value);
    }

    private const string Osm = """
        {"type":"FeatureCollection","generator":"overpass-turbo","features":[
          {"type":"Feature","id":"node/1001","properties":{"@id":"node/1001","amenity":"kindergarten","name":"Kita Regenbogen","capacity":"75",
            "opening_hours":"Mo-Fr 07:00-17:00","operator":"Caritasverband Nürnberg","addr:street":"Hauptstraße","addr:housenumber":"3","language:pl":"yes"},
           "geometry":{"type":"Point","coordinates":[11.0768,49.4520]}},
          {"type":"Feature","id":"way/2002","properties":{"@id":"way/2002","amenity":"childcare","name":"Krippe Zwergenland","capacity":"24",
            "opening_hours":"Mo-Fr 07:30-16:30","operator:type":"private"},
           "geometry":{"type":"Polygon","coordinates":[[[11.084,49.429],[11.086,49.429],[11.086,49.431],[11.084,49.431],[11.084,49.429]]]}},
          {"type":"Feature","id":"node/3003","properties":{"@id":"node/3003","amenity":"social_facility","social_facility":"nursing_home",
            "social_facility:for":"senior","name":"Seniorenheim am Park","capacity":"90","opening_hours":"24/7","operator":"Stadt Nürnberg"},
           "geometry":{"type":"Point","coordinates":[11.077,49.451]}}
        ]}
        """;

    [Fact]
    public async Task An_osm_geojson_export_imports_kindergarten_childcare_and_social_facility_with_capacity_and_opening_hours()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = Inventory(tenant);
        await Areas(inventory);
        await using var registered = await platform.Probe<OfferRegistered>();

        var report = await Json(await Import(inventory, Osm, "application/geo+json"), HttpStatusCode.OK);

        Assert.Equal((3, 0, 0), Counts(report));
        Assert.Equal([0, 1, 2], report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("feature").GetInt32()));
        var events = new Dictionary<string, GutAusgestattet.Contracts.V1.OfferState>();
        for (var i = 0; i < 3; i++)
        {
            var e = await registered.Next(m => m.TenantId == tenant.Value);
            events[e.Message.Offer.Category] = e.Message.Offer;
        }
        Assert.Equal(("Kita Regenbogen", 75, 0, "Mo-Fr 07:00-17:00", "altstadt", "welfare"),
            (events["kita"].Name, events["kita"].Places, events["kita"].OccupiedPlaces, events["kita"].OpeningHours, events["kita"].AreaCode, events["kita"].Facility.OperatorType));
        Assert.Equal(["pl"], events["kita"].Languages);
        // OSM never tells how many places are taken: unknown, not 0 taken (OccupiedPlaces stays 0 for consumers of V1).
        Assert.All(events.Values, offer => Assert.False(offer.OccupancyKnown));
        Assert.Equal(("Krippe Zwergenland", 24, "suedstadt", "private"),
            (events["krippe"].Name, events["krippe"].Places, events["krippe"].AreaCode, events["krippe"].Facility.OperatorType));
        Assert.Equal(49.43, events["krippe"].Facility.Latitude, 6); // the polygon's centroid
        Assert.Equal(("Seniorenheim am Park", 90, "24/7", "municipal"),
            (events["kurzzeitpflege"].Name, events["kurzzeitpflege"].Places, events["kurzzeitpflege"].OpeningHours, events["kurzzeitpflege"].Facility.OperatorType));

        var keys = (await Offers(inventory)).Select(o => o.GetProperty("key").GetString()).Order();
        Assert.Equal(["osm:node/1001", "osm:node/3003", "osm:way/2002"], keys);

        // The same export again: nothing changes.
        Assert.Equal((0, 0, 3), Counts(await Json(await Import(inventory, Osm, "application/geo+json"), HttpStatusCode.OK)));
        await registered.ExpectNone(m => m.TenantId == tenant.Value);
    }

    [Fact]
    public async Task An_osm_feature_that_maps_to_no_category_is_refused_naming_the_tag()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = Inventory(tenant);
        await Areas(inventory);
        await using var registered = await platform.Probe<OfferRegistered>();
        var osm = Osm.Replace("\"amenity\":\"childcare\"", "\"amenity\":\"school\"").Replace("\"social_facility\":\"nursing_home\"", "\"social_facility\":\"shelter\"");

        var problem = await Json(await Import(inventory, osm, "application/geo+json"), HttpStatusCode.BadRequest);

        Assert.Equal([(null, 1, "properties.amenity"), (null, 2, "properties.social_facility")], Errors(problem.GetProperty("report")));
        Assert.Contains("amenity=school", problem.GetProperty("errors").GetProperty("features[1].properties.amenity")[0].GetString());
        Assert.Contains("social_facility=shelter", problem.GetProperty("errors").GetProperty("features[2].properties.social_facility")[0].GetString());
        Assert.Empty(await Offers(inventory));
        await registered.ExpectNone(m => m.TenantId == tenant.Value);
    }

    [Fact]
    public async Task Without_areas_the_import_says_to_define_them_first()
    {
        var inventory = Inventory(PlatformFixture.NewTenant());

        var problem = await Json(await Import(inventory, Osm, "application/geo+json"), HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("report").GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Contains("/api/areas/import", e.GetProperty("rule").GetString()));
    }

    [Fact]
    public async Task A_csv_export_imported_again_changes_nothing_even_for_offers_entered_without_keys()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = Inventory(tenant);
        await Areas(inventory);
        await using var registered = await platform.Probe<OfferRegistered>();
        await using var changed = await platform.Probe<OfferChanged>();
        await ImportedAndDelivered(inventory, registered, tenant, Good, 3);
        var facility = await inventory.Facility("altstadt"); // entered by hand, without keys
        await inventory.PostAsJsonAsync("/api/offers", new
        {
            facilityId = facility, name = "Gruppe \"Wal\", groß", category = "hort", places = 20, occupiedPlaces = 5,
            openingHours = "Mo-Fr 12:00-17:00", languages = new[] { "uk", "de" }, ages = new { fromMonths = 72, toMonths = 120 },
            closures = new[] { new { from = "2026-08-01", to = "2026-08-21" } }
        }).Created<JsonElement>();
        await registered.Next(m => m.TenantId == tenant.Value);

        var export = await inventory.GetAsync("/api/inventory/export?format=csv");
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        var csv = await export.Content.ReadAsStringAsync();
        Assert.StartsWith(Header.TrimEnd('\n'), csv);
        Assert.Equal(5, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("id:", csv);

        var report = await Json(await Import(inventory, csv), HttpStatusCode.OK);

        Assert.Equal((0, 0, 4), Counts(report));
        await registered.ExpectNone(m => m.TenantId == tenant.Value);
        await changed.ExpectNone(m => m.TenantId == tenant.Value, TimeSpan.Zero);
        Assert.All(await Offers(inventory), o => Assert.Equal(1, o.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task The_geojson_export_is_a_feature_collection_with_a_point_per_facility_and_its_offers()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = Inventory(tenant);
        await Areas(inventory);
        await Json(await Import(inventory, Good), HttpStatusCode.OK);

        var response = await inventory.GetAsync("/api/inventory/export?format=geojson");

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var collection = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        var features = collection.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(["kita-sonne", "tp-mitte"], features.Select(f => f.GetProperty("id").GetString()));
        var sonne = features[0];
        Assert.Equal("Point", sonne.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal([11.0767, 49.4521], sonne.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        var properties = sonne.GetProperty("properties");
        Assert.Equal(("Kita Sonnenschein", "welfare", "altstadt"), (properties.GetProperty("name").GetString(),
            properties.GetProperty("operatorType").GetString(), properties.GetProperty("areaCode").GetString()));
        var offers = properties.GetProperty("offers").EnumerateArray().ToList();
        Assert.Equal(["sonne-kita", "sonne-krippe"], offers.Select(o => o.GetProperty("key").GetString()));
        Assert.Equal((25, 20, 5, "Mo-Fr 07:00-17:00; PH off"), (offers[0].GetProperty("places").GetInt32(), offers[0].GetProperty("occupiedPlaces").GetInt32(),
            offers[0].GetProperty("freePlaces").GetInt32(), offers[0].GetProperty("openingHours").GetString()));
    }

    [Fact]
    public async Task An_import_by_another_municipality_never_touches_offers_with_the_same_keys()
    {
        var a = PlatformFixture.NewTenant();
        var b = PlatformFixture.NewTenant();
        var inventoryA = Inventory(a);
        var inventoryB = Inventory(b);
        await Areas(inventoryA);
        await Areas(inventoryB);
        await using var registered = await platform.Probe<OfferRegistered>();
        await using var changed = await platform.Probe<OfferChanged>();
        await ImportedAndDelivered(inventoryA, registered, a, Good, 3);
        var before = (await Offers(inventoryA)).Select(o => o.GetRawText()).Order().ToList();

        var report = await Json(await Import(inventoryB, Good.Replace(",12,10,", ",14,10,")), HttpStatusCode.OK);

        Assert.Equal((3, 0, 0), Counts(report));
        for (var i = 0; i < 3; i++) Assert.Equal(b.Value, (await registered.Next(m => m.TenantId == b.Value)).Tenant);
        await changed.ExpectNone(m => m.TenantId == a.Value);
        await registered.ExpectNone(m => m.TenantId == a.Value, TimeSpan.Zero);
        Assert.Equal(before, (await Offers(inventoryA)).Select(o => o.GetRawText()).Order().ToList());
        Assert.Equal(14, (await Offers(inventoryB)).Single(o => o.GetProperty("key").GetString() == "sonne-krippe").GetProperty("offer").GetProperty("places").GetInt32());
    }
}
