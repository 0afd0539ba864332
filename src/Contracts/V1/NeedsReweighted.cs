namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// The post-stratification weight of one stratum of a survey changed — because answers in it
/// arrived or were withdrawn, or the planner's known counts changed. It applies to the demand
/// items of every response to <paramref name="SurveyId"/> from households of
/// <paramref name="HouseholdType"/> in <paramref name="AreaCode"/>, including responses reported
/// later with a lower <see cref="NeedsReported.WeightRevision"/>.
/// </summary>
/// <param name="TenantId">The tenant's 8-digit AGS.</param>
/// <param name="SurveyId">The survey whose sample the stratum belongs to.</param>
/// <param name="AreaCode">The area the households live in.</param>
/// <param name="HouseholdType"><c>incoming</c>, <c>outgoing</c>, <c>both</c> or <c>other</c>.</param>
/// <param name="Weight">Known households of the stratum per response in it; 1 when no count is known.</param>
/// <param name="Revision">Increases with every reweighting of the stratum: a consumer ignores a revision
/// not newer than the one it holds (late or redelivered).</param>
/// <param name="Unweighted">No household count is known for the stratum (<paramref name="Weight"/> is 1): its responses stand only for themselves.</param>
[InternalEvent]
public sealed record NeedsReweighted(
    string TenantId,
    Guid SurveyId,
    string AreaCode,
    string HouseholdType,
    double Weight,
    long Revision,
    bool Unweighted = false) : ITenantEvent;
