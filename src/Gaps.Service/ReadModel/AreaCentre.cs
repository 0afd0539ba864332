using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>A tenant's area with its centre, from Inventory's AreaDefined/AreaChanged: what serving distances are measured to.</summary>
public sealed class AreaCentre : ITenantOwned
{
    public required string TenantId { get; init; }

    public required string Code { get; init; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public int Version { get; set; }
}
