namespace GutAusgestattet.Contracts.V1;

/// <summary>A survey was closed: no further answers are taken; the demand already reported stays.</summary>
/// <param name="TenantId">The tenant's 8-digit AGS.</param>
/// <param name="SurveyId">The survey.</param>
/// <param name="Version">The version that was published when it closed.</param>
/// <param name="ClosedAt">When the survey was closed.</param>
public sealed record SurveyClosed(string TenantId, Guid SurveyId, int Version, DateTimeOffset ClosedAt) : ITenantEvent;
