using System.Net;
using GutAusgestattet.SurveyWeb.Answering;
using GutAusgestattet.SurveyWeb.Answering.Steps;
using GutAusgestattet.SurveyWeb.Localization;
using GutAusgestattet.SurveyWeb.SurveysApi;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GutAusgestattet.SurveyWeb.UnitTests;

/// <summary>
/// The holiday-care question of the needs step: its own button (a form button, so without JavaScript) asks for a need of
/// holiday care, whose times and period then read as the hours and the days in the school holidays, in the page's language.
/// </summary>
public sealed class HolidayCareTests
{
    private readonly PublicSurvey _survey = Surveys.Template();

    [Fact]
    public void The_holiday_care_button_fills_a_blank_need_or_adds_one_and_focuses_its_persons()
    {
        var draft = new AnswerDraft { Step = SurveyStep.Needs };
        Assert.Equal("needs[0].persons", SurveyFlow.Apply(draft, SurveyFlow.AddHolidayCare, _survey).Focus);
        Assert.Equal([NeedDraft.HolidayCare], draft.Needs.Select(n => n.Category));

        draft.Needs[0].Persons = "2";
        Assert.Equal("needs[1].persons", SurveyFlow.Apply(draft, SurveyFlow.AddHolidayCare, _survey).Focus);
        Assert.Equal([NeedDraft.HolidayCare, NeedDraft.HolidayCare], draft.Needs.Select(n => n.Category));

        // A survey that does not offer the category has no such question.
        var without = _survey with { Categories = [.. _survey.Categories.Where(c => c.Value != NeedDraft.HolidayCare)] };
        var other = new AnswerDraft { Step = SurveyStep.Needs };
        Assert.Null(SurveyFlow.Apply(other, SurveyFlow.AddHolidayCare, without).Focus);
        Assert.Null(other.Needs.Single().Category);
    }

    [Fact]
    public void A_holiday_care_need_without_a_period_means_all_school_holidays_and_a_period_backwards_is_refused_at_its_field()
    {
        var draft = new AnswerDraft { Step = SurveyStep.Needs, Consent = true, HouseholdType = "outgoing", AreaCode = "altstadt", Extra = { ["shift"] = "early" } };
        SurveyFlow.Apply(draft, SurveyFlow.AddHolidayCare, _survey);
        var need = draft.Needs[0];
        (need.Persons, need.Windows[0]) = ("2", new WindowDraft { Days = ["monday", "tuesday", "wednesday", "thursday", "friday"], From = "8", To = "16" });
        Assert.Empty(DraftRules.CheckAll(draft, _survey));
        var answered = DraftAnswer.From(draft, _survey).Needs!.Single();
        Assert.Equal(("ferienbetreuung", null, null, 5), (answered.Category, answered.From, answered.Until, answered.Windows!.Count));

        (need.From, need.Until) = ("3.8.2027", "30.7.2027");
        Assert.Equal([new DraftError("needs[0].until", "ErrUntilBeforeFrom")], DraftRules.Check(SurveyStep.Needs, draft, _survey));
    }

    [Theory]
    [InlineData("de", "Ferienbetreuung angeben", "Ab welchem Tag in den Schulferien?", "Bis zu welchem Tag in den Schulferien?", "Leer lassen, wenn Sie in allen Schulferien")]
    [InlineData("en", "Add holiday care", "From which day of the school holidays?", "Until which day of the school holidays?", "Leave empty if you need care in all school holidays")]
    public async Task The_needs_step_asks_for_the_weeks_and_hours_in_the_school_holidays_in_the_page_language(
        string language, string button, string from, string until, string hint)
    {
        var draft = new AnswerDraft { Step = SurveyStep.Needs, Language = language };
        draft.Needs.Add(new NeedDraft { Category = NeedDraft.HolidayCare, From = "3.8.2027", Until = "30.7.2027" });
        var l = UiLanguage.Of(language);

        var html = await RenderAsync(draft, l, [new DraftError("needs[1].until", "ErrUntilBeforeFrom")]);

        Assert.Contains($"value=\"{SurveyFlow.AddHolidayCare}\"", html);
        Assert.Contains(button, html);
        // The first need is of no category yet and asks for the period as every need does; the holiday-care need for the holiday days.
        Assert.Contains(l["PeriodFrom"], html);
        Assert.Contains(from, html);
        Assert.Contains(until, html);
        Assert.Contains(hint, html);
        Assert.Contains(l["HolidayTimesHint"], html);
        // The message stands at the field, in the page's language.
        var field = html.IndexOf("id=\"needs-1-until\"", StringComparison.Ordinal);
        Assert.True(field > 0);
        Assert.Contains(l["ErrUntilBeforeFrom"], html[html.LastIndexOf("<div", field, StringComparison.Ordinal)..]);
    }

    private static readonly ServiceProvider Services = new ServiceCollection().AddLogging().BuildServiceProvider();

    private async Task<string> RenderAsync(AnswerDraft draft, UiLanguage language, List<DraftError> errors)
    {
        await using var renderer = new HtmlRenderer(Services, Services.GetRequiredService<ILoggerFactory>());
        var parameters = new Dictionary<string, object?> { [nameof(Step.Draft)] = draft, [nameof(Step.Survey)] = _survey, [nameof(Step.L)] = language, [nameof(Step.Errors)] = errors };
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<Step>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>The needs step with the language and messages the answer form cascades to it.</summary>
    private sealed class Step : ComponentBase
    {
        [Parameter] public AnswerDraft Draft { get; set; } = default!;

        [Parameter] public PublicSurvey Survey { get; set; } = default!;

        [Parameter] public UiLanguage L { get; set; } = default!;

        [Parameter] public List<DraftError> Errors { get; set; } = [];

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent<CascadingValue<UiLanguage>>(0);
            builder.AddComponentParameter(1, "Value", L);
            builder.AddComponentParameter(2, "ChildContent", (RenderFragment)(errors =>
            {
                errors.OpenComponent<CascadingValue<List<DraftError>>>(0);
                errors.AddComponentParameter(1, "Value", Errors);
                errors.AddComponentParameter(2, "ChildContent", (RenderFragment)(step =>
                {
                    step.OpenComponent<NeedsStep>(0);
                    step.AddComponentParameter(1, nameof(NeedsStep.Draft), Draft);
                    step.AddComponentParameter(2, nameof(NeedsStep.Survey), Survey);
                    step.CloseComponent();
                }));
                errors.CloseComponent();
            }));
            builder.CloseComponent();
        }
    }
}
