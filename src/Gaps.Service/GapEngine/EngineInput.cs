namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>One of the tenant's areas; an area without a known centre is served by offers in it only.</summary>
public sealed record AreaInput(string Code, double? Latitude, double? Longitude);

/// <summary>An offer as it stands in the analysed week: the slots it is open (closures applied) and its free places.</summary>
/// <param name="UnknownPlaces">The offer's places when its occupancy is unknown, else 0. Such places are not known to be free:
/// <paramref name="FreePlaces"/> is then 0, and the capacity gaps it serves name them instead (<see cref="UnknownOccupancy"/>).</param>
/// <param name="FreePlaces">Free places open to everyone: free places reserved for partners' staff are not among them (<see cref="Reserved"/>).</param>
/// <param name="Reserved">Free places reserved for partners' staff (<see cref="StaffReservation"/>); null when none. They serve staff needs
/// before the comparison (<see cref="StaffPlaces"/>), and the capacity gaps the offer serves name them (<see cref="GapFinding.ReservedPlaces"/>).</param>
public sealed record OfferInput(
    Guid OfferId, string Category, string AreaCode, double Latitude, double Longitude, int FreePlaces,
    IReadOnlyList<SlotRange> Open, bool TakesShortTerm, IReadOnlyList<string> Languages, int UnknownPlaces = 0,
    IReadOnlyList<StaffReservation>? Reserved = null)
{
    /// <summary>The free places reserved for partners' staff, all reservations together.</summary>
    public int ReservedPlaces => Reserved?.Sum(r => r.FreePlaces) ?? 0;
}

/// <summary>One demand item in the analysed week: weighted persons and the slots they need care in.</summary>
/// <param name="Slots">The slots needed; overlapping windows count once (<see cref="SlotRange.Union"/>).</param>
/// <param name="Responses">How many responses the item stands for: 1, or more for the total of answers past their retention.</param>
/// <param name="Unweighted">Its responses stand only for themselves (no household count known for their stratum): a gap counts them apart.</param>
/// <param name="EmployerId">The partner the household named as employer: places reserved for that partner's staff serve it first
/// (<see cref="StaffPlaces"/>); null when none was named.</param>
public sealed record NeedInput(
    Guid ResponseId, string Category, string AreaCode, double Persons, IReadOnlyList<SlotRange> Slots,
    bool Temporary, IReadOnlyList<string> Languages, int Responses = 1, bool Unweighted = false, Guid? EmployerId = null)
{
    public IReadOnlyList<SlotRange> Slots { get; init => field = SlotRange.Union(value); } = SlotRange.Union(Slots);
}

/// <summary>Everything the engine compares for one tenant and one week.</summary>
/// <param name="ServingKm">Category → serving distance; categories not named use <see cref="ServingDistances.Default"/>.</param>
public sealed record TenantInput(
    IReadOnlyList<AreaInput> Areas, IReadOnlyList<OfferInput> Offers, IReadOnlyList<NeedInput> Needs,
    IReadOnlyDictionary<string, double> ServingKm);
