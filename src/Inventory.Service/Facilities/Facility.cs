using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Inventory.Facilities;

/// <summary>A place where care is offered: a Kita building, a day-care centre, a childminder's home.</summary>
public sealed class Facility : ITenantOwned
{
    public Guid Id { get; init; }

    public required string TenantId { get; init; }

    /// <summary>Optional external key (<c>osm:node/123</c>, the municipality's id), unique per tenant; imports match by it.</summary>
    public string? Key { get; set; }

    public required string Name { get; set; }

    public OperatorType OperatorType { get; set; }

    public string? Address { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public required string AreaCode { get; set; }

    /// <summary>
    /// When a planner last set the area by hand (a PUT that changes it, or <c>areaCorrection: true</c>); null when the area
    /// is the import's. An import keeps a corrected area, even against the file's own area_code, and names the conflict in
    /// the row's reasons; a PUT with <c>areaCorrection: false</c> hands the area back to the imports.
    /// </summary>
    public DateTimeOffset? AreaCorrectedAt { get; set; }

    /// <summary>Records or clears the correction after a planner's request; returns whether it changed.</summary>
    /// <param name="areaChanged">Whether the request moved the facility to another area: that is a correction unless it says <c>false</c>.</param>
    /// <param name="correction">The request's <c>areaCorrection</c>: true marks the area as corrected, false clears it, null decides by <paramref name="areaChanged"/>.</param>
    public bool MarkAreaCorrection(bool areaChanged, bool? correction, DateTimeOffset now)
    {
        var before = AreaCorrectedAt;
        AreaCorrectedAt = correction == false ? null
            : areaChanged || (correction == true && AreaCorrectedAt is null) ? now
            : AreaCorrectedAt;
        return before != AreaCorrectedAt;
    }

    public FacilityState ToState() => new(Id, Name, OperatorType.ToCode(), Latitude, Longitude);
}
