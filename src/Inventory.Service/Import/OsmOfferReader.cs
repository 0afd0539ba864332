using GutAusgestattet.ServiceDefaults.Http;
using System.Globalization;
using System.Text.Json;
using GutAusgestattet.Inventory.Areas;
using GutAusgestattet.Inventory.Facilities;
using GutAusgestattet.Inventory.Offers;

namespace GutAusgestattet.Inventory.Import;

/// <summary>
/// Reads offers from an OpenStreetMap GeoJSON export (overpass turbo "Export → GeoJSON", osmtogeojson):
/// one facility with one offer per feature, keyed <c>osm:node/123</c> from the feature's
/// <c>properties.@id</c> or its <c>id</c>. Tags: <c>amenity</c> (+ <c>social_facility</c>) → category
/// (<see cref="OsmCategories"/>), <c>name</c>, <c>capacity</c> → places (missing: 0), <c>opening_hours</c>,
/// <c>operator</c>/<c>operator:type</c> → operator type, <c>addr:*</c> → address, <c>language:xx=yes</c> →
/// languages. A Point is the facility's place, a Polygon's centroid otherwise; the area is the one whose
/// centre is nearest. OSM does not know occupied places: occupancy unknown. Tags may sit in <c>properties</c> or in
/// <c>properties.tags</c> (older exports).
/// </summary>
public static class OsmOfferReader
{
    public const string Format = "geojson";
    public const string KeyPrefix = "osm:";

    public static readonly FieldNames Names = new(
        new Dictionary<string, string>
        {
            ["key"] = "id", ["name"] = "properties.name", ["operatorType"] = "properties.operator:type", ["address"] = "properties.addr:street",
            ["latitude"] = "geometry", ["longitude"] = "geometry", ["areaCode"] = "geometry",
        },
        new Dictionary<string, string>
        {
            ["key"] = "id", ["facilityId"] = "id", ["name"] = "properties.name", ["category"] = "properties.amenity",
            ["places"] = "properties.capacity", ["occupiedPlaces"] = "properties.capacity", ["openingHours"] = "properties.opening_hours",
            ["languages"] = "properties.language", ["ages.fromMonths"] = "properties.min_age", ["ages.toMonths"] = "properties.max_age",
        });

    public static OfferFile Read(string text)
    {
        var errors = new List<ImportError>();
        var rows = GeoJsonFeatures.ReadAll(text, errors, (feature, number) => ReadFeature(feature, number, errors));
        return new OfferFile(Format, rows, errors, []);
    }

    private static OfferRow? ReadFeature(JsonElement feature, int number, List<ImportError> errors)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        void Report(string requestField, string fileField, string rule)
        {
            reported.Add(requestField);
            errors.Add(new ImportError(null, number, fileField, rule));
        }

        if (feature.ValueKind != JsonValueKind.Object || GeoJsonAreaReader.Text(feature, "type") != "Feature")
        {
            errors.Add(new ImportError(null, number, "type", "A GeoJSON Feature is expected."));
            return null;
        }
        var properties = feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        var tags = properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty("tags", out var t) && t.ValueKind == JsonValueKind.Object ? t : properties;
        string? Tag(string name) => tags.ValueKind == JsonValueKind.Object ? GeoJsonAreaReader.Scalar(tags, name)?.Trim() : null;

        var osmId = (properties.ValueKind == JsonValueKind.Object ? GeoJsonAreaReader.Scalar(properties, "@id") ?? GeoJsonAreaReader.Scalar(properties, "id") : null)
            ?? GeoJsonAreaReader.Scalar(feature, "id");
        string? key = null;
        if (osmId is null || !osmId.Contains('/'))
            Report("key", "id", "The OSM id is required as properties.@id or id, e.g. \"node/123\"; it is the key that makes a re-import change nothing.");
        else
            key = KeyPrefix + osmId.Trim();

        var category = OsmCategories.Map(Tag, out var tag, out var categoryRule);
        if (categoryRule is not null) Report("category", "properties." + tag, categoryRule);

        var centre = GeoJsonAreaReader.Centre(feature, out var geometryRule);
        if (geometryRule is not null) Report("facility.latitude", "geometry", geometryRule);

        var places = 0;
        if (Tag("capacity") is { Length: > 0 } capacity && !int.TryParse(capacity, NumberStyles.None, CultureInfo.InvariantCulture, out places))
            Report("places", "properties.capacity", $"capacity={capacity} is not a whole number of places.");

        var name = Tag("name") ?? "";
        var address = Address(Tag);
        var facility = new FacilityRequest(name, OsmCategories.Operator(Tag("operator:type"), Tag("operator")),
            CsvOfferReader.Round(centre?.Latitude), CsvOfferReader.Round(centre?.Longitude), "", address, key);
        var languages = tags.ValueKind == JsonValueKind.Object
            ? tags.EnumerateObject().Where(l => l.Name.StartsWith("language:", StringComparison.Ordinal) && l.Name.Length == 11 && l.Value.ValueKind == JsonValueKind.String && l.Value.GetString() == "yes")
                .Select(l => l.Name[9..]).ToList()
            : [];
        var offer = new OfferRequest(Guid.Empty, name, category ?? "", places, null, Tag("opening_hours") ?? "", false, null, null, null, languages, null, null, key);
        return new OfferRow(null, number, key, facility, key, offer, reported, Names);
    }

    /// <summary><c>Hauptstraße 1, 90403 Nürnberg</c> from the <c>addr:*</c> tags; null when there are none.</summary>
    private static string? Address(Func<string, string?> tag)
    {
        var street = string.Join(' ', new[] { tag("addr:street"), tag("addr:housenumber") }.Where(s => !string.IsNullOrEmpty(s)));
        var city = string.Join(' ', new[] { tag("addr:postcode"), tag("addr:city") }.Where(s => !string.IsNullOrEmpty(s)));
        var address = string.Join(", ", new[] { street, city }.Where(s => s.Length > 0));
        return address.Length > 0 ? address : null;
    }
}
