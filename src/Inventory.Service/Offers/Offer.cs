using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Inventory.Offers;

/// <summary>One service of one facility, as the municipality offers it today.</summary>
public sealed class Offer : ITenantOwned
{
    public Guid Id { get; init; }

    public required string TenantId { get; init; }

    public required string Name { get; set; }

    public required string Category { get; set; }

    public required string AreaCode { get; set; }

    public int Places { get; set; }

    public int OccupiedPlaces { get; set; }

    public OfferStatus Status { get; set; } = OfferStatus.Active;

    /// <summary>Rises with every change, so consumers can drop a stale event that arrives late.</summary>
    public int Version { get; set; } = 1;

    public OfferState ToState() => new(Name, Category, AreaCode, Places, OccupiedPlaces);
}

public enum OfferStatus
{
    Active,
    Withdrawn,
}
