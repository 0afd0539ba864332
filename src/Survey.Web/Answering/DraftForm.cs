using Microsoft.Extensions.Primitives;

namespace GutAusgestattet.SurveyWeb.Answering;

/// <summary>Takes the fields of the step that was posted into the draft, as typed.</summary>
public static class DraftForm
{
    public static void Apply(AnswerDraft draft, SurveyStep step, IFormCollection form, IEnumerable<string> customQuestions)
    {
        switch (step)
        {
            case SurveyStep.About:
                draft.Consent = form[FieldNames.Consent] == "yes";
                break;
            case SurveyStep.Household:
                draft.HouseholdType = Text(form[FieldNames.HouseholdType]);
                draft.AreaCode = Text(form[FieldNames.AreaCode]);
                draft.AwayDays = Values(form[FieldNames.AwayDays]);
                draft.WorkplaceArea = Text(form[FieldNames.WorkplaceArea]);
                draft.EmployerId = Text(form[FieldNames.Employer]);
                break;
            case SurveyStep.Needs:
                for (var n = 0; n < draft.Needs.Count; n++) ApplyNeed(draft.Needs[n], n, form);
                break;
            case SurveyStep.More:
                draft.Languages = Values(form[FieldNames.Languages]);
                foreach (var id in customQuestions)
                {
                    if (Text(form[FieldNames.Extra(id)]) is { } value) draft.Extra[id] = value;
                    else draft.Extra.Remove(id);
                }
                break;
        }
    }

    private static void ApplyNeed(NeedDraft need, int n, IFormCollection form)
    {
        need.Category = Text(form[FieldNames.Need(n, "category")]);
        need.Persons = Text(form[FieldNames.Need(n, "persons")]);
        need.AgeBand = Text(form[FieldNames.Need(n, "ageBand")]);
        need.From = Text(form[FieldNames.Need(n, "from")]);
        need.Until = Text(form[FieldNames.Need(n, "until")]);
        need.Temporary = Text(form[FieldNames.Need(n, "temporary")]);
        need.Urgency = Text(form[FieldNames.Need(n, "urgency")]);
        need.MetToday = Text(form[FieldNames.Need(n, "metToday")]);
        for (var w = 0; w < need.Windows.Count; w++)
        {
            var window = need.Windows[w];
            window.Days = Values(form[FieldNames.Window(n, w, "days")]);
            window.From = Text(form[FieldNames.Window(n, w, "from")]);
            window.To = Text(form[FieldNames.Window(n, w, "to")]);
            window.Place = Text(form[FieldNames.Window(n, w, "place")]);
        }
    }

    private static string? Text(StringValues value) => value.ToString().Trim() is { Length: > 0 } text ? text : null;

    private static List<string> Values(StringValues values) => values.OfType<string>().Where(v => v.Length > 0).Distinct().ToList();
}
