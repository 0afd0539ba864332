using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using GutAusgestattet.DesignSystem.Forms;
using GutAusgestattet.PlannerWeb.Forms;
using GutAusgestattet.PlannerWeb.Gaps;
using GutAusgestattet.PlannerWeb.Localization;
using GutAusgestattet.PlannerWeb.Outreach;
using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.PlannerWeb.Suggestions;
using GutAusgestattet.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace GutAusgestattet.PlannerWeb.UnitTests;

/// <summary>The outreach pages' own logic: what a card may be moved to, Partners' refusals and reasons in German, the step form, the gap a key names.</summary>
public sealed class OutreachTests
{
    private static readonly IStringLocalizer<Texts> T =
        new StringLocalizer<Texts>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static OutreachCase Card(string stage, params string[] allowed) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "Nah Logistik", ["kita:mitte:time"], stage, allowed, null, null, null, DateTimeOffset.UnixEpoch, null);

    private static ServiceProblem Problem(string json) => JsonSerializer.Deserialize<ServiceProblem>(json, ServiceCalls.Json)!;

    /// <summary>The pages' texts as a planner reads them by default; the test host's own culture may be any.</summary>
    private static void InGerman() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");

    [Fact]
    public void A_card_can_be_sent_to_every_other_stage_and_back_into_the_pipeline_only_where_Partners_allows_a_reopen()
    {
        Assert.Equal(["contacted", "inTalks", "agreed", "declined", "paused"], OutreachStages.MoveTargets(Card("identified", "contacted", "declined", "paused")));
        Assert.Equal(["identified", "contacted", "inTalks", "agreed", "declined", "reopen"], OutreachStages.MoveTargets(Card("paused", "reopen")));
    }

    [Fact]
    public void A_step_the_rules_forbid_is_named_at_its_field_with_the_steps_Partners_allows_in_German()
    {
        InGerman();
        var refused = Problem("""
            {"title": "An outreach that is inTalks cannot take the step 'contacted'.", "detail": "Allowed next steps: agreed, declined, paused.",
             "currentStage": "inTalks", "allowedNextSteps": ["agreed", "declined", "paused"]}
            """);

        var message = Assert.Single(OutreachStages.Refusal(refused, "contacted", "move-1", _ => "elsewhere", T));

        Assert.Equal(new FieldMessage("move-1", "„angesprochen“ ist bei einer Ansprache im Stand „im Gespräch“ nicht möglich. Möglich ist: vereinbart, abgelehnt oder pausiert."), message);
        var paused = Problem("""{"currentStage": "paused", "allowedNextSteps": ["reopen"]}""");
        Assert.EndsWith("Möglich ist: wieder aufnehmen.", Assert.Single(OutreachStages.Refusal(paused, "inTalks", "stage", _ => "stage", T)).Message);
        var agreed = Problem("""{"currentStage": "agreed", "allowedNextSteps": []}""");
        Assert.Equal("„abgelehnt“ ist bei einer Ansprache im Stand „vereinbart“ nicht möglich: Es folgt kein weiterer Schritt.",
            Assert.Single(OutreachStages.Refusal(agreed, "declined", "stage", _ => "stage", T)).Message);
    }

    [Fact]
    public void Any_other_refusal_is_shown_at_the_fields_it_names_in_Partners_words()
    {
        InGerman();
        var refused = Problem("""{"title": "One or more validation errors occurred.", "errors": {"nextDue": ["The next step cannot be due before this one happened."]}}""");

        var message = Assert.Single(OutreachStages.Refusal(refused, "contacted", "stage", StepForm.FieldIdOf, T));

        Assert.Equal(new FieldMessage("nextDue", "Vom Partnerdienst abgelehnt: The next step cannot be due before this one happened."), message);
    }

    [Fact]
    public void Reasons_read_as_sentences_with_their_points_of_the_most_each_factor_gives()
    {
        InGerman();

        Assert.Equal("Nah an der Lücke: Ein Standort liegt im Ortsteil oder nicht weit davon (39,6 von 40 Punkten).",
            ReasonTexts.Sentence(new SuggestionReason("nearness", 39.6, "site 'Werk' lies 0.2 km from the centre of mitte"), T));
        Assert.Equal("Frühere Zusammenarbeit: Eine Ansprache führte schon zu einer Vereinbarung (10 von 10 Punkten).",
            ReasonTexts.Sentence(new SuggestionReason("cooperation", 10, "an earlier outreach reached an agreement"), T));
        Assert.Equal("Ein weiterer Grund (2,5 Punkte).", ReasonTexts.Sentence(new SuggestionReason("transit", 2.5, "a tram stop"), T));
    }

    [Fact]
    public void A_gap_key_is_named_like_the_gap_and_a_key_of_another_shape_stays_as_it_is()
    {
        InGerman();
        var areas = new AreaNames(new Dictionary<string, string> { ["mitte"] = "Mitte" });

        Assert.Equal("Kita (Ü3) in Mitte: Zeitlich", GapNames.OfKey("kita:mitte:time", areas, T));
        Assert.Equal("kita:mitte:sometimes", GapNames.OfKey("kita:mitte:sometimes", areas, T));
        Assert.Equal("kita-mitte", GapNames.OfKey("kita-mitte", areas, T));
    }

    [Fact]
    public void The_step_form_becomes_the_step_with_days_as_typed_and_empty_fields_left_out()
    {
        var form = StepForm.Read(new FormCollection(new Dictionary<string, StringValues>
        {
            ["stage"] = "paused", ["on"] = "04.12.2026", ["owner"] = " k.meier ", ["note"] = " Betriebsferien ", ["nextDue"] = "2027-01-07", ["nextOwner"] = " ",
        }));

        Assert.Equal(new OutreachStep("paused", "k.meier", new DateOnly(2026, 12, 4), "Betriebsferien", new DateOnly(2027, 1, 7), null), form.ToStep(out var rules));
        Assert.Empty(rules);
    }

    [Fact]
    public void The_step_form_names_a_missing_stage_and_owner_and_a_day_it_cannot_read()
    {
        var form = new StepForm("", "morgen", " ", "", "", "");

        Assert.Null(form.ToStep(out var rules));
        Assert.Equal([new InputRule("stage", "Outreach_StageMissing"), new InputRule("on", "Outreach_DayRule"), new InputRule("owner", "Outreach_OwnerMissing")], rules);
    }

    [Fact]
    public async Task A_reopen_goes_to_its_own_address_without_a_stage_and_a_move_to_the_steps()
    {
        var sent = new List<(string Path, string Body)>();
        var client = new OutreachClient(new HttpClient(new Recording(sent)) { BaseAddress = new Uri("http://partners") }, NullLogger<OutreachClient>.Instance);
        var id = Guid.NewGuid();

        await client.StepAsync(id, new OutreachStep(OutreachStages.Reopen, "k.meier", null, null, null, null), CancellationToken.None);
        await client.StepAsync(id, new OutreachStep("contacted", "k.meier", null, "Anruf", null, null), CancellationToken.None);

        Assert.Equal([($"/api/outreach/{id}/reopen", """{"owner":"k.meier"}"""), ($"/api/outreach/{id}/steps", """{"stage":"contacted","owner":"k.meier","note":"Anruf"}""")], sent);
    }

    private sealed class Recording(List<(string Path, string Body)> sent) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            sent.Add((request.RequestUri!.AbsolutePath, await request.Content!.ReadAsStringAsync(ct)));
            return new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent("", Encoding.UTF8) };
        }
    }
}
