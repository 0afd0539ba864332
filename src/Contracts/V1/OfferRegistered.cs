namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// A new offer entered the inventory — active now, or planned from <see cref="OfferState.EffectiveFrom"/>.
/// Carries the offer's whole state at <paramref name="Version"/>.
/// </summary>
/// <param name="TenantId">The tenant's 8-digit AGS.</param>
/// <param name="OfferId">The offer's id in the inventory.</param>
/// <param name="Version">The offer's version after this event; it rises with every event about the offer.</param>
/// <param name="Offer">The offer's whole state.</param>
/// <param name="ImportId">The import (<see cref="OffersImported"/>) the offer came with; null when entered on its own.</param>
public sealed record OfferRegistered(string TenantId, Guid OfferId, int Version, OfferState Offer, Guid? ImportId = null) : ITenantEvent;
