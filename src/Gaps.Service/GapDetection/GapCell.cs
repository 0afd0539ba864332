using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>One category in one area of a tenant: the unit gaps are recalculated in, one at a time.</summary>
public sealed class GapCell : ITenantOwned
{
    public required string TenantId { get; init; }

    public required string Category { get; init; }

    public required string AreaCode { get; init; }

    public int Revision { get; set; }
}
