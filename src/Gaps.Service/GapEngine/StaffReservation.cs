namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// Free places of an offer reserved for the staff of partners (Belegplätze) in the analysed week: they serve those partners' staff
/// only (<see cref="StaffPlaces"/>) and are not among the offer's <see cref="OfferInput.FreePlaces"/>, which are open to everyone.
/// </summary>
/// <param name="PartnerIds">The partners whose staff the places are for.</param>
/// <param name="FreePlaces">The reserved places that are free: occupied places are taken from the open places first (see
/// <see cref="Split"/>), so this is at most the reservation and at most the offer's free places.</param>
public sealed record StaffReservation(IReadOnlyList<Guid> PartnerIds, int FreePlaces)
{
    /// <summary>
    /// An offer's free places split into reserved and open: the reservations take what is free, in their order, before anything is
    /// open to the public. An agreement promises the partner's staff their places, so the children already cared for are counted
    /// against the open places; the public gap is thereby never closed by places the public cannot have.
    /// </summary>
    /// <param name="free">Places − occupied places (0 when occupancy is unknown).</param>
    /// <param name="reserved">The reservations: partners and reserved places.</param>
    /// <returns>The places open to everyone, and the reservations with their free places (null when none is free).</returns>
    public static (int Open, IReadOnlyList<StaffReservation>? Reserved) Split(int free, IEnumerable<(IReadOnlyList<Guid> PartnerIds, int Places)> reserved)
    {
        var left = Math.Max(0, free);
        List<StaffReservation>? split = null;
        foreach (var (partners, places) in reserved)
        {
            var taken = Math.Min(left, Math.Max(0, places));
            if (taken == 0) continue;
            (split ??= []).Add(new StaffReservation(partners, taken));
            left -= taken;
        }
        return (left, split);
    }
}
