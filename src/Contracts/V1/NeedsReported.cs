namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// One household's response turned into demand. Carries no name, address, contact or free text:
/// those never leave the survey service. <paramref name="SurveyId"/> and <paramref name="SurveyVersion"/>
/// are null when a planner recorded the need directly (e.g. from a consultation) rather than a survey.
/// </summary>
public sealed record NeedsReported(
    string TenantId,
    Guid ResponseId,
    Guid? SurveyId,
    int? SurveyVersion,
    IReadOnlyList<DemandItem> Items) : ITenantEvent;

/// <summary>One category of care a household needs in one area.</summary>
/// <param name="DemandId">Identifies this demand line.</param>
/// <param name="HouseholdType"><c>incoming</c>, <c>outgoing</c>, <c>both</c> or <c>other</c>.</param>
/// <param name="Category">Care category code, e.g. <c>krippe</c>, <c>kita</c>, <c>tagespflege</c>.</param>
/// <param name="AreaCode">The tenant's area the care is needed in.</param>
/// <param name="Persons">Persons of the household needing this care.</param>
/// <param name="Weight">Post-stratification weight of the response (1 when no counts are known).</param>
public sealed record DemandItem(
    Guid DemandId,
    string HouseholdType,
    string Category,
    string AreaCode,
    int Persons,
    double Weight);
