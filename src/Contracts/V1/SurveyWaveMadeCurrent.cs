namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// A planner made a survey the current wave of its population — the households a repeated survey asks again (e.g. yearly).
/// The demand of the other waves of that population stops counting in the gaps, so that a household that answered two waves
/// counts once; it stays held for comparing the waves. Surveys that are no wave of any population count as before.
/// </summary>
/// <param name="TenantId">The tenant's 8-digit AGS.</param>
/// <param name="Population">The planner's name of the population, e.g. "Haushalte mit Zweitwohnsitz". Non-personal free text
/// (<see cref="PublicText"/>). A survey belongs to one population for good: its first marking names it.</param>
/// <param name="SurveyId">The survey whose demand counts from now on.</param>
/// <param name="SupersededSurveyIds">Every other wave of the population, whose demand no longer counts: the whole state, not a change.</param>
/// <param name="Revision">Increases with every marking in the population: a consumer ignores, per survey, a revision not newer than
/// the one it holds (late or redelivered), so an older marking consumed late cannot win.</param>
/// <param name="MadeCurrentAt">When the planner marked it.</param>
public sealed record SurveyWaveMadeCurrent(
    string TenantId,
    string Population,
    Guid SurveyId,
    IReadOnlyList<Guid> SupersededSurveyIds,
    long Revision,
    DateTimeOffset MadeCurrentAt) : ITenantEvent;
