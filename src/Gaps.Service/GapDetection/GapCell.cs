using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>
/// One category of a tenant: the unit gaps are recalculated in, one unit of work at a time (offers
/// serve across areas, so a category's areas are compared together), and whether it needs it.
/// </summary>
public sealed class GapCell : ITenantOwned
{
    public required string TenantId { get; init; }

    public required string Category { get; init; }

    public int Revision { get; set; }

    /// <summary>Events changed its inputs since it was last recalculated.</summary>
    public bool Dirty { get; set; }

    /// <summary>Monday of the calendar week the open gaps were last computed for: an earlier one needs recalculating too.</summary>
    public DateOnly Week { get; set; }
}
