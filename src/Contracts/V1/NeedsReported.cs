namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// One household's response turned into demand. Carries no name, address, contact or free text:
/// those never leave the survey service. <paramref name="SurveyId"/> and <paramref name="SurveyVersion"/>
/// are null when a planner recorded the need directly (e.g. from a consultation) rather than a survey.
/// </summary>
/// <param name="TenantId">The tenant's 8-digit AGS.</param>
/// <param name="ResponseId">The response; withdrawal and reweighting name it or its stratum.</param>
/// <param name="SurveyId">The survey answered; null when recorded by a planner.</param>
/// <param name="SurveyVersion">The survey version answered; null when recorded by a planner.</param>
/// <param name="Items">The demand, one item per category of care needed.</param>
/// <param name="WeightRevision">The revision of the response's stratum weight the items carry (see
/// <see cref="NeedsReweighted"/>): a consumer holding a later revision for the stratum keeps that weight. 0 when unweighted.</param>
/// <param name="ImportId">The import (<see cref="AnswersImported"/>) the response came with; null when submitted on its own.</param>
[InternalEvent]
public sealed record NeedsReported(
    string TenantId,
    Guid ResponseId,
    Guid? SurveyId,
    int? SurveyVersion,
    IReadOnlyList<DemandItem> Items,
    long WeightRevision = 0,
    Guid? ImportId = null) : ITenantEvent;
