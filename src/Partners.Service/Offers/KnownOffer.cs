using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Partners.Offers;

/// <summary>
/// An offer of the tenant as Inventory announced it: what an agreement's terms may name. A withdrawal
/// that overtook the registration is kept without facility and category, so the late registration
/// cannot bring the offer back.
/// </summary>
public sealed class KnownOffer : ITenantOwned
{
    public required string TenantId { get; init; }

    public required Guid OfferId { get; init; }

    public int Version { get; set; }

    public Guid? FacilityId { get; set; }

    public string? Category { get; set; }

    public bool Withdrawn { get; set; }
}
