namespace GutAusgestattet.Contracts.V1;

/// <summary>A planned change was called off before it took effect; forget <paramref name="ChangeId"/>.</summary>
public sealed record OfferChangeCancelled(string TenantId, Guid OfferId, int Version, Guid ChangeId) : ITenantEvent;
