namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// A partner (a company or association) agreed to co-operate on care to close one or more gaps.
/// Inventory turns it into a planned change of an existing offer, or a planned new offer, from
/// <see cref="CooperationTerms.From"/>; the gaps show the planned effect and resolve when it takes effect.
/// </summary>
/// <param name="TenantId">The tenant's 8-digit AGS.</param>
/// <param name="AgreementId">The agreement; <see cref="CooperationEnded"/> names it again.</param>
/// <param name="Kind"><c>reservedPlaces</c>, <c>extendedHours</c>, <c>companyChildcare</c>, <c>holidayCare</c>, <c>shuttle</c> or <c>seniorCareSupport</c>.</param>
/// <param name="PartnerIds">The partners who agreed.</param>
/// <param name="GapKeys">The gaps the agreement addresses (<c>category:area:kind</c>).</param>
/// <param name="Terms">What changes in the offer, and from when.</param>
public sealed record CooperationAgreed(
    string TenantId, Guid AgreementId, string Kind, IReadOnlyList<Guid> PartnerIds, IReadOnlyList<string> GapKeys, CooperationTerms Terms) : ITenantEvent;

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

/// <summary>
/// An agreement ended: a change it planned that has not taken effect yet is withdrawn (a planned
/// change cancelled, a planned new offer withdrawn).
/// </summary>
/// <param name="TenantId">The tenant's 8-digit AGS.</param>
/// <param name="AgreementId">The agreement of the earlier <see cref="CooperationAgreed"/>.</param>
/// <param name="EndedOn">The day it ended.</param>
public sealed record CooperationEnded(string TenantId, Guid AgreementId, DateOnly EndedOn) : ITenantEvent;
