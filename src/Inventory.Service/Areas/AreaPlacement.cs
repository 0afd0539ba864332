using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace GutAusgestattet.Inventory.Areas;

/// <summary>An area as placement needs it: its code and name, its centre, and its <see cref="AreaOutline"/> text if known.</summary>
public sealed record PlacedArea(string Code, string Name, double Latitude, double Longitude, string? Outline);

/// <summary>How a point was placed in an area.</summary>
public enum PlacementBasis
{
    /// <summary>The area's polygon contains the point.</summary>
    Polygon,

    /// <summary>Some areas have outlines but none contains the point: the nearest centre of the areas without one (of all, if every area has one).</summary>
    OutsidePolygons,

    /// <summary>No area has an outline: the nearest centre.</summary>
    NoOutlines,
}

public sealed record Placement(PlacedArea Area, PlacementBasis Basis);

/// <summary>
/// Places a point (a facility) in the municipality's areas: in the area whose polygon contains it, the nearest centre only
/// where no polygon does. The outlines are read once and kept prepared in an STRtree, so each point is tested against the
/// few polygons whose bounding boxes hold it: an import of 10,000 rows over 100 polygons stays a matter of milliseconds.
/// A point on the border of two areas (or inside two overlapping polygons) goes to the one whose code sorts first.
/// </summary>
public sealed class AreaPlacement
{
    private static readonly GeometryFactory Factory = new();
    private readonly STRtree<(PlacedArea Area, IPreparedGeometry Outline)> outlines = new();
    private readonly Dictionary<string, PlacedArea> byCode;
    private readonly List<PlacedArea> withoutOutline;
    private readonly List<PlacedArea> all;

    public AreaPlacement(IEnumerable<PlacedArea> areas)
    {
        all = [.. areas.OrderBy(a => a.Code, StringComparer.Ordinal)];
        byCode = all.ToDictionary(a => a.Code, StringComparer.Ordinal);
        Codes = byCode.Keys.ToHashSet(StringComparer.Ordinal);
        withoutOutline = [.. all.Where(a => a.Outline is null)];
        foreach (var area in all)
        {
            if (area.Outline is null) continue;
            // Stored outlines passed AreaOutline's checks; read them as GeoJSON geometry again.
            var geometry = JsonSerializer.Deserialize<Geometry>(area.Outline, GeoJsonAreaReader.GeometryOptions)!;
            outlines.Insert(geometry.EnvelopeInternal, (area, PreparedGeometryFactory.Prepare(geometry)));
        }
        outlines.Build();
    }

    /// <summary>The area of that code, or null.</summary>
    public PlacedArea? Find(string code) => byCode.GetValueOrDefault(code);

    private bool HasOutlines => all.Count > withoutOutline.Count;

    /// <summary>The areas' codes, which a file's area_code must name.</summary>
    public IReadOnlySet<string> Codes { get; }

    /// <summary>The area whose polygon contains (or, on its border, covers) the point; null where none does.</summary>
    public PlacedArea? Containing(double latitude, double longitude)
    {
        var point = Factory.CreatePoint(new Coordinate(longitude, latitude));
        PlacedArea? found = null;
        foreach (var (area, outline) in outlines.Query(point.EnvelopeInternal))
            if ((found is null || string.CompareOrdinal(area.Code, found.Code) < 0) && outline.Covers(point))
                found = area;
        return found;
    }

    /// <summary>The point's area: by polygon, else by nearest centre; null when the municipality has no areas.</summary>
    public Placement? Place(double latitude, double longitude)
    {
        if (Containing(latitude, longitude) is { } area) return new Placement(area, PlacementBasis.Polygon);
        // An area without outline may still hold the point; one whose polygon does not hold it cannot.
        var candidates = withoutOutline.Count > 0 ? withoutOutline : all;
        return Nearest(candidates, latitude, longitude) is { } nearest
            ? new Placement(nearest, HasOutlines ? PlacementBasis.OutsidePolygons : PlacementBasis.NoOutlines)
            : null;
    }

    /// <summary>The area whose centre is nearest (equirectangular distance: exact enough within a municipality).</summary>
    private static PlacedArea? Nearest(List<PlacedArea> areas, double latitude, double longitude)
    {
        var cos = Math.Cos(latitude * Math.PI / 180);
        return areas.MinBy(a => Math.Pow(a.Latitude - latitude, 2) + Math.Pow((a.Longitude - longitude) * cos, 2));
    }
}
