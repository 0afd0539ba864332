namespace GutAusgestattet.Contracts.V1;

/// <summary>An offer changed; carries its whole new state. Consumers ignore a <paramref name="Version"/> older than the one they hold.</summary>
/// <param name="TenantId">The tenant's 8-digit AGS.</param>
/// <param name="OfferId">The offer's id in the inventory.</param>
/// <param name="Version">The offer's version after this event; it rises with every event about the offer.</param>
/// <param name="Offer">The offer's whole state.</param>
/// <param name="ImportId">The import (<see cref="OffersImported"/>) the change came with; null when changed on its own.</param>
public sealed record OfferChanged(string TenantId, Guid OfferId, int Version, OfferState Offer, Guid? ImportId = null) : ITenantEvent;
