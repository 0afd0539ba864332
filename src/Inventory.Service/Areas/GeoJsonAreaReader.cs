using GutAusgestattet.ServiceDefaults.Http;
using System.Text.Json;
using GutAusgestattet.Inventory.Import;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace GutAusgestattet.Inventory.Areas;

/// <summary>
/// Reads areas from a GeoJSON FeatureCollection (RFC 7946, WGS 84 longitude/latitude): each feature
/// has <c>properties.code</c> (or, as exported from OpenStreetMap, <c>properties.ref</c>) and
/// <c>properties.name</c>; its geometry is a Point (the centre) or a Polygon/MultiPolygon whose
/// centroid becomes the centre. Other properties are ignored.
/// </summary>
public static class GeoJsonAreaReader
{
    public const string Format = "geojson";

    private static readonly JsonSerializerOptions GeometryOptions = new() { Converters = { new GeoJsonConverterFactory() } };

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

        var centre = Centre(feature, out var geometryRule);
        Check("geometry", geometryRule);
        if (centre is { } c)
        {
            Check("geometry", AreaRules.CheckLatitude(c.Latitude));
            Check("geometry", AreaRules.CheckLongitude(c.Longitude));
        }

        var input = errors.Count == before ? AreaRules.Normalise(code!, name!, centre!.Value.Latitude, centre.Value.Longitude) : null;
        return new ParsedRow(null, number, code, codeField, input);
    }

    internal static (double Latitude, double Longitude)? Centre(JsonElement feature, out string? rule)
    {
        rule = null;
        const string expected = "A Point, Polygon or MultiPolygon geometry in WGS 84 longitude/latitude is required";
        if (!feature.TryGetProperty("geometry", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            rule = expected + ".";
            return null;
        }

        Geometry? geometry;
        try
        {
            geometry = element.Deserialize<Geometry>(GeometryOptions);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException or NotSupportedException)
        {
            rule = $"{expected}; this one cannot be read: {e.Message}";
            return null;
        }

        switch (geometry)
        {
            case Point { IsEmpty: false } point:
                return (point.Y, point.X);
            case Polygon or MultiPolygon when !geometry.IsEmpty && geometry.Centroid is { IsEmpty: false } centroid:
                // Planar centroid in degrees: for areas of a few kilometres the error is far below a street's width.
                return (centroid.Y, centroid.X);
            default:
                rule = $"{expected}, not {geometry?.GeometryType ?? "nothing"}.";
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
