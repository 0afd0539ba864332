namespace GutAusgestattet.Contracts.V1;

/// <summary>The state of one offer as the inventory holds it; consumers never call back for more.</summary>
/// <param name="Name">The offer's name, e.g. "Krippe Sonnenschein, Gruppe Igel". Non-personal free text (<see cref="PublicText"/>): refused where entered if it holds an e-mail address or phone number.</param>
/// <param name="Category">Standard care category code, e.g. <c>krippe</c>, <c>kita</c>, <c>tagespflege</c>.</param>
/// <param name="TenantCategory">The municipality's own category name, mapped onto <paramref name="Category"/>; null when none. Non-personal free text (<see cref="PublicText"/>): refused where entered if it holds an e-mail address or phone number.</param>
/// <param name="AreaCode">The tenant's area the facility lies in.</param>
/// <param name="Facility">The facility that runs the offer.</param>
/// <param name="Ages">Ages taken, in months; null when the offer has no age limits (e.g. senior care).</param>
/// <param name="Places">Places the offer has in total.</param>
/// <param name="OccupiedPlaces">Places taken today; free places are the difference. 0 when <paramref name="OccupancyKnown"/> is false.</param>
/// <param name="OpeningHours">Weekly opening hours in OpenStreetMap <c>opening_hours</c> syntax (canonical form).</param>
/// <param name="OpenIntervals">The same hours as normalized weekly intervals, split at midnight.</param>
/// <param name="Closures">Periods the offer is closed (e.g. summer weeks), inclusive dates.</param>
/// <param name="ClosedOnPublicHolidays">Whether the offer is closed on public holidays (<c>PH off</c>).</param>
/// <param name="TakesShortTermPlacements">Whether short-term or temporary places are taken (e.g. for newcomers mid-year).</param>
/// <param name="Languages">ISO 639-1 codes of the languages spoken with families.</param>
/// <param name="FeeNote">A planner's note on fees; free text about the offer, never about persons. Non-personal free text (<see cref="PublicText"/>): refused where entered if it holds an e-mail address or phone number.</param>
/// <param name="Status"><c>active</c>, <c>planned</c> or <c>withdrawn</c>.</param>
/// <param name="EffectiveFrom">For a planned offer, the date it takes effect; otherwise null.</param>
/// <param name="OccupancyKnown">False when the source did not say how many places are taken (an OpenStreetMap import, a CSV row
/// without <c>occupied_places</c>, <c>occupiedPlaces: null</c> through the API): <paramref name="OccupiedPlaces"/> is then 0 as
/// before this field existed, but no place is known to be free. Added in place of a nullable <paramref name="OccupiedPlaces"/>, which
/// would break consumers of V1; producers that predate it leave it out, and it reads true.</param>
/// <param name="ClosedOnSchoolHolidays">Whether the offer is closed during the municipality's school holidays (<c>SH off</c>); the
/// holidays are the ones its planners keep in the gap service. Added to V1; producers that predate it leave it out, and it reads false.</param>
/// <param name="ClosedMonths">The months (1–12) the offer is closed in every year (<c>Aug off</c>, <c>Jul-Aug off</c> in its opening hours),
/// ascending; null when none. Added to V1; producers that predate it leave it out.</param>
/// <param name="Reserved">Places of <paramref name="Places"/> reserved for the staff of partners by agreements of kind
/// <c>reservedPlaces</c> (Belegplätze): they serve those partners' staff only, never the public; null when none. Added to V1; producers
/// that predate it leave it out.</param>
public sealed record OfferState(
    string Name,
    string Category,
    string? TenantCategory,
    string AreaCode,
    FacilityState Facility,
    AgeRange? Ages,
    int Places,
    int OccupiedPlaces,
    string OpeningHours,
    IReadOnlyList<WeeklyInterval> OpenIntervals,
    IReadOnlyList<ClosurePeriod> Closures,
    bool ClosedOnPublicHolidays,
    bool TakesShortTermPlacements,
    IReadOnlyList<string> Languages,
    string? FeeNote,
    string Status,
    DateOnly? EffectiveFrom,
    bool OccupancyKnown = true,
    bool ClosedOnSchoolHolidays = false,
    IReadOnlyList<int>? ClosedMonths = null,
    IReadOnlyList<ReservedPlaces>? Reserved = null);
