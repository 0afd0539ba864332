namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// When two weeks compare alike: every figure of the slot comparison is a function of its input, so weeks whose inputs are
/// equal — the same areas and distances, the same offers open in the same slots with the same places, the same needs in
/// the same slots — have the same gaps. The dates themselves do not enter the comparison. A field added to
/// <see cref="OfferInput"/> or <see cref="NeedInput"/> belongs in <see cref="Same(OfferInput, OfferInput)"/>,
/// <see cref="Same(NeedInput, NeedInput)"/> and both <c>Key</c>s too.
/// </summary>
public static class WeekClass
{
    /// <summary>Equal for offers that are <see cref="Same(OfferInput, OfferInput)"/>; a week's key is the sum of its items' keys.</summary>
    public static ulong Key(OfferInput o)
    {
        var (low, high) = (new HashCode(), new HashCode());
        high.Add(HighSeed);
        Add(ref low, ref high, o.OfferId, o.Category, o.AreaCode, o.Latitude, o.Longitude, o.FreePlaces, o.UnknownPlaces, o.TakesShortTerm);
        foreach (var range in o.Open) Add(ref low, ref high, range);
        foreach (var language in o.Languages) Add(ref low, ref high, language);
        foreach (var reservation in o.Reserved ?? [])
        {
            Add(ref low, ref high, reservation.FreePlaces);
            foreach (var partner in reservation.PartnerIds) Add(ref low, ref high, partner);
        }
        return Wide(low, high);
    }

    /// <summary>
    /// Equal for needs that are <see cref="Same(NeedInput, NeedInput)"/>; 0 for a need without slots, which is no need in the
    /// week (see <see cref="SlotComparison"/>), so a week keys as the sum over the needs it has.
    /// </summary>
    public static ulong Key(NeedInput n)
    {
        if (n.Slots.Count == 0) return 0;
        var (low, high) = (new HashCode(), new HashCode());
        high.Add(HighSeed);
        Add(ref low, ref high, n.ResponseId, n.Category, n.AreaCode, n.Persons, n.Temporary, n.Responses, n.Unweighted, n.Slots.Count);
        foreach (var range in n.Slots) Add(ref low, ref high, range);
        foreach (var language in n.Languages) Add(ref low, ref high, language);
        Add(ref low, ref high, n.EmployerId);
        return Wide(low, high);
    }

    /// <summary>The key of what a category's weeks share: the areas and the serving distance.</summary>
    public static ulong Key(IReadOnlyList<AreaInput> areas, double km)
    {
        var (low, high) = (new HashCode(), new HashCode());
        high.Add(HighSeed);
        foreach (var area in areas) Add(ref low, ref high, area);
        Add(ref low, ref high, km);
        return Wide(low, high);
    }

    public static bool Same(OfferInput a, OfferInput b) =>
        a.OfferId == b.OfferId && a.Category == b.Category && a.AreaCode == b.AreaCode && a.Latitude == b.Latitude && a.Longitude == b.Longitude
        && a.FreePlaces == b.FreePlaces && a.UnknownPlaces == b.UnknownPlaces && a.TakesShortTerm == b.TakesShortTerm
        && a.Open.SequenceEqual(b.Open) && a.Languages.SequenceEqual(b.Languages)
        && (a.Reserved ?? []).SequenceEqual(b.Reserved ?? [], ReservationComparer.Instance);

    public static bool Same(NeedInput a, NeedInput b) =>
        a.ResponseId == b.ResponseId && a.Category == b.Category && a.AreaCode == b.AreaCode && a.Persons == b.Persons
        && a.Temporary == b.Temporary && a.Responses == b.Responses && a.Unweighted == b.Unweighted && a.Slots.SequenceEqual(b.Slots)
        && a.Languages.SequenceEqual(b.Languages) && a.EmployerId == b.EmployerId;

    /// <summary>Reservations by value: the same partners and free places.</summary>
    private sealed class ReservationComparer : IEqualityComparer<StaffReservation>
    {
        public static readonly ReservationComparer Instance = new();

        public bool Equals(StaffReservation? x, StaffReservation? y) =>
            x is not null && y is not null && x.FreePlaces == y.FreePlaces && x.PartnerIds.SequenceEqual(y.PartnerIds);

        public int GetHashCode(StaffReservation obj) => obj.FreePlaces;
    }

    // Two hashes seeded apart make a 64-bit key: a week's key is a sum over hundreds of thousands of items.
    private const int HighSeed = 0x5bd1e995;

    private static ulong Wide(HashCode low, HashCode high) => (ulong)(uint)high.ToHashCode() << 32 | (uint)low.ToHashCode();

    private static void Add<T>(ref HashCode low, ref HashCode high, T value)
    {
        low.Add(value);
        high.Add(value);
    }

    private static void Add<T1, T2, T3, T4, T5, T6, T7, T8>(ref HashCode low, ref HashCode high, T1 v1, T2 v2, T3 v3, T4 v4, T5 v5, T6 v6, T7 v7, T8 v8)
    {
        Add(ref low, ref high, v1);
        Add(ref low, ref high, v2);
        Add(ref low, ref high, v3);
        Add(ref low, ref high, v4);
        Add(ref low, ref high, v5);
        Add(ref low, ref high, v6);
        Add(ref low, ref high, v7);
        Add(ref low, ref high, v8);
    }
}
