using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>What Gaps knows of one offer, kept from the inventory's events alone.</summary>
public sealed class OfferSupply : ITenantOwned
{
    public Guid OfferId { get; init; }

    public required string TenantId { get; init; }

    public int Version { get; set; }

    public required string Category { get; set; }

    public required string AreaCode { get; set; }

    public int FreePlaces { get; set; }

    /// <summary>Only an offer open today serves demand today; planned and withdrawn ones do not.</summary>
    public bool Active { get; set; }
}
