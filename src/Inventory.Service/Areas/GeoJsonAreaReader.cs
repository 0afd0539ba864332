using System.Text.Json;
using GutAusgestattet.Inventory.Import;
using GutAusgestattet.ServiceDefaults.Http;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace GutAusgestattet.Inventory.Areas;

/// <summary>
/// Reads areas from a GeoJSON FeatureCollection (RFC 7946, WGS 84 longitude/latitude): each feature
/// has <c>properties.code</c> (or, as exported from OpenStreetMap, <c>properties.ref</c>) and
/// <c>properties.name</c>; its geometry is a Point (the centre, and no outline) or a Polygon/MultiPolygon,
/// kept as the area's outline (<see cref="AreaOutline"/>), whose centroid becomes the centre. Other properties are ignored.
/// </summary>
public static class GeoJsonAreaReader
{
    public const string Format = "geojson";

    internal static readonly JsonSerializerOptions GeometryOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    public static AreaFile Read(string text)
    {
        var errors = new List<ImportError>();
        var rows = GeoJsonFeatures.ReadAll(text, errors, (feature, number) => ReadFeature(feature, number, errors));
        return new AreaFile(Format, rows, errors, []);
    }

    private static ParsedRow ReadFeature(JsonElement feature, int number, List<ImportError> errors)
    {
        var before = errors.Count;
        void Check(string field, string? rule)
        {
            if (rule is not null) errors.Add(new ImportError(null, number, field, rule));
        }

        if (feature.ValueKind != JsonValueKind.Object || Text(feature, "type") != "Feature")
        {
            Check("type", "A GeoJSON Feature is expected.");
            return new ParsedRow(null, number, null, "properties.code", null);
        }

        string? code = null, name = null, codeField = "properties.code";
        if (!feature.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
            Check("properties", "An object with 'code' (or 'ref') and 'name' is required.");
        else
        {
            if (!HasValue(properties, "code") && HasValue(properties, "ref")) codeField = "properties.ref";
            code = Scalar(properties, codeField["properties.".Length..])?.Trim();
            name = Scalar(properties, "name")?.Trim();
            Check(codeField, AreaRules.CheckCode(code));
            Check("properties.name", AreaRules.CheckName(name));
        }

        var geometry = FeatureGeometry(feature, out var geometryRule);
        Check("geometry", geometryRule);
        var centre = geometry is null ? default : Centre(geometry);
        string? outline = null;
        if (geometry is not null)
        {
            var (latitudeRule, longitudeRule) = (AreaRules.CheckLatitude(centre.Latitude), AreaRules.CheckLongitude(centre.Longitude));
            Check("geometry", latitudeRule);
            Check("geometry", longitudeRule);
            // A Point states that the area has no outline (one imported before is removed); a centre out of range has said enough.
            if (geometry is not Point && latitudeRule is null && longitudeRule is null)
            {
                outline = AreaOutline.Text(geometry, out var outlineRule);
                Check("geometry", outlineRule);
            }
        }

        var input = errors.Count == before ? AreaRules.Normalise(code!, name!, centre.Latitude, centre.Longitude).WithOutline(outline) : null;
        return new ParsedRow(null, number, code, codeField, input);
    }

    /// <summary>The centre of a feature's Point, Polygon or MultiPolygon; null with the rule when it has none of them.</summary>
    internal static (double Latitude, double Longitude)? Centre(JsonElement feature, out string? rule) =>
        FeatureGeometry(feature, out rule) is { } geometry ? Centre(geometry) : null;

    private static (double Latitude, double Longitude) Centre(Geometry geometry)
    {
        // Planar centroid in degrees: for areas of a few kilometres the error is far below a street's width.
        var centre = geometry as Point ?? geometry.Centroid;
        return (centre.Y, centre.X);
    }

    private static Geometry? FeatureGeometry(JsonElement feature, out string? rule)
    {
        const string expected = "A Point, Polygon or MultiPolygon geometry in WGS 84 longitude/latitude is required";
        if (Parse(feature.TryGetProperty("geometry", out var element) ? element : default, expected, out rule) is not { } geometry) return null;
        if (geometry is Point or Polygon or MultiPolygon && !geometry.IsEmpty) return geometry;
        rule = $"{expected}, not {geometry.GeometryType}.";
        return null;
    }

    /// <summary>A GeoJSON geometry object; null with the rule (beginning with <paramref name="expected"/>) when it cannot be read.</summary>
    internal static Geometry? Parse(JsonElement element, string expected, out string? rule)
    {
        rule = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            rule = expected + ".";
            return null;
        }
        try
        {
            return element.Deserialize<Geometry>(GeometryOptions) ?? throw new JsonException("no geometry");
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException or NotSupportedException)
        {
            rule = $"{expected}; this one cannot be read: {e.Message}";
            return null;
        }
    }

    internal static bool HasValue(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null;

    internal static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A string, or a whole number written as one (OSM <c>ref</c> values often are).</summary>
    internal static string? Scalar(JsonElement element, string property) =>
        !element.TryGetProperty(property, out var value) ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var whole) ? whole.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : null;
}
