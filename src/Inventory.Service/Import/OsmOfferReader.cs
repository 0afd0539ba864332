using System.Globalization;
using System.Text.Json;
using GutAusgestattet.Inventory.Areas;
using GutAusgestattet.Inventory.Facilities;
using GutAusgestattet.Inventory.Offers;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Inventory.Import;

/// <summary>
/// Reads offers from an OpenStreetMap-like GeoJSON export (overpass turbo "Export → GeoJSON", osmtogeojson, a
/// municipality's open data): one facility per feature, keyed by the feature's <c>properties.@id</c>,
/// <c>properties.id</c> or <c>id</c> — an OSM id (<c>node/123</c>, <c>way/5</c>, <c>relation/7</c>) as <c>osm:node/123</c>,
/// any other id (<c>kita-001</c>, <c>17</c>) as given. Tags: <c>amenity</c> (+ <c>social_facility</c>) → category
/// (<see cref="OsmCategories"/>), <c>name</c>, <c>capacity</c> → places (missing: 0), <c>opening_hours</c> (tidied with a
/// warning, <see cref="ImportedOpeningHours"/>), <c>operator</c>/<c>operator:type</c> → operator type
/// (<see cref="Operators"/>; unknown names listed in the report), <c>addr:*</c> → address, <c>language:xx=yes</c>,
/// <c>languages=de;da</c>, <c>language=Dänisch</c> → languages (<see cref="LanguageNames"/>). A Kita with U3 groups is
/// two offers (<see cref="OsmAgeGroups"/>). A Point is the facility's place, a Polygon's centroid otherwise; the area
/// is placed by the import (the polygon containing it, else the nearest centre). OSM does not know occupied places: occupancy unknown. Tags may sit in <c>properties</c> or
/// in <c>properties.tags</c> (older exports).
/// </summary>
public static partial class OsmOfferReader
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
        var warnings = new List<ImportWarning>();
        var operators = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var rows = GeoJsonFeatures.ReadAll(text, errors, (feature, number) => ReadFeature(feature, number, errors, warnings, operators)).SelectMany(r => r).ToList();
        return new OfferFile(Format, rows, errors, [])
        {
            Warnings = warnings,
            UnknownOperators = [.. operators.Select(o => new UnknownOperator(o.Key, [], o.Value))],
        };
    }

    /// <summary>The key of a feature id: <c>osm:</c> before an OSM id, any other id as given.</summary>
    public static string Key(string id)
    {
        id = id.Trim();
        return OsmId().IsMatch(id) ? KeyPrefix + id : id;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(node|way|relation)/[0-9]+$")]
    private static partial System.Text.RegularExpressions.Regex OsmId();

    private static List<OfferRow>? ReadFeature(JsonElement feature, int number, List<ImportError> errors, List<ImportWarning> warnings, Dictionary<string, List<int>> unknownOperators)
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
        if (string.IsNullOrWhiteSpace(osmId))
            Report("key", "id", "The feature's id is required as properties.@id, properties.id or id, e.g. \"node/123\" or \"kita-001\"; it is the key that makes a re-import change nothing.");
        else
            key = Key(osmId);

        var category = OsmCategories.Map(Tag, out var tag, out var categoryRule);
        if (categoryRule is not null) Report("category", "properties." + tag, categoryRule);

        var centre = GeoJsonAreaReader.Centre(feature, out var geometryRule);
        if (geometryRule is not null) Report("facility.latitude", "geometry", geometryRule);

        var places = 0;
        if (Tag("capacity") is { Length: > 0 } capacity && !int.TryParse(capacity, NumberStyles.None, CultureInfo.InvariantCulture, out places))
            Report("places", "properties.capacity", $"capacity={capacity} is not a whole number of places.");

        void Warn(string field, string message) => warnings.Add(new ImportWarning(null, number, field, message));
        var name = Tag("name") ?? "";
        var address = Address(Tag);
        var operatorName = Tag("operator");
        var operatorType = Operators.TypeOf(Tag("operator:type"), operatorName, out var unknownOperator);
        if (unknownOperator)
        {
            if (!unknownOperators.TryGetValue(operatorName!, out var features)) unknownOperators[operatorName!] = features = [];
            features.Add(number);
        }
        var facility = new FacilityRequest(name, operatorType,
            CsvOfferReader.Round(centre?.Latitude), CsvOfferReader.Round(centre?.Longitude), "", address, key);
        var openingHours = ImportedOpeningHours.Read(Tag("opening_hours") ?? "", bareRangesOnWorkingDays: true,
            message => Warn("properties.opening_hours", message), rule => Report("openingHours", "properties.opening_hours", rule));
        var languages = Languages(tags, Tag, Warn);

        var groups = category is null ? [new AgeGroupOffer("", places, null, null)]
            : OsmAgeGroups.Split(category, places, Tag, Warn, (field, rule) => Report("places", field, rule));
        return [.. groups.Select(group =>
        {
            var offerKey = key is null ? null : key + group.KeySuffix;
            var offer = new OfferRequest(Guid.Empty, name, group.Category, group.Places, null, openingHours, false, null, group.Ages, null, languages, null, null, offerKey);
            return new OfferRow(null, number, key, facility, offerKey, offer, reported, Names);
        })];
    }

    /// <summary>
    /// <c>language:da=yes</c> tags, and the codes or names of <c>languages</c> and <c>language</c>
    /// (<c>de;da</c>, <c>deutsch/dänisch</c>); a name without a code is a warning, not an error.
    /// </summary>
    private static List<string> Languages(JsonElement tags, Func<string, string?> tag, Action<string, string> warn)
    {
        if (tags.ValueKind != JsonValueKind.Object) return [];
        var languages = tags.EnumerateObject()
            .Where(l => l.Name.StartsWith("language:", StringComparison.Ordinal) && l.Name.Length == 11 && l.Value.ValueKind == JsonValueKind.String && l.Value.GetString() == "yes")
            .Select(l => l.Name[9..]).ToList();
        foreach (var field in new[] { "languages", "language" })
        {
            var unknown = new List<string>();
            languages.AddRange(LanguageNames.Read(tag(field), unknown).Except(languages));
            foreach (var word in unknown)
                warn("properties." + field, $"'{word}' is no language known by name; left out — write its ISO 639-1 code, e.g. da for Dänisch");
        }
        return languages;
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
