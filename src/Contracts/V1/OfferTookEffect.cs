namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// A planned offer, or a planned change of one (<paramref name="ChangeId"/>), took effect: the
/// offer is now as <paramref name="Offer"/> says.
/// </summary>
public sealed record OfferTookEffect(string TenantId, Guid OfferId, int Version, Guid? ChangeId, OfferState Offer) : ITenantEvent;
