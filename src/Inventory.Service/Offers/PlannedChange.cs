using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Inventory.Offers;

/// <summary>
/// A change of an existing offer that takes effect on a given day (step 4: adapting the offer), or its planned withdrawal
/// (<see cref="Withdraws"/>): the end of an agreement's offer on the day after its last.
/// </summary>
public sealed class PlannedChange : ITenantOwned
{
    public Guid Id { get; init; }

    public required string TenantId { get; init; }

    public Guid OfferId { get; init; }

    public DateOnly EffectiveFrom { get; init; }

    public required OfferDetails Details { get; init; }

    /// <summary>The offer is withdrawn on the day; <see cref="Details"/> are then its details as they were when it was planned.</summary>
    public bool Withdraws { get; init; }

    public PlannedChangeStatus Status { get; set; }
}

public enum PlannedChangeStatus
{
    Pending,
    TookEffect,
    Cancelled,
}
