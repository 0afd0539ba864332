namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// Inventory could not apply the terms of a <see cref="CooperationAgreed"/> and applied none of them: no planned change, no
/// planned offer. The agreement is then "rejected by the inventory"; a <see cref="CooperationEnded"/> for it withdraws nothing.
/// An agreement's terms are announced once, so the agreement alone names what was rejected.
/// </summary>
/// <param name="TenantId">The tenant's 8-digit AGS.</param>
/// <param name="AgreementId">The agreement of the rejected <see cref="CooperationAgreed"/>.</param>
/// <param name="Reason">What kept the inventory from applying the terms: one of <see cref="TermsRejectionReasons"/> (<c>offer-withdrawn</c>, <c>offer-unknown</c>, <c>invalid-terms</c>).</param>
/// <param name="Detail">The same in words, for people (English, as the inventory's validation says it).</param>
/// <param name="OfferId">The offer the terms name; null when they name a facility for a new offer.</param>
public sealed record AgreementTermsRejected(string TenantId, Guid AgreementId, string Reason, string Detail, Guid? OfferId) : ITenantEvent;
