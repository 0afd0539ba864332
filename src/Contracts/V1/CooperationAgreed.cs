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
/// <param name="PartnerNames">The partners' names, in the order of <paramref name="PartnerIds"/>, so that a survey can offer a partner
/// with reserved places as an employer by name without asking Partners. Added to V1; producers that predate it leave it out.</param>
public sealed record CooperationAgreed(
    string TenantId, Guid AgreementId, string Kind, IReadOnlyList<Guid> PartnerIds, IReadOnlyList<string> GapKeys, CooperationTerms Terms,
    IReadOnlyList<string>? PartnerNames = null) : ITenantEvent;
