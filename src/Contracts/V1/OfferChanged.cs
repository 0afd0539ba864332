namespace GutAusgestattet.Contracts.V1;

/// <summary>An offer changed; carries its whole new state. Consumers ignore a <paramref name="Version"/> older than the one they hold.</summary>
public sealed record OfferChanged(string TenantId, Guid OfferId, int Version, OfferState Offer) : ITenantEvent;
