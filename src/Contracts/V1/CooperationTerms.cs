namespace GutAusgestattet.Contracts.V1;

/// <summary>What an agreement changes in the offer.</summary>
/// <param name="OfferId">The offer the agreement extends; null when it creates a new offer at <paramref name="FacilityId"/>.</param>
/// <param name="FacilityId">Where a new offer is run (e.g. the company's childcare); null when an offer is extended.</param>
/// <param name="Category">Care category code of the offer.</param>
/// <param name="Name">Name of a new offer; null when an offer is extended. Non-personal free text (<see cref="PublicText"/>): refused where entered if it holds an e-mail address or phone number.</param>
/// <param name="AddedPlaces">Places the partner adds or reserves (Belegplätze).</param>
/// <param name="OpeningHours">The offer's opening hours from then on, OpenStreetMap <c>opening_hours</c> syntax; null keeps them.</param>
/// <param name="TakesShortTermPlacements">Whether short-term placements are taken from then on; null keeps it.</param>
/// <param name="From">The day the change takes effect.</param>
/// <param name="Until">The last day the agreement runs; null when open-ended.</param>
/// <param name="Funding">How it is funded, as agreed; null when not given. Non-personal free text (<see cref="PublicText"/>): refused where entered if it holds an e-mail address or phone number.</param>
public sealed record CooperationTerms(
    Guid? OfferId, Guid? FacilityId, string Category, string? Name, int AddedPlaces, string? OpeningHours, bool? TakesShortTermPlacements,
    DateOnly From, DateOnly? Until, string? Funding);
