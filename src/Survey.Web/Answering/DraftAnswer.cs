using GutAusgestattet.SurveyWeb.SurveysApi;

namespace GutAusgestattet.SurveyWeb.Answering;

/// <summary>The checked draft as the answer Surveys.Service stores: typed values, empty time rows left out.</summary>
public static class DraftAnswer
{
    public static SubmittedAnswer From(AnswerDraft draft, PublicSurvey survey) => new(
        draft.Language,
        survey.ConsentVersion,
        draft.Consent,
        draft.HouseholdType,
        draft.AreaCode,
        draft.AwayDays.Where(DraftRules.Weekdays.Contains).Select(Day).ToList(),
        draft.Languages,
        draft.Needs.Select(Need).ToList(),
        survey.CustomQuestions.Where(q => draft.Extra.ContainsKey(q.Id))
            .ToDictionary(q => q.Id, q => q.Type == "number" ? Entries.Decimal(draft.Extra[q.Id])! : draft.Extra[q.Id]),
        draft.WorkplaceArea is { } value && WorkplaceChoices.Chosen(survey, value) is { } workplace ? new SubmittedWorkplace(workplace.Ags, workplace.AreaCode) : null,
        Guid.TryParse(draft.EmployerId, out var employer) ? employer : null);

    private static SubmittedNeed Need(NeedDraft need) => new(
        need.Category,
        Entries.WholeNumber(need.Persons),
        need.AgeBand,
        need.Windows.Where(w => !w.IsEmpty).SelectMany(Windows).ToList(),
        Entries.Date(need.From),
        Entries.Date(need.Until),
        need.Temporary switch { "yes" => true, "no" => false, _ => null },
        need.Urgency,
        need.MetToday);

    /// <summary>One window per weekday ticked; a time that ends before it starts runs overnight. A row the rules would refuse is left out.</summary>
    private static IEnumerable<SubmittedWindow> Windows(WindowDraft window) =>
        Entries.Minutes(window.From) is { } from && Entries.Minutes(window.To) is { } to
            ? window.Days.Where(DraftRules.Weekdays.Contains)
                .Select(day => new SubmittedWindow(Day(day), Entries.Clock(from), Entries.Clock(to), to < from, window.AwayFromHome ? window.Place : null))
            : [];

    private static DayOfWeek Day(string weekday) => Enum.Parse<DayOfWeek>(weekday, ignoreCase: true);
}
