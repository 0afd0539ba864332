using GutAusgestattet.Contracts;
using GutAusgestattet.SurveyWeb.SurveysApi;

namespace GutAusgestattet.SurveyWeb.Answering;

/// <summary>A field to correct: its form name and the key of the message in the respondent's language.</summary>
public sealed record DraftError(string Name, string MessageKey);

/// <summary>
/// The rules of each step, the same Surveys.Service applies to the answer, checked here first so
/// that the respondent reads each message in their language at the field it concerns.
/// </summary>
public static class DraftRules
{
    public const int MaxPersons = 20;
    public const int MaxLanguages = 10;
    public const int MaxTextLength = 2000;

    public static readonly IReadOnlyList<string> Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static List<DraftError> Check(SurveyStep step, AnswerDraft draft, PublicSurvey survey) => step switch
    {
        SurveyStep.About => draft.Consent ? [] : [new(FieldNames.Consent, "ErrConsent")],
        SurveyStep.Household => Household(draft, survey),
        SurveyStep.Needs => Needs(draft, survey),
        SurveyStep.More => More(draft, survey),
        _ => [],
    };

    /// <summary>All steps at once, before sending: a draft edited out of order is caught too.</summary>
    public static List<DraftError> CheckAll(AnswerDraft draft, PublicSurvey survey) =>
        Enum.GetValues<SurveyStep>().Where(s => s < SurveyStep.Check).SelectMany(s => Check(s, draft, survey)).ToList();

    private static List<DraftError> Household(AnswerDraft draft, PublicSurvey survey)
    {
        var errors = new List<DraftError>();
        var choices = survey.Question("householdType")?.Choices?.Select(c => c.Value) ?? [];
        if (draft.HouseholdType is null || !choices.Contains(draft.HouseholdType)) errors.Add(new(FieldNames.HouseholdType, "ErrHouseholdType"));
        if (draft.AreaCode is null || survey.Areas.All(a => a.Value != draft.AreaCode)) errors.Add(new(FieldNames.AreaCode, "ErrArea"));
        if (draft.AwayDays.Any(d => !Weekdays.Contains(d)) || (survey.Question("awayDays")?.Required == true && draft.AwayDays.Count == 0))
            errors.Add(new(FieldNames.AwayDays, "ErrAwayDays"));
        if (draft.WorkplaceArea is not null && WorkplaceChoices.Chosen(survey, draft.WorkplaceArea) is null) errors.Add(new(FieldNames.WorkplaceArea, "ErrWorkplace"));
        if (draft.EmployerId is not null && (survey.Employers ?? []).All(e => e.Id.ToString() != draft.EmployerId)) errors.Add(new(FieldNames.Employer, "ErrEmployer"));
        return errors;
    }

    private static List<DraftError> Needs(AnswerDraft draft, PublicSurvey survey)
    {
        var errors = new List<DraftError>();
        for (var n = 0; n < draft.Needs.Count; n++)
        {
            var need = draft.Needs[n];
            if (need.Category is null || survey.Categories.All(c => c.Value != need.Category)) errors.Add(new(FieldNames.Need(n, "category"), "ErrCategory"));
            if (Entries.WholeNumber(need.Persons) is not (>= 1 and <= MaxPersons)) errors.Add(new(FieldNames.Need(n, "persons"), "ErrPersons"));
            if (need.AgeBand is not null && !survey.AgeBands.Contains(need.AgeBand)) errors.Add(new(FieldNames.Need(n, "ageBand"), "ErrChoice"));
            for (var w = 0; w < need.Windows.Count; w++) errors.AddRange(Window(need.Windows[w], n, w, draft));
            var from = Entries.Date(need.From);
            var until = Entries.Date(need.Until);
            if (need.From is not null && from is null) errors.Add(new(FieldNames.Need(n, "from"), "ErrDate"));
            if (need.Until is not null && until is null) errors.Add(new(FieldNames.Need(n, "until"), "ErrDate"));
            if (from is { } f && until is { } u && u < f) errors.Add(new(FieldNames.Need(n, "until"), "ErrUntilBeforeFrom"));
            if (need.Temporary is not (null or "yes" or "no")) errors.Add(new(FieldNames.Need(n, "temporary"), "ErrChoice"));
            if (need.Urgency is not null && !survey.Urgencies.Contains(need.Urgency)) errors.Add(new(FieldNames.Need(n, "urgency"), "ErrChoice"));
            if (need.MetToday is not null && !survey.MetToday.Contains(need.MetToday)) errors.Add(new(FieldNames.Need(n, "metToday"), "ErrChoice"));
        }
        return errors;
    }

