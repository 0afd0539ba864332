using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>
/// A tenant's area with its centre, from Inventory's AreaDefined/AreaChanged: what serving distances are measured to.
/// Its name and outline are only shown: beside the codes in the exports and drawn in the GeoJSON export.
/// </summary>
public sealed class AreaCentre : ITenantOwned
{
    public required string TenantId { get; init; }

    public required string Code { get; init; }

    /// <summary>Null for an area learnt before names were kept, until its next event.</summary>
    public string? Name { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    /// <summary>GeoJSON text of a Polygon or MultiPolygon (WGS 84) as Inventory validated it; null when only the centre is known.</summary>
    public string? Outline { get; set; }

    public int Version { get; set; }
}
