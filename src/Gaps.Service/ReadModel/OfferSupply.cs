using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>What Gaps knows of one offer, kept from the inventory's events alone.</summary>
public sealed class OfferSupply : ITenantOwned
{
    public Guid OfferId { get; init; }

    public required string TenantId { get; init; }

    public int Version { get; set; }

    /// <summary>Null only when the withdrawal arrived before anything else of the offer: the row then keeps its version, so the earlier events change nothing.</summary>
    public OfferState? State { get; set; }

    /// <summary>Kept beside the state for the queries that pick a category's offers.</summary>
    public required string Category { get; set; }

    public required string AreaCode { get; set; }

    /// <summary>Withdrawn offers serve nobody, neither today nor in a scenario.</summary>
    public bool Withdrawn { get; set; }
}
