using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Inventory.Offers;

/// <summary>One service of one facility, as the municipality offers it today or plans it.</summary>
public sealed class Offer : ITenantOwned
{
    public Guid Id { get; init; }

    public required string TenantId { get; init; }

    /// <summary>Optional external key, unique per tenant; imports match by it. Not part of the offer's state or its events.</summary>
    public string? Key { get; set; }

    public required OfferDetails Details { get; set; }

    public OfferStatus Status { get; set; }

    /// <summary>For a planned offer, the day it opens.</summary>
    public DateOnly? EffectiveFrom { get; set; }

    /// <summary>Rises with every event about the offer, so consumers can drop a stale one that arrives late.</summary>
    public int Version { get; set; }

    public List<PlannedChange> PlannedChanges { get; init; } = [];
}
