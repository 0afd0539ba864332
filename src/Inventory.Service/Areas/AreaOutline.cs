using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace GutAusgestattet.Inventory.Areas;

/// <summary>
/// An area's boundary: a Polygon or MultiPolygon in WGS 84 longitude/latitude, kept as GeoJSON geometry text with every
/// coordinate rounded to <see cref="AreaRules.CoordinateDecimals"/> and written the same way each time, so the same
/// boundary read twice is the same text and a re-import compares equal. Text rather than a spatial column: the database
/// never queries it, and text needs neither PostGIS nor SQL Server's geography type.
/// </summary>
public static class AreaOutline
{
    /// <summary>Far more than a district's boundary needs, and a bound on the work one area can cause.</summary>
    public const int MaxCorners = 50_000;

    public const string TypeRule = "An outline is a GeoJSON Polygon or MultiPolygon in WGS 84 longitude/latitude";
    public const string SizeRule = "An outline has at most 50,000 corners; simplify it first (e.g. with mapshaper or QGIS).";
    public const string RangeRule = "Every corner of the outline needs a longitude from -180 to 180 and a latitude from -90 to 90 (WGS 84 degrees, longitude first).";

    /// <summary>The outline as stored, or null with the rule it breaks.</summary>
    public static string? Text(Geometry geometry, out string? rule)
    {
        rule = Check(geometry);
        if (rule is not null) return null;

        var rounded = Rounded(geometry);
        rule = Invalidity(rounded);
        return rule is null ? Write(rounded) : null;
    }

    /// <summary>An outline sent as a GeoJSON geometry object (<c>outline</c> of a PUT), or null with the rule it breaks.</summary>
    public static string? Read(JsonElement element, out string? rule) =>
        GeoJsonAreaReader.Parse(element, TypeRule, out rule) is { } geometry ? Text(geometry, out rule) : null;

    private static string? Check(Geometry geometry) =>
        geometry is not (Polygon or MultiPolygon) || geometry.IsEmpty ? $"{TypeRule}, not {(geometry.IsEmpty ? "an empty " : "")}{geometry.GeometryType}."
        : geometry.NumPoints > MaxCorners ? SizeRule
        : geometry.Coordinates.All(c => c.X is >= -180 and <= 180 && c.Y is >= -90 and <= 90) ? null
        : RangeRule;

    private static Geometry Rounded(Geometry geometry)
    {
        var factory = geometry.Factory;
        LinearRing Ring(LineString ring) =>
            factory.CreateLinearRing(ring.Coordinates.Select(c => new Coordinate(AreaRules.Round(c.X), AreaRules.Round(c.Y))).ToArray());
        Polygon Round(Polygon polygon) => factory.CreatePolygon(Ring(polygon.Shell), [.. polygon.Holes.Select(Ring)]);
        return geometry is Polygon one ? Round(one) : factory.CreateMultiPolygon([.. ((MultiPolygon)geometry).Geometries.Cast<Polygon>().Select(Round)]);
    }

    /// <summary>
    /// Checked after rounding, as the rounded outline is the one kept. A crossing outline would be drawn with its
    /// inside and outside swapped in places, and its area and centroid mean nothing.
    /// </summary>
    private static string? Invalidity(Geometry geometry)
    {
        if (new IsValidOp(geometry).ValidationError is not { } error) return null;
        var near = error.Coordinate is { } c
            ? string.Create(CultureInfo.InvariantCulture, $" near longitude {AreaRules.Round(c.X)}, latitude {AreaRules.Round(c.Y)}")
            : "";
        return error.ErrorType is TopologyValidationErrors.SelfIntersection or TopologyValidationErrors.RingSelfIntersection
            ? $"The polygon's outline crosses itself{near}; an outline must be a ring whose edges do not cross."
            : $"The outline is not a valid polygon ({error.Message}{near}): rings must not cross or overlap, and holes lie inside their polygon.";
    }

    private static string Write(Geometry geometry)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", geometry.GeometryType);
            json.WriteStartArray("coordinates");
            if (geometry is Polygon polygon) WriteRings(json, polygon);
            else
                foreach (var part in ((MultiPolygon)geometry).Geometries.Cast<Polygon>())
                {
                    json.WriteStartArray();
                    WriteRings(json, part);
                    json.WriteEndArray();
                }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteRings(Utf8JsonWriter json, Polygon polygon)
    {
        foreach (var ring in polygon.Holes.Prepend(polygon.Shell))
        {
            json.WriteStartArray();
            foreach (var corner in ring.Coordinates)
            {
                json.WriteStartArray();
                json.WriteNumberValue(corner.X);
                json.WriteNumberValue(corner.Y);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
    }
}
