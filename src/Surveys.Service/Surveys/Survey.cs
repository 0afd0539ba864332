using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Surveys.Surveys;

/// <summary>
/// A needs survey of one municipality. Its definition lives in numbered versions: the newest may
/// be a draft the planner still edits; a published version is frozen, and answers name it.
/// </summary>
public sealed class Survey : ITenantOwned
{
    public Guid Id { get; init; }

    public required string TenantId { get; init; }

    public SurveyStatus Status { get; set; }

    /// <summary>The version respondents answer; null until the first publication.</summary>
    public int? PublishedVersion { get; set; }

    /// <summary>The newest version: a draft, or the published one when no draft is open.</summary>
    public int LatestVersion { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Days after its receipt that an answer's raw data is deleted; its published demand stays.</summary>
    public int RetentionDays { get; set; } = DefaultRetentionDays;

    /// <summary>
    /// Whether only households with a code from a letter may answer: the open link then explains and points to the code
    /// entry, and an answer without a code is refused, so a published link cannot be flooded or answered by outsiders.
    /// </summary>
    public bool InvitationRequired { get; set; }

    /// <summary>
    /// The population whose wave the survey is (<see cref="Waves.SurveyPopulation"/>), named when a planner first makes it the current
    /// wave, and kept for good; null while it is no wave of any population — then it counts on its own, as every survey did before.
    /// </summary>
    public string? Population { get; set; }

    /// <summary>Whether it is its population's current wave; false for a superseded wave and for a survey of no population.</summary>
    public bool CurrentWave { get; set; }

    public const int DefaultRetentionDays = 365;

    public const int MaxRetentionDays = 3650;
}

public enum SurveyStatus
{
    /// <summary>Never published: no respondent can see it.</summary>
    Draft,

    /// <summary>Open for answers to <see cref="Survey.PublishedVersion"/>.</summary>
    Published,

    /// <summary>No more answers; what was reported stays.</summary>
    Closed,
}

/// <summary>One version of a survey's definition; frozen once <see cref="PublishedAt"/> is set.</summary>
public sealed class SurveyVersion : ITenantOwned
{
    public Guid SurveyId { get; init; }

    public int Version { get; init; }

    public required string TenantId { get; init; }

    public required SurveyDefinition Definition { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public bool IsFrozen => PublishedAt is not null;
}
