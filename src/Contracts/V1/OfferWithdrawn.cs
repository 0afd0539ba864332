namespace GutAusgestattet.Contracts.V1;

/// <summary>An offer is no longer available; its places count nowhere from now on.</summary>
public sealed record OfferWithdrawn(string TenantId, Guid OfferId, int Version) : ITenantEvent;
