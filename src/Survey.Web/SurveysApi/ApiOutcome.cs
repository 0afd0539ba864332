namespace GutAusgestattet.SurveyWeb.SurveysApi;

/// <summary>How Surveys.Service answered, in the terms a page needs to tell the respondent.</summary>
public enum OutcomeKind
{
    Ok,

    /// <summary>Unknown survey, code or receipt.</summary>
    NotFound,

    /// <summary>The survey is closed (410).</summary>
    Closed,

    /// <summary>The invitation code was used already (409).</summary>
    Used,

    /// <summary>The survey takes answers only with a code from a letter (403).</summary>
    InvitationRequired,

    /// <summary>The idempotency key was used for other answers (422): the answers were sent once already.</summary>
    SentBefore,

    /// <summary>Answers the service refused (400), with its messages by field.</summary>
    Invalid,

    /// <summary>Too many requests (429).</summary>
    Throttled,

    /// <summary>The service could not be reached or failed; nothing to blame the respondent for.</summary>
    Unavailable,
}

public sealed record ApiOutcome<T>(OutcomeKind Kind, T? Value = default, IReadOnlyDictionary<string, string[]>? Errors = null, TimeSpan? RetryAfter = null)
{
    public bool IsOk => Kind == OutcomeKind.Ok;
}
