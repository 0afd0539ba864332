using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>
/// A change planned for an offer, for the planned-state scenario. Kept by its own id with its fate,
/// so a cancellation or taking effect that arrives before the plan leaves it settled, not pending.
/// </summary>
public sealed class PlannedOfferChange : ITenantOwned
{
    public Guid ChangeId { get; init; }

    public required string TenantId { get; init; }

    public Guid OfferId { get; init; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>The offer as it will be; null when only its fate arrived so far.</summary>
    public OfferState? Planned { get; set; }

    public bool Settled { get; set; }
}
