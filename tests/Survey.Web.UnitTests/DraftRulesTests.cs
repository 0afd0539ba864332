using GutAusgestattet.SurveyWeb.Answering;

namespace GutAusgestattet.SurveyWeb.UnitTests;

public sealed class DraftRulesTests
{
    private readonly GutAusgestattet.SurveyWeb.SurveysApi.PublicSurvey _survey = Surveys.Template();

    private static AnswerDraft Valid() => new()
    {
        Consent = true, HouseholdType = "incoming", AreaCode = "altstadt",
        Needs = [new NeedDraft { Category = "krippe", Persons = "2", Windows = [new WindowDraft { Days = ["monday"], From = "6", To = "8:30" }] }],
        Extra = { ["shift"] = "early" },
    };

    private List<string> Errors(AnswerDraft draft) => DraftRules.CheckAll(draft, _survey).Select(e => $"{e.Name}:{e.MessageKey}").ToList();

    [Fact]
    public void A_complete_draft_passes_every_step() => Assert.Empty(Errors(Valid()));

    [Theory]
    [InlineData("consent", "consent:ErrConsent")]
    [InlineData("household", "householdType:ErrHouseholdType")]
    [InlineData("area", "areaCode:ErrArea")]
    [InlineData("category", "needs[0].category:ErrCategory")]
    [InlineData("persons0", "needs[0].persons:ErrPersons")]
    [InlineData("persons21", "needs[0].persons:ErrPersons")]
    [InlineData("personsText", "needs[0].persons:ErrPersons")]
    [InlineData("noDays", "needs[0].windows[0].days:ErrWindowDays")]
    [InlineData("badFrom", "needs[0].windows[0].from:ErrTime")]
    [InlineData("startAt24", "needs[0].windows[0].from:ErrTime")]
    [InlineData("sameTimes", "needs[0].windows[0].to:ErrTimeSame")]
    [InlineData("badDate", "needs[0].from:ErrDate")]
    [InlineData("untilBeforeFrom", "needs[0].until:ErrUntilBeforeFrom")]
    [InlineData("ageBand", "needs[0].ageBand:ErrChoice")]
    [InlineData("requiredExtra", "extra.shift:ErrRequired")]
    [InlineData("number", "extra.km:ErrNumber")]
    [InlineData("yesNo", "extra.car:ErrChoice")]
    [InlineData("longText", "extra.note:ErrTextLength")]
    [InlineData("languages", "languages:ErrTooManyLanguages")]
    [InlineData("workplaceArea", "workplace.areaCode:ErrWorkplace")]
    [InlineData("place", "needs[0].windows[0].place:ErrChoice")]
    [InlineData("placeWithoutWorkplace", "needs[0].windows[0].place:ErrPlaceNoWorkplace")]
    [InlineData("placeOnADayAtHome", "needs[0].windows[0].place:ErrPlaceAwayDays")]
    public void Each_rule_names_its_field(string broken, string expected)
    {
        var draft = Valid();
        var need = draft.Needs[0];
        var window = need.Windows[0];
        switch (broken)
        {
            case "consent": draft.Consent = false; break;
            case "household": draft.HouseholdType = "tourist"; break;
            case "area": draft.AreaCode = "nowhere"; break;
            case "category": need.Category = null; break;
            case "persons0": need.Persons = "0"; break;
            case "persons21": need.Persons = "21"; break;
            case "personsText": need.Persons = "zwei"; break;
            case "noDays": window.Days = []; break;
            case "badFrom": window.From = "25:00"; break;
            case "startAt24": window.From = "24:00"; break;
            case "sameTimes": window.To = "06:00"; break;
            case "badDate": need.From = "31.02.2027"; break;
            case "untilBeforeFrom": (need.From, need.Until) = ("2027-03-01", "1.2.2027"); break;
            case "ageBand": need.AgeBand = "99"; break;
            case "requiredExtra": draft.Extra.Remove("shift"); break;
            case "number": draft.Extra["km"] = "weit"; break;
            case "yesNo": draft.Extra["car"] = "maybe"; break;
            case "longText": draft.Extra["note"] = new string('x', 2001); break;
            case "languages": draft.Languages = ["de", "en", "tr", "ar", "uk", "pl", "ru", "ro", "it", "el", "fr"]; break;
            case "workplaceArea": draft.WorkplaceArea = "nowhere"; break;
            case "place": (draft.WorkplaceArea, window.Place) = ("altstadt", "office"); break;
            case "placeWithoutWorkplace": window.Place = "workplace"; break;
            // Away on Mondays and Tuesdays; the row asks Monday and Friday near the workplace.
            case "placeOnADayAtHome": (draft.WorkplaceArea, draft.AwayDays, window.Place, window.Days) = ("altstadt", ["monday", "tuesday"], "either", ["monday", "friday"]); break;
        }
        Assert.Equal([expected], Errors(draft));
    }

