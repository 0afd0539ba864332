using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Inventory.Facilities;
using GutAusgestattet.Inventory.Import;

namespace GutAusgestattet.Inventory.UnitTests.Import;

/// <summary>Features shaped as municipalities' open data publishes Kita lists (OSM tags, ids of any form, dirt).</summary>
public class OsmOfferReaderTests
{
    [Theory]
    [InlineData("""{"@id":"node/123"}""", null, "osm:node/123")]
    [InlineData("""{"@id":"way/5"}""", null, "osm:way/5")]
    [InlineData("{}", "\"relation/7\"", "osm:relation/7")]
    [InlineData("""{"id":"kita-001"}""", null, "kita-001")]
    [InlineData("{}", "17", "17")]
    [InlineData("""{"id":" KT 0815 "}""", null, "KT 0815")]
    public void Feature_ids_of_any_shape_are_the_key_osm_ids_with_their_prefix(string idProperties, string? featureId, string key)
    {
        var properties = JsonSerializer.Deserialize<Dictionary<string, object>>(idProperties)!;
        properties["amenity"] = "kindergarten";
        properties["name"] = "Kita";
        var file = Read(Feature(properties, featureId));

        Assert.Empty(file.Errors);
        var row = Assert.Single(file.Rows);
        Assert.Equal(key, row.FacilityKey);
        Assert.Equal(key, row.OfferKey);
    }

    [Fact]
    public void A_feature_without_an_id_is_an_error_naming_the_places_an_id_may_sit()
    {
        var file = Read(Feature(new() { ["amenity"] = "kindergarten", ["name"] = "Kita" }, null));

        Assert.Contains(file.Errors, e => e.Field == "id" && e.Rule.Contains("properties.@id, properties.id or id"));
    }

    [Fact]
    public void A_kita_with_places_per_age_group_is_a_krippe_and_a_kita_offer_of_one_facility()
    {
        var file = Read(Feature(new()
        {
            ["@id"] = "node/42", ["amenity"] = "kindergarten", ["name"] = "Kita Sonnenschein", ["capacity"] = "75",
            ["capacity:krippe"] = "15", ["capacity:kita"] = "60", ["min_age"] = "1", ["max_age"] = "6",
        }));

        Assert.Empty(file.Errors);
        Assert.Empty(file.Warnings);
        Assert.Collection(file.Rows,
            krippe =>
            {
                Assert.Equal(("krippe", 15, new AgeRange(12, 35), "osm:node/42#krippe"), (krippe.Offer.Category, krippe.Offer.Places, krippe.Offer.Ages, krippe.OfferKey));
                Assert.Equal("osm:node/42", krippe.FacilityKey);
            },
            kita => Assert.Equal(("kita", 60, new AgeRange(36, 72), "osm:node/42"), (kita.Offer.Category, kita.Offer.Places, kita.Offer.Ages, kita.OfferKey)));
        Assert.Equal(new Dictionary<string, int> { ["krippe"] = 1, ["kita"] = 1 }, Assert.Single(RowOffers.Of(file)).Offers);
    }

    [Fact]
    public void One_group_s_capacity_leaves_the_rest_of_the_total_to_the_other_with_a_warning()
    {
        var file = Read(Feature(new() { ["@id"] = "node/43", ["amenity"] = "kindergarten", ["name"] = "Kita", ["capacity"] = "50", ["capacity:u3"] = "12" }));

        Assert.Equal([("krippe", 12), ("kita", 38)], file.Rows.Select(r => (r.Offer.Category, r.Offer.Places)));
        Assert.Contains(file.Warnings, w => w.Field == "properties.capacity:kita" && w.Message.Contains("38 places"));
    }

    [Fact]
    public void Ages_spanning_both_groups_without_places_per_group_keep_all_places_with_the_kita_and_say_so()
    {
        var file = Read(Feature(new() { ["@id"] = "node/44", ["amenity"] = "kindergarten", ["name"] = "Kita", ["capacity"] = "40", ["min_age"] = "1", ["max_age"] = "6" }));

        Assert.Equal([("krippe", 0), ("kita", 40)], file.Rows.Select(r => (r.Offer.Category, r.Offer.Places)));
        Assert.Contains(file.Warnings, w => w.Feature == 0 && w.Field == "properties.capacity" && w.Message.Contains("no places per group"));
    }

