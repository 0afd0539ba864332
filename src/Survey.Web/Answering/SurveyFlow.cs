using GutAusgestattet.SurveyWeb.Localization;
using GutAusgestattet.SurveyWeb.SurveysApi;

namespace GutAusgestattet.SurveyWeb.Answering;

/// <summary>What a pressed button does to the draft: the buttons' values and their effect, without I/O.</summary>
public static class SurveyFlow
{
    public const string Next = "next";
    public const string Back = "back";
    public const string Send = "send";
    public const string GoTo = "goto:";
    public const string AddNeed = "addNeed";
    public const string AddHolidayCare = "addHolidayCare";
    public const string RemoveNeed = "removeNeed:";
    public const string AddWindow = "addWindow:";

    /// <param name="Errors">What to correct before going on.</param>
    /// <param name="Focus">The form name of the field to focus when the page shows again (e.g. the need just added).</param>
    /// <param name="SendNow">The check page's send button: the caller sends the answer.</param>
    public sealed record Outcome(List<DraftError> Errors, string? Focus = null, bool SendNow = false);

    public static Outcome Apply(AnswerDraft draft, string action, PublicSurvey survey)
    {
        var step = draft.Step;
        if (action.StartsWith(RequestLanguage.LanguageAction, StringComparison.Ordinal))
        {
            var language = action[RequestLanguage.LanguageAction.Length..];
            if (survey.Languages.Contains(language)) draft.Language = language;
            return new([]);
        }
        switch (action)
        {
            case Next when step < SurveyStep.Check:
                var errors = DraftRules.Check(step, draft, survey);
                if (errors.Count == 0) draft.Step = step + 1;
                return new(errors);
            case Back when step > SurveyStep.About:
                draft.Step = step - 1;
                return new([]);
            case Send when step == SurveyStep.Check:
                var all = DraftRules.CheckAll(draft, survey);
                if (all.Count > 0) draft.Step = DraftRules.StepOf(all[0].Name);
                return new(all, SendNow: all.Count == 0);
            case AddNeed when step == SurveyStep.Needs && draft.Needs.Count < AnswerDraft.MaxNeeds:
                draft.Needs.Add(new NeedDraft());
                return new([], Focus: FieldNames.Need(draft.Needs.Count - 1, "category"));
            // The holiday-care question: a need of the category, which asks for the holiday weeks and hours. A still blank last
            // need takes it, so that a household needing holiday care only is not left with an empty need to remove.
            case AddHolidayCare when step == SurveyStep.Needs && survey.Categories.Any(c => c.Value == NeedDraft.HolidayCare):
                if (draft.Needs[^1].IsBlank) draft.Needs[^1].Category = NeedDraft.HolidayCare;
                else if (draft.Needs.Count < AnswerDraft.MaxNeeds) draft.Needs.Add(new NeedDraft { Category = NeedDraft.HolidayCare });
                else return new([]);
                return new([], Focus: FieldNames.Need(draft.Needs.Count - 1, "persons"));
        }
        if (action.StartsWith(GoTo, StringComparison.Ordinal) && Enum.TryParse<SurveyStep>(action[GoTo.Length..], out var target)
            && target < step && Enum.IsDefined(target))
        {
            draft.Step = target;
            return new([]);
        }
        if (step == SurveyStep.Needs && Index(action, RemoveNeed, draft.Needs.Count) is { } removed && draft.Needs.Count > 1)
        {
            draft.Needs.RemoveAt(removed);
            return new([], Focus: FieldNames.Need(Math.Min(removed, draft.Needs.Count - 1), "category"));
        }
        if (step == SurveyStep.Needs && Index(action, AddWindow, draft.Needs.Count) is { } need && draft.Needs[need].Windows.Count < NeedDraft.MaxWindows)
        {
            draft.Needs[need].Windows.Add(new WindowDraft());
            return new([], Focus: FieldNames.Window(need, draft.Needs[need].Windows.Count - 1, "days"));
        }
        // An unknown or stale button (e.g. a page from before a language switch): show the step again.
        return new([]);
    }

    private static int? Index(string action, string prefix, int count) =>
        action.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(action[prefix.Length..], out var i) && i >= 0 && i < count ? i : null;
}
