using GutAusgestattet.Contracts.V1;

namespace GutAusgestattet.Inventory.Offers;

/// <summary>
/// Everything a planner decides about an offer. Held as one value so that today's offer and a
/// planned change of it are the same shape, and a change is the difference of two values.
/// </summary>
/// <param name="OccupiedPlaces">Places taken; null when no source told (occupancy unknown): then no place is known to be free.</param>
/// <param name="OpeningHours">Canonical OpenStreetMap <c>opening_hours</c> text.</param>
/// <param name="Reserved">Places reserved for partners' staff by agreements (Belegplätze); null when none. Set by agreements only, so a
/// planner's change keeps them (<see cref="KeepingAgreed"/>); details stored before it existed read null.</param>
public sealed record OfferDetails(
    Guid FacilityId,
    string Name,
    string Category,
    string? TenantCategory,
    AgeRange? Ages,
    int Places,
    int? OccupiedPlaces,
    string OpeningHours,
    IReadOnlyList<ClosurePeriod> Closures,
    bool TakesShortTermPlacements,
    IReadOnlyList<string> Languages,
    string? FeeNote,
    IReadOnlyList<ReservedPlaces>? Reserved = null)
{
    /// <summary>
    /// These details with what agreements decided in <paramref name="before"/>: a planner's request does not name reserved places,
    /// so they stay until the agreement that reserved them ends.
    /// </summary>
    public OfferDetails KeepingAgreed(OfferDetails before) => this with { Reserved = before.Reserved };
}
