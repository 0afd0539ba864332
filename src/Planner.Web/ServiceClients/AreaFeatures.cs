using System.Text.Json;

namespace GutAusgestattet.PlannerWeb.ServiceClients;

/// <summary>
/// Inventory's areas as GeoJSON (<c>GET /api/areas?format=geojson</c>): each feature's properties are the area, its
/// geometry the outline, or the centre as a Point where no outline was imported.
/// </summary>
public sealed record AreaFeatures(IReadOnlyList<AreaFeature> Features)
{
    public List<Area> Areas() => [.. Features.Select(f => f.Properties with { Outline = f.Geometry.Polygons() })];
}

public sealed record AreaFeature(Area Properties, AreaGeometry Geometry);

/// <param name="Coordinates">Nested as GeoJSON nests them for the type: a position, a polygon's rings, or a multipolygon's polygons.</param>
public sealed record AreaGeometry(string Type, JsonElement Coordinates)
{
    /// <summary>The polygons of an outline; null for a Point, which stands for the centre alone.</summary>
    public double[][][][]? Polygons() => Type switch
    {
        "Polygon" => [Coordinates.Deserialize<double[][][]>()!],
        "MultiPolygon" => Coordinates.Deserialize<double[][][][]>(),
        _ => null,
    };
}
