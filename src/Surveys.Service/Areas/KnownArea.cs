using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Surveys.Areas;

/// <summary>
/// One of the tenant's areas as Inventory last announced it: answers may only name these, so the
/// gap engine never receives demand for an area the municipality does not know.
/// </summary>
public sealed class KnownArea : ITenantOwned
{
    public required string TenantId { get; init; }

    public required string Code { get; init; }

    public required string Name { get; set; }

    public int Version { get; set; }
}
