using GutAusgestattet.SurveyWeb.SurveysApi;

namespace GutAusgestattet.SurveyWeb.Notices;

/// <summary>The situations in which a respondent gets a page that explains instead of a form.</summary>
public enum NoticeKind
{
    SurveyNotFound,
    SurveyClosed,
    InvitationNotFound,
    InvitationUsed,

    /// <summary>The open link of a survey that only the codes from the letters answer.</summary>
    InvitationRequired,
    SentBefore,
    Throttled,
    Unavailable,
}

public static class NoticeKinds
{
    /// <summary>The HTTP status each notice is served with, so that machines read the situation too.</summary>
    public static int Status(this NoticeKind kind) => kind switch
    {
        NoticeKind.SurveyNotFound or NoticeKind.InvitationNotFound => StatusCodes.Status404NotFound,
        NoticeKind.SurveyClosed => StatusCodes.Status410Gone,
        NoticeKind.InvitationRequired => StatusCodes.Status403Forbidden,
        NoticeKind.InvitationUsed or NoticeKind.SentBefore => StatusCodes.Status409Conflict,
        NoticeKind.Throttled => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status503ServiceUnavailable,
    };

    public static NoticeKind? From(OutcomeKind outcome) => outcome switch
    {
        OutcomeKind.NotFound => NoticeKind.SurveyNotFound,
        OutcomeKind.Closed => NoticeKind.SurveyClosed,
        OutcomeKind.Used => NoticeKind.InvitationUsed,
        OutcomeKind.InvitationRequired => NoticeKind.InvitationRequired,
        OutcomeKind.SentBefore => NoticeKind.SentBefore,
        OutcomeKind.Throttled => NoticeKind.Throttled,
        OutcomeKind.Unavailable => NoticeKind.Unavailable,
        _ => null,
    };
}
