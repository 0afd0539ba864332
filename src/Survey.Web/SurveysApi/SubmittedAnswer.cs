namespace GutAusgestattet.SurveyWeb.SurveysApi;

/// <summary>An answer in the shape Surveys.Service takes and gives back (<c>AnswerRequest</c> there).</summary>
public sealed record SubmittedAnswer(
    string? Language = null,
    string? ConsentVersion = null,
    bool? Consent = null,
    string? HouseholdType = null,
    string? AreaCode = null,
    IReadOnlyList<DayOfWeek>? AwayDays = null,
    IReadOnlyList<string>? Languages = null,
    IReadOnlyList<SubmittedNeed>? Needs = null,
    IReadOnlyDictionary<string, string>? Extra = null,
    SubmittedWorkplace? Workplace = null,
    Guid? EmployerId = null);

/// <summary>Where the multilocal member works: the surveying municipality and one of its areas.</summary>
public sealed record SubmittedWorkplace(string? Ags = null, string? AreaCode = null);

public sealed record SubmittedNeed(
    string? Category = null,
    int? Persons = null,
    string? AgeBand = null,
    IReadOnlyList<SubmittedWindow>? Windows = null,
    DateOnly? From = null,
    DateOnly? Until = null,
    bool? Temporary = null,
    string? Urgency = null,
    string? MetToday = null);

/// <param name="From">HH:mm.</param>
/// <param name="To">HH:mm; before <paramref name="From"/> when <paramref name="Overnight"/>.</param>
/// <param name="Place"><c>workplace</c> or <c>either</c> when the care is needed near the workplace or either; null at home.</param>
public sealed record SubmittedWindow(DayOfWeek? Day = null, string? From = null, string? To = null, bool Overnight = false, string? Place = null);