    [Fact]
    public void A_kita_for_ages_three_to_six_stays_one_offer_with_its_key()
    {
        var file = Read(Feature(new() { ["@id"] = "node/45", ["amenity"] = "kindergarten", ["name"] = "Kita", ["capacity"] = "40", ["min_age"] = "3", ["max_age"] = "6" }));

        var row = Assert.Single(file.Rows);
        Assert.Equal(("kita", 40, null, "osm:node/45"), (row.Offer.Category, row.Offer.Places, row.Offer.Ages, row.OfferKey));
    }

    [Fact]
    public void Opening_hours_dirt_is_tidied_with_a_warning_and_the_import_goes_on()
    {
        var file = Read(Feature(new() { ["@id"] = "node/46", ["amenity"] = "kindergarten", ["name"] = "Kita", ["opening_hours"] = "07:30-16:30" }));

        Assert.Empty(file.Errors);
        Assert.Equal("Mo-Fr 07:30-16:30", Assert.Single(file.Rows).Offer.OpeningHours);
        var warning = Assert.Single(file.Warnings);
        Assert.Equal((0, "properties.opening_hours"), (warning.Feature, warning.Field));
        Assert.Contains("read as Mo-Fr", warning.Message);
    }

    [Fact]
    public void Ambiguous_opening_hours_are_an_error_suggesting_the_fix()
    {
        var file = Read(Feature(new() { ["@id"] = "node/47", ["amenity"] = "kindergarten", ["name"] = "Kita", ["opening_hours"] = "Mo-Fr 7-4" }));

        var error = Assert.Single(file.Errors);
        Assert.Equal("properties.opening_hours", error.Field);
        Assert.Contains("07:00-16:00", error.Rule);
        Assert.Contains("openingHours", Assert.Single(file.Rows).Reported);
    }

    [Fact]
    public void Unknown_operators_are_listed_once_with_their_features_and_recognised_ones_typed()
    {
        var file = Read(
            Feature(new() { ["@id"] = "node/1", ["amenity"] = "kindergarten", ["name"] = "A", ["operator"] = "Kinderland GmbH" }),
            Feature(new() { ["@id"] = "node/2", ["amenity"] = "kindergarten", ["name"] = "B", ["operator"] = "AWO Kreisverband Nürnberg e.V." }),
            Feature(new() { ["@id"] = "node/3", ["amenity"] = "kindergarten", ["name"] = "C", ["operator"] = "Kinderland GmbH" }),
            Feature(new() { ["@id"] = "node/4", ["amenity"] = "kindergarten", ["name"] = "D", ["operator"] = "Dansk Skoleforening for Sydslesvig e.V." }));

        var unknown = Assert.Single(file.UnknownOperators);
        Assert.Equal("Kinderland GmbH", unknown.Name);
        Assert.Equal([0, 2], unknown.Features);
        Assert.Equal([OperatorType.Other, OperatorType.Welfare, OperatorType.Other, OperatorType.Private], file.Rows.Select(r => r.Facility.OperatorType));
    }

    [Fact]
    public void Languages_come_from_language_tags_codes_and_german_names_unknown_names_as_warnings()
    {
        var file = Read(Feature(new()
        {
            ["@id"] = "node/5", ["amenity"] = "kindergarten", ["name"] = "Børnehave", ["language:da"] = "yes",
            ["languages"] = "de;da", ["language"] = "deutsch/dänisch/Plattdeutsch",
        }));

        Assert.Empty(file.Errors);
        Assert.Equal(["da", "de"], Assert.Single(file.Rows).Offer.Languages!);
        var warning = Assert.Single(file.Warnings);
        Assert.Equal("properties.language", warning.Field);
        Assert.Contains("'Plattdeutsch'", warning.Message);
    }

    private static string Feature(Dictionary<string, object> properties, string? id = null) =>
        $$"""{"type":"Feature",{{(id is null ? "" : $"\"id\":{id},")}}"geometry":{"type":"Point","coordinates":[9.43,54.78]},"properties":{{JsonSerializer.Serialize(properties)}}}""";

    private static OfferFile Read(params string[] features) =>
        OsmOfferReader.Read($$"""{"type":"FeatureCollection","features":[{{string.Join(',', features)}}]}""");
}
