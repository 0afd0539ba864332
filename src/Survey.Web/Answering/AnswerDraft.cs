using GutAusgestattet.Contracts;

namespace GutAusgestattet.SurveyWeb.Answering;

/// <summary>
/// Everything a respondent has entered so far, exactly as typed (so a wrong entry is shown again
/// to be corrected, never lost). It travels with each form as a hidden field: the pages keep no
/// session, no cookie and nothing on the server until the answers are sent.
/// </summary>
public sealed class AnswerDraft
{
    public SurveyStep Step { get; set; } = SurveyStep.About;

    public string Language { get; set; } = "de";

    /// <summary>Made once per filling-in: a double click, a lost connection or the back button sends the same key, so the service stores one answer.</summary>
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>The one-time code from the letter, when the respondent came through one.</summary>
    public string? InvitationCode { get; set; }

    public bool Consent { get; set; }

    public string? HouseholdType { get; set; }

    public string? AreaCode { get; set; }

    public List<string> AwayDays { get; set; } = [];

    /// <summary>
    /// Where the multilocal member works, when in the municipality or another one sharing the platform, as the select sent it
    /// (<see cref="WorkplaceChoices"/>); its time rows may then be needed near it.
    /// </summary>
    public string? WorkplaceArea { get; set; }

    /// <summary>The employer of the multilocal member, one of the survey's employers (partners with places reserved for their staff), as its id.</summary>
    public string? EmployerId { get; set; }

    public List<NeedDraft> Needs { get; set; } = [new()];

    public List<string> Languages { get; set; } = [];

    public Dictionary<string, string> Extra { get; set; } = [];

    public const int MaxNeeds = 20;
}

/// <summary>One care need: a person or a group with the same need.</summary>
public sealed class NeedDraft
{
    public string? Category { get; set; }

    public string? Persons { get; set; }

    public string? AgeBand { get; set; }

    public List<WindowDraft> Windows { get; set; } = [new(), new()];

    public string? From { get; set; }

    public string? Until { get; set; }

    /// <summary><c>yes</c>, <c>no</c> or empty.</summary>
    public string? Temporary { get; set; }

    public string? Urgency { get; set; }

    public string? MetToday { get; set; }

    /// <summary>Each row can hold all seven days, and the service takes at most 21 windows a need.</summary>
    public const int MaxWindows = 3;

    /// <summary>
    /// Holiday care: its period is the household's days within the school holidays and its times the hours on them; the gap
    /// engine counts it on school-holiday days only, so without a period it is needed in all school holidays.
    /// </summary>
    public const string HolidayCare = GutAusgestattet.Contracts.CareCategories.HolidayCare;

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsHolidayCare => Category == HolidayCare;

    /// <summary>Nothing entered yet.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsBlank => Category is null && string.IsNullOrWhiteSpace(Persons) && AgeBand is null && Windows.All(w => w.IsEmpty)
        && string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(Until) && Temporary is null && Urgency is null && MetToday is null;
}

/// <summary>A time of day on some weekdays, e.g. Mon–Fri 06:30–08:00; ending before it starts means overnight.</summary>
public sealed class WindowDraft
{
    public List<string> Days { get; set; } = [];

    public string? From { get; set; }

    public string? To { get; set; }

    /// <summary>Where the care is needed on the row's days: <c>home</c> (or none), <c>workplace</c> or <c>either</c>.</summary>
    public string? Place { get; set; }

    /// <summary>Needed somewhere else than at home.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool AwayFromHome => Place is not (null or CarePlaces.Home);

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Days.Count == 0 && string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To);
}

/// <summary>The steps of the survey, in order; <see cref="Sent"/> follows the last.</summary>
public enum SurveyStep
{
    About = 1,
    Household = 2,
    Needs = 3,
    More = 4,
    Check = 5,
    Sent = 6,
}
