using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>One demand item of one response, kept from the survey's events alone.</summary>
public sealed class DemandRecord : ITenantOwned
{
    public Guid DemandId { get; init; }

    public required string TenantId { get; init; }

    public Guid ResponseId { get; init; }

    public required string Category { get; init; }

    public required string AreaCode { get; init; }

    public int Persons { get; init; }

    public double Weight { get; init; }
}
