namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>An offer that serves an area: in it, or <paramref name="Km"/> from its centre (within the category's serving distance).</summary>
/// <param name="Km">Facility to the area's centre, to 0.1 km; null for an offer in the area whose centre is not known.</param>
/// <param name="FreePlaces">Places known to be free: 0 when the occupancy is unknown.</param>
/// <param name="OccupancyKnown">False when no source told how many of the offer's places are taken.</param>
public sealed record ServingOffer(Guid OfferId, bool InArea, double? Km, int FreePlaces, bool OccupancyKnown);

/// <summary>
/// Which offers the comparison counts for an area's need in a category: the same catchment the gaps are computed with,
/// so a planner sees exactly the offers a gap is measured against — nearest first.
/// </summary>
public static class ServingOffers
{
    public static IReadOnlyList<ServingOffer> Of(TenantInput input, string category, string areaCode)
    {
        var km = ServingDistances.For(category, input.ServingKm);
        var offers = input.Offers.Where(o => o.Category == category).ToList();
        var areas = new AreaIndex(input.Areas, offers);
        var area = areas.IndexOf(areaCode);
        var centre = input.Areas.FirstOrDefault(a => a.Code == areaCode) is { Latitude: { } lat, Longitude: { } lon } ? (lat, lon) : ((double, double)?)null;
        return [.. offers.Where(o => areas.Catchment(o, km).Contains(area))
            .Select(o => new ServingOffer(o.OfferId, o.AreaCode == areaCode,
                centre is var (la, lo) ? Math.Round(ServingDistances.Km(o.Latitude, o.Longitude, la, lo), 1) : null, o.FreePlaces, o.UnknownPlaces == 0))
            .OrderBy(o => o.Km ?? 0).ThenBy(o => o.OfferId)];
    }
}
