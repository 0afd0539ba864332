using GutAusgestattet.DesignSystem.Forms;
using GutAusgestattet.SurveyWeb.Localization;
using GutAusgestattet.SurveyWeb.SurveysApi;
using Microsoft.AspNetCore.Components;

namespace GutAusgestattet.SurveyWeb.Answering.Steps;

/// <summary>What every step's fields need: the draft, the survey in the page's language, and the messages by field.</summary>
public abstract class StepBase : ComponentBase
{
    [CascadingParameter] protected UiLanguage L { get; set; } = UiLanguage.German;

    [CascadingParameter] protected List<DraftError> Errors { get; set; } = [];

    [Parameter, EditorRequired] public AnswerDraft Draft { get; set; } = default!;

    [Parameter, EditorRequired] public PublicSurvey Survey { get; set; } = default!;

    protected string? ErrorFor(string name) => Errors.FirstOrDefault(e => e.Name == name) is { } e ? L[e.MessageKey] : null;

    protected static string Id(string name) => FieldNames.Id(name);

    protected string Optional => L["Optional"];

    protected IReadOnlyList<Option> Weekdays => DraftRules.Weekdays.Select(d => new Option(d, L[$"Day_{d}"])).ToList();

    protected string QuestionText(string id, string fallbackKey) => Survey.Question(id)?.Text ?? L[fallbackKey];
}
