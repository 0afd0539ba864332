using GutAusgestattet.DesignSystem.Forms;
using GutAusgestattet.SurveyWeb.Answering;
using GutAusgestattet.SurveyWeb.SurveysApi;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace GutAusgestattet.SurveyWeb.UnitTests;

/// <summary>
/// A workplace in another municipality sharing the platform: offered under its name, taken from the form as sent, accepted only
/// when it is one of the choices, and sent as that municipality's AGS and area code.
/// </summary>
public sealed class WorkplaceChoicesTests
{
    private const string Fuerth = "09563000";

    private readonly PublicSurvey _survey = Surveys.Template() with
    {
        Workplaces = [new(Fuerth, "Stadt Fürth", [new("mitte", "Innenstadt"), new("sued", "Südstadt")])],
    };

    private static AnswerDraft Working(string workplace) => new()
    {
        Consent = true, HouseholdType = "incoming", AreaCode = "altstadt", WorkplaceArea = workplace,
        Needs = [new NeedDraft { Category = "krippe", Persons = "1", Windows = [new WindowDraft { Days = ["monday"], From = "8", To = "16" }] }],
        Extra = { ["shift"] = "early" },
    };

    [Fact]
    public void The_own_areas_come_first_and_the_other_municipalities_areas_under_their_name()
    {
        Assert.Equal([new Option("altstadt", "Altstadt"), new Option("mitte", "Mitte"),
            new Option($"{Fuerth}:mitte", "Innenstadt", "Stadt Fürth"), new Option($"{Fuerth}:sued", "Südstadt", "Stadt Fürth")],
            WorkplaceChoices.Options(_survey));
    }

    [Fact]
    public void An_area_of_another_municipality_is_taken_from_the_form_checked_and_sent_with_its_ags()
    {
        var draft = Working("");
        DraftForm.Apply(draft, SurveyStep.Household, new FormCollection(new Dictionary<string, StringValues>
        {
            [FieldNames.HouseholdType] = "incoming", [FieldNames.AreaCode] = "altstadt", [FieldNames.WorkplaceArea] = $"{Fuerth}:sued",
        }), []);

        Assert.Equal($"{Fuerth}:sued", draft.WorkplaceArea);
        Assert.Empty(DraftRules.CheckAll(draft, _survey));
        var workplace = DraftAnswer.From(draft, _survey).Workplace!;
        Assert.Equal(new SubmittedWorkplace(Fuerth, "sued"), workplace);
        Assert.Equal("Südstadt (Stadt Fürth)", WorkplaceChoices.Text(_survey, workplace));
    }

    [Fact]
    public void An_own_area_is_still_sent_with_the_surveying_municipality()
    {
        var draft = Working("mitte");
        Assert.Empty(DraftRules.CheckAll(draft, _survey));
        Assert.Equal(new SubmittedWorkplace(_survey.TenantId, "mitte"), DraftAnswer.From(draft, _survey).Workplace);
        Assert.Equal("Mitte", WorkplaceChoices.Text(_survey, new SubmittedWorkplace(_survey.TenantId, "mitte")));
    }

    /// <summary>Only the listed values: an unknown area, a municipality not listed, or the own municipality spelt with its AGS.</summary>
    [Theory]
    [InlineData("09563000:nord")]
    [InlineData("09564000:mitte")]
    [InlineData("09162000:altstadt")]
    [InlineData("sued")]
    public void A_workplace_not_listed_is_refused_at_its_field(string value)
    {
        var draft = Working(value);
        Assert.Equal([$"{FieldNames.WorkplaceArea}:ErrWorkplace"], DraftRules.CheckAll(draft, _survey).Select(e => $"{e.Name}:{e.MessageKey}"));
        Assert.Null(DraftAnswer.From(draft, _survey).Workplace);
    }
}
