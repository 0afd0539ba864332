using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.Regions;

/// <summary>
/// A municipality's decision to be included in its district's regional view (aggregates only).
/// No row is no consent: a municipality is included only once its planner said so.
/// </summary>
public sealed class RegionalConsent : ITenantOwned
{
    public required string TenantId { get; init; }

    public bool Consent { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
