namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// A change of an existing offer is planned from <paramref name="EffectiveFrom"/> (step 4 of the
/// measure: adapting the offer). <paramref name="Planned"/> is the offer's whole state once it takes
/// effect; today's state is unchanged until <see cref="OfferTookEffect"/>.
/// </summary>
public sealed record OfferChangePlanned(string TenantId, Guid OfferId, int Version, Guid ChangeId, DateOnly EffectiveFrom, OfferState Planned) : ITenantEvent;

/// <summary>A planned change was called off before it took effect; forget <paramref name="ChangeId"/>.</summary>
public sealed record OfferChangeCancelled(string TenantId, Guid OfferId, int Version, Guid ChangeId) : ITenantEvent;

/// <summary>
/// A planned offer, or a planned change of one (<paramref name="ChangeId"/>), took effect: the
/// offer is now as <paramref name="Offer"/> says.
/// </summary>
public sealed record OfferTookEffect(string TenantId, Guid OfferId, int Version, Guid? ChangeId, OfferState Offer) : ITenantEvent;
