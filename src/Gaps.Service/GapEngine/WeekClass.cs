namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// When two weeks compare alike: every figure of the slot comparison is a function of its input, so weeks whose inputs are
/// equal — the same areas and distances, the same offers open in the same slots with the same places, the same needs in
/// the same slots — have the same gaps. The dates themselves do not enter the comparison. A field added to
/// <see cref="OfferInput"/> or <see cref="NeedInput"/> belongs in <see cref="Same"/> too.
/// </summary>
public static class WeekClass
{
    /// <summary>Equal for weeks that are <see cref="Same"/>; weeks that differ mostly differ here too.</summary>
    public static int HashOf(TenantInput input)
    {
        var hash = new HashCode();
        foreach (var offer in input.Offers)
        {
            hash.Add(offer.OfferId);
            hash.Add(offer.FreePlaces);
            foreach (var range in offer.Open) hash.Add(range);
        }
        foreach (var need in input.Needs)
        {
            hash.Add(need.ResponseId);
            hash.Add(need.Persons);
            foreach (var range in need.Slots) hash.Add(range);
        }
        return hash.ToHashCode();
    }

    public static bool Same(TenantInput a, TenantInput b) =>
        a.Areas.SequenceEqual(b.Areas)
        && a.ServingKm.Count == b.ServingKm.Count && a.ServingKm.All(d => b.ServingKm.TryGetValue(d.Key, out var km) && km == d.Value)
        && a.Offers.Count == b.Offers.Count && a.Offers.Zip(b.Offers).All(o => Same(o.First, o.Second))
        && a.Needs.Count == b.Needs.Count && a.Needs.Zip(b.Needs).All(n => Same(n.First, n.Second));

    private static bool Same(OfferInput a, OfferInput b) =>
        a.OfferId == b.OfferId && a.Category == b.Category && a.AreaCode == b.AreaCode && a.Latitude == b.Latitude && a.Longitude == b.Longitude
        && a.FreePlaces == b.FreePlaces && a.UnknownPlaces == b.UnknownPlaces && a.TakesShortTerm == b.TakesShortTerm
        && a.Open.SequenceEqual(b.Open) && a.Languages.SequenceEqual(b.Languages);

    private static bool Same(NeedInput a, NeedInput b) =>
        a.ResponseId == b.ResponseId && a.Category == b.Category && a.AreaCode == b.AreaCode && a.Persons == b.Persons
        && a.Temporary == b.Temporary && a.Responses == b.Responses && a.Unweighted == b.Unweighted && a.Slots.SequenceEqual(b.Slots)
        && a.Languages.SequenceEqual(b.Languages);
}