    /// <summary>
    /// A row's times, and its place: near the workplace only with a workplace named, and — when away days are given — only on
    /// them (on the other days the member is at home, and so is the care), as the service rules too.
    /// </summary>
    private static IEnumerable<DraftError> Window(WindowDraft window, int n, int w, AnswerDraft draft)
    {
        if (window.IsEmpty) yield break;
        if (window.Place is { } place && !CarePlaces.All.Contains(place)) yield return new(FieldNames.Window(n, w, "place"), "ErrChoice");
        else if (window.AwayFromHome && draft.WorkplaceArea is null) yield return new(FieldNames.Window(n, w, "place"), "ErrPlaceNoWorkplace");
        else if (window.AwayFromHome && draft.AwayDays.Count > 0 && window.Days.Any(d => !draft.AwayDays.Contains(d)))
            yield return new(FieldNames.Window(n, w, "place"), "ErrPlaceAwayDays");
        if (window.Days.Count == 0 || window.Days.Any(d => !Weekdays.Contains(d))) yield return new(FieldNames.Window(n, w, "days"), "ErrWindowDays");
        var from = Entries.Minutes(window.From);
        var to = Entries.Minutes(window.To);
        if (from is null or 1440) yield return new(FieldNames.Window(n, w, "from"), "ErrTime");
        if (to is null) yield return new(FieldNames.Window(n, w, "to"), "ErrTime");
        else if (from == to) yield return new(FieldNames.Window(n, w, "to"), "ErrTimeSame");
    }

    private static List<DraftError> More(AnswerDraft draft, PublicSurvey survey)
    {
        var errors = new List<DraftError>();
        if (draft.Languages.Count > MaxLanguages) errors.Add(new(FieldNames.Languages, "ErrTooManyLanguages"));
        else if (survey.Question("languages")?.Required == true && draft.Languages.Count == 0) errors.Add(new(FieldNames.Languages, "ErrRequired"));
        foreach (var question in survey.CustomQuestions)
        {
            var name = FieldNames.Extra(question.Id);
            var value = draft.Extra.GetValueOrDefault(question.Id);
            if (value is null)
            {
                if (question.Required) errors.Add(new(name, "ErrRequired"));
                continue;
            }
            var valid = question.Type switch
            {
                "choice" => question.Choices?.Any(c => c.Value == value) == true,
                "number" => Entries.Decimal(value) is not null,
                "yesNo" => value is "yes" or "no",
                _ => value.Length <= MaxTextLength,
            };
            if (!valid) errors.Add(new(name, question.Type switch { "number" => "ErrNumber", "text" => "ErrTextLength", _ => "ErrChoice" }));
        }
        return errors;
    }

    /// <summary>The step a field belongs to, for a message the service sent back.</summary>
    public static SurveyStep StepOf(string name) => name switch
    {
        FieldNames.Consent or "consentVersion" or "language" => SurveyStep.About,
        FieldNames.HouseholdType or FieldNames.AreaCode or FieldNames.AwayDays => SurveyStep.Household,
        _ when name.StartsWith("workplace", StringComparison.Ordinal) => SurveyStep.Household,
        _ when name.StartsWith("needs", StringComparison.Ordinal) => SurveyStep.Needs,
        _ => SurveyStep.More,
    };
}
