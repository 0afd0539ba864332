using GutAusgestattet.SurveyWeb.Answering;

namespace GutAusgestattet.SurveyWeb.UnitTests;

public sealed class SurveyFlowTests
{
    private readonly GutAusgestattet.SurveyWeb.SurveysApi.PublicSurvey _survey = Surveys.Template();

    [Fact]
    public void Next_stays_on_a_step_with_errors_and_moves_on_without()
    {
        var draft = new AnswerDraft();
        Assert.Single(SurveyFlow.Apply(draft, SurveyFlow.Next, _survey).Errors);
        Assert.Equal(SurveyStep.About, draft.Step);
        draft.Consent = true;
        Assert.Empty(SurveyFlow.Apply(draft, SurveyFlow.Next, _survey).Errors);
        Assert.Equal(SurveyStep.Household, draft.Step);
    }

    [Fact]
    public void Back_and_language_never_check_and_never_lose_anything()
    {
        var draft = new AnswerDraft { Step = SurveyStep.Needs, Consent = true, HouseholdType = "incoming" };
        draft.Needs[0].Persons = "oops";
        Assert.Empty(SurveyFlow.Apply(draft, "lang:ar", _survey).Errors);
        Assert.Equal(("ar", SurveyStep.Needs, "oops"), (draft.Language, draft.Step, draft.Needs[0].Persons));
        Assert.Empty(SurveyFlow.Apply(draft, "lang:fr", _survey).Errors); // not a language of this survey
        Assert.Equal("ar", draft.Language);
        Assert.Empty(SurveyFlow.Apply(draft, SurveyFlow.Back, _survey).Errors);
        Assert.Equal((SurveyStep.Household, "oops"), (draft.Step, draft.Needs[0].Persons));
    }

    [Fact]
    public void Needs_and_time_rows_are_added_and_removed_up_to_their_limits_and_the_new_field_gets_the_focus()
    {
        var draft = new AnswerDraft { Step = SurveyStep.Needs };
        Assert.Equal("needs[1].category", SurveyFlow.Apply(draft, SurveyFlow.AddNeed, _survey).Focus);
        Assert.Equal("needs[1].windows[2].days", SurveyFlow.Apply(draft, "addWindow:1", _survey).Focus);
        SurveyFlow.Apply(draft, "addWindow:1", _survey);
        Assert.Equal(NeedDraft.MaxWindows, draft.Needs[1].Windows.Count);
        SurveyFlow.Apply(draft, "removeNeed:0", _survey);
        Assert.Single(draft.Needs);
        SurveyFlow.Apply(draft, "removeNeed:0", _survey);
        Assert.Single(draft.Needs); // the last need stays
        SurveyFlow.Apply(draft, "addWindow:7", _survey);
        Assert.Single(draft.Needs);
    }

    [Fact]
    public void Send_checks_every_step_and_returns_to_the_first_error()
    {
        var draft = new AnswerDraft { Step = SurveyStep.Check, Consent = true, HouseholdType = "incoming", AreaCode = "altstadt", Extra = { ["shift"] = "late" } };
        var outcome = SurveyFlow.Apply(draft, SurveyFlow.Send, _survey);
        Assert.False(outcome.SendNow);
        Assert.Equal(SurveyStep.Needs, draft.Step);
        draft.Needs[0].Category = "kita";
        draft.Needs[0].Persons = "1";
        draft.Step = SurveyStep.Check;
        Assert.True(SurveyFlow.Apply(draft, SurveyFlow.Send, _survey).SendNow);
    }

    [Fact]
    public void Change_goes_back_to_an_earlier_step_only()
    {
        var draft = new AnswerDraft { Step = SurveyStep.Check };
        SurveyFlow.Apply(draft, "goto:Household", _survey);
        Assert.Equal(SurveyStep.Household, draft.Step);
        SurveyFlow.Apply(draft, "goto:Sent", _survey);
        Assert.Equal(SurveyStep.Household, draft.Step);
    }

    [Fact]
    public void The_draft_survives_the_hidden_field_and_a_foreign_field_starts_afresh()
    {
        var draft = new AnswerDraft { Step = SurveyStep.More, HouseholdType = "both", InvitationCode = "7KQ2-MX9D-4HRT", Extra = { ["note"] = "Schicht ab 5 Uhr – ü ع" } };
        draft.Needs[0].Windows[1].Days = ["sunday"];
        var back = DraftCodec.Decode(DraftCodec.Encode(draft))!;
        Assert.Equal((SurveyStep.More, "both", "7KQ2-MX9D-4HRT", draft.IdempotencyKey, "Schicht ab 5 Uhr – ü ع", "sunday"),
            (back.Step, back.HouseholdType, back.InvitationCode, back.IdempotencyKey, back.Extra["note"], back.Needs[0].Windows[1].Days[0]));
        Assert.Null(DraftCodec.Decode("not base64 at all!"));
        Assert.Null(DraftCodec.Decode(""));
    }
}
