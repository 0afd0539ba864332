using GutAusgestattet.Contracts.V1;

namespace GutAusgestattet.Inventory.Offers;

/// <summary>
/// Everything a planner decides about an offer. Held as one value so that today's offer and a
/// planned change of it are the same shape, and a change is the difference of two values.
/// </summary>
/// <param name="OccupiedPlaces">Places taken; null when no source told (occupancy unknown): then no place is known to be free.</param>
/// <param name="OpeningHours">Canonical OpenStreetMap <c>opening_hours</c> text.</param>
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
    string? FeeNote);
