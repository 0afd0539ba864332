namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// An import of offers (one file) was stored. Its <paramref name="Events"/> <see cref="OfferRegistered"/> and
/// <see cref="OfferChanged"/> events carry its <paramref name="ImportId"/>, published before this one but possibly consumed
/// after it: a consumer that derives figures from many offers may wait until it has all of them, so that one import is one
/// change and no state halfway through it is announced.
/// </summary>
/// <param name="TenantId">The tenant's 8-digit AGS.</param>
/// <param name="ImportId">The id the import's offer events carry.</param>
/// <param name="Events">How many offer events carry <paramref name="ImportId"/>.</param>
public sealed record OffersImported(string TenantId, Guid ImportId, int Events) : ITenantEvent;
