namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// The retention period of <paramref name="SurveyId"/> passed for the answers <paramref name="ResponseIds"/>: their raw data
/// is deleted, and every store derived from them keeps their demand only within anonymous totals, no longer per answer.
/// Withdrawing one of them afterwards still removes its stratum count, but cannot take its part out of the totals.
/// </summary>
[InternalEvent]
public sealed record AnswersRetired(string TenantId, Guid SurveyId, IReadOnlyList<Guid> ResponseIds) : ITenantEvent;
