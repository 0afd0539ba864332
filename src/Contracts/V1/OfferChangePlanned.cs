namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// A change of an existing offer is planned from <paramref name="EffectiveFrom"/> (step 4 of the
/// measure: adapting the offer). <paramref name="Planned"/> is the offer's whole state once it takes
/// effect; today's state is unchanged until <see cref="OfferTookEffect"/>.
/// </summary>
public sealed record OfferChangePlanned(string TenantId, Guid OfferId, int Version, Guid ChangeId, DateOnly EffectiveFrom, OfferState Planned) : ITenantEvent;
