namespace GutAusgestattet.Contracts.V1;

/// <summary>A new offer entered the inventory. Carries the offer's whole state at <paramref name="Version"/>.</summary>
public sealed record OfferRegistered(string TenantId, Guid OfferId, int Version, OfferState Offer) : ITenantEvent;

/// <summary>The state of one offer as the inventory holds it; consumers never call back for more.</summary>
/// <param name="Name">Name of the offer.</param>
/// <param name="Category">Care category code, e.g. <c>krippe</c>, <c>kita</c>, <c>tagespflege</c>.</param>
/// <param name="AreaCode">The tenant's area the facility lies in.</param>
/// <param name="Places">Places the offer has in total.</param>
/// <param name="OccupiedPlaces">Places taken today; free places are the difference.</param>
public sealed record OfferState(string Name, string Category, string AreaCode, int Places, int OccupiedPlaces);