    [Fact]
    public void An_empty_time_row_is_no_error_and_is_left_out_of_the_answer()
    {
        var draft = Valid();
        draft.Needs[0].Windows.Add(new WindowDraft());
        Assert.Empty(Errors(draft));
        Assert.Single(DraftAnswer.From(draft, _survey).Needs![0].Windows!);
    }

    [Fact]
    public void A_time_row_becomes_one_window_per_day_and_ending_before_it_starts_runs_overnight()
    {
        var draft = Valid();
        draft.Needs[0].Windows = [new WindowDraft { Days = ["friday", "saturday"], From = "22.00", To = "0600" }];
        draft.Extra["km"] = "2,5";
        var answer = DraftAnswer.From(draft, _survey);
        Assert.Equal(
            [new(DayOfWeek.Friday, "22:00", "06:00", true), new(DayOfWeek.Saturday, "22:00", "06:00", true)],
            answer.Needs![0].Windows!);
        Assert.Equal("2.5", answer.Extra!["km"]);
        Assert.Equal("2026-2", answer.ConsentVersion);
    }

    /// <summary>A row near the workplace gives its place to each of its days' windows; the workplace is the municipality's own area.</summary>
    [Fact]
    public void A_row_near_the_workplace_sends_its_place_with_each_day_and_the_workplace_with_the_municipality()
    {
        var draft = Valid();
        (draft.WorkplaceArea, draft.AwayDays) = ("altstadt", ["monday", "tuesday"]);
        draft.Needs[0].Windows = [new WindowDraft { Days = ["monday", "tuesday"], From = "8", To = "16", Place = "workplace" },
            new WindowDraft { Days = ["friday"], From = "8", To = "16", Place = "home" }];
        Assert.Empty(Errors(draft));

        var answer = DraftAnswer.From(draft, _survey);
        Assert.Equal([new(DayOfWeek.Monday, "08:00", "16:00", false, "workplace"), new(DayOfWeek.Tuesday, "08:00", "16:00", false, "workplace"),
            new(DayOfWeek.Friday, "08:00", "16:00", false)], answer.Needs![0].Windows!);
        Assert.Equal(new GutAusgestattet.SurveyWeb.SurveysApi.SubmittedWorkplace(_survey.TenantId, "altstadt"), answer.Workplace);
        Assert.Null(DraftAnswer.From(Valid(), _survey).Workplace);
    }

    [Fact]
    public void An_employer_is_one_the_survey_lists_and_is_sent_by_its_id()
    {
        var employer = new GutAusgestattet.SurveyWeb.SurveysApi.Employer(Guid.NewGuid(), "Beispiel AG");
        var survey = _survey with { Employers = [employer] };
        var draft = Valid();
        draft.EmployerId = employer.Id.ToString();
        Assert.Empty(DraftRules.CheckAll(draft, survey));
        Assert.Equal(employer.Id, DraftAnswer.From(draft, survey).EmployerId);
        Assert.Null(DraftAnswer.From(Valid(), survey).EmployerId);

        // A partner the survey does not list (its agreement ended meanwhile, or a tampered form) is refused at the question.
        draft.EmployerId = Guid.NewGuid().ToString();
        Assert.Equal(["employerId:ErrEmployer"], DraftRules.CheckAll(draft, survey).Select(e => $"{e.Name}:{e.MessageKey}"));
        Assert.Equal(["employerId:ErrEmployer"], Errors(draft)); // and by a survey listing none
    }
}
