using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>A tenant's own serving distance for a category, replacing the default.</summary>
public sealed class ServingDistance : ITenantOwned
{
    public required string TenantId { get; init; }

    public required string Category { get; init; }

    public double Km { get; set; }
}
