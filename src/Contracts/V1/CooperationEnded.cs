namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// An agreement ended: a change it planned that has not taken effect yet is withdrawn (a planned
/// change cancelled, a planned new offer withdrawn).
/// </summary>
/// <param name="TenantId">The tenant's 8-digit AGS.</param>
/// <param name="AgreementId">The agreement of the earlier <see cref="CooperationAgreed"/>.</param>
/// <param name="EndedOn">The day it ended.</param>
public sealed record CooperationEnded(string TenantId, Guid AgreementId, DateOnly EndedOn) : ITenantEvent;
