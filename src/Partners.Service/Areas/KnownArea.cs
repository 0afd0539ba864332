using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Partners.Areas;

/// <summary>An area of the tenant as Inventory announced it: its centre is where a gap's distance to a site is measured from.</summary>
public sealed class KnownArea : ITenantOwned
{
    public required string TenantId { get; init; }

    public required string Code { get; init; }

    public required string Name { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public int Version { get; set; }
}
