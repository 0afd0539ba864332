using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using static GutAusgestattet.FunctionalTests.Surveying;

namespace GutAusgestattet.FunctionalTests;

/// <summary>The needs survey end to end: definitions, public answers, demand through RabbitMQ, receipts.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SurveysTests(PlatformFixture platform)
{
    private sealed record SurveyVersionView(Guid SurveyId, int Version, bool Draft, JsonElement Definition);

    private sealed record PublicSurvey(Guid Id, int Version, string TenantId, string Language, List<string> Languages, string Title, string ConsentVersion,
        string ConsentText, JsonElement Responsible, int RetentionDays, List<PublicChoice> Areas);

    private static readonly string[] TemplateLanguages = ["de", "en", "tr", "ar", "uk", "pl", "ru"];

    /// <summary>A text in every language of the template, as an added question must have.</summary>
    private static Dictionary<string, string> InEveryLanguage(string text) => TemplateLanguages.ToDictionary(l => l, l => $"{l}: {text}");

    private sealed record PublicChoice(string Value, string Text);

    [Fact]
    public async Task Template_survey_published_and_answered_in_two_of_its_languages_reports_demand_with_survey_and_version()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.LearnAreas(tenant, "altstadt");
        var surveys = platform.Client("surveys", tenant);
        await using var published = await platform.Probe<SurveyPublished>();
        await using var needs = await platform.Probe<NeedsReported>();

        var draft = await surveys.PostAsJsonAsync("/api/surveys", new
        {
            questions = new[] { new { id = "commute", type = "text", required = false, text = InEveryLanguage("Wie pendeln Sie?") } },
            responsible = Responsible,
            retentionDays = 200,
        }).Created<SurveyVersionView>();
        Assert.True(draft.Draft);
        Assert.Contains("householdType", draft.Definition.GetProperty("questions").ToString());
        Assert.Equal(TemplateLanguages, draft.Definition.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        var id = draft.SurveyId;

        // A planner adds Romanian before publishing: every text must then exist in Romanian.
        var missingRomanian = await surveys.PutAsJsonAsync($"/api/surveys/{id}/draft", WithLanguage(draft.Definition, "ro", complete: false));
        Assert.True((await Problem(missingRomanian, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("title.ro", out _));
        (await surveys.PutAsJsonAsync($"/api/surveys/{id}/draft", WithLanguage(draft.Definition, "ro", complete: true))).EnsureSuccessStatusCode();

        (await surveys.PostAsync($"/api/surveys/{id}/publish", null)).EnsureSuccessStatusCode();
        var announced = await published.Next(m => m.SurveyId == id);
        Assert.Equal((tenant.Value, 1), (announced.Tenant, announced.Message.Version));
        Assert.Equal([.. TemplateLanguages, "ro"], announced.Message.Languages);

        var anonymous = platform.App.CreateHttpClient("surveys");
        var english = (await anonymous.GetFromJsonAsync<PublicSurvey>($"/public/surveys/{id}?lang=en"))!;
        Assert.Equal(("en", "Needs survey: care for multilocal households"), (english.Language, english.Title));
        Assert.Contains(english.Areas, a => a.Value == "altstadt");
        // What the web app shows before the first question: whose survey it is, who is responsible, how long answers are kept.
        Assert.Equal((tenant.Value, 200, "2026-2"), (english.TenantId, english.RetentionDays, english.ConsentVersion));
        Assert.Equal(("Stadt Nürnberg", "sozialplanung@stadt.example"),
            (english.Responsible.GetProperty("municipality").GetString(), english.Responsible.GetProperty("email").GetString()));
        Assert.Equal([.. TemplateLanguages, "ro"], english.Languages);
        var romanian = (await anonymous.GetFromJsonAsync<PublicSurvey>($"/public/surveys/{id}?lang=ro"))!;
        Assert.StartsWith("RO:", romanian.Title);
        var turkish = (await anonymous.GetFromJsonAsync<PublicSurvey>($"/public/surveys/{id}?lang=tr"))!;
        Assert.Equal("tr", turkish.Language);
        Assert.Contains("GDPR Madde 9", turkish.ConsentText);
        var fallback = (await anonymous.GetFromJsonAsync<PublicSurvey>($"/public/surveys/{id}?lang=fr"))!;
        Assert.Equal("de", fallback.Language);

        var first = await (await anonymous.SendAsync(Submit(id, Answer("de")))).Content.ReadFromJsonAsync<Receipt>();
        var second = await (await anonymous.SendAsync(Submit(id, Answer("uk")))).Content.ReadFromJsonAsync<Receipt>();

        foreach (var receipt in new[] { first!, second! })
        {
            var reported = await needs.Next(m => m.ResponseId == receipt.ResponseId);
            Assert.Equal((tenant.Value, (Guid?)id, (int?)1), (reported.Tenant, reported.Message.SurveyId, reported.Message.SurveyVersion));
            var item = Assert.Single(reported.Message.Items);
            Assert.Equal(("incoming", "krippe", "altstadt", 1, "0-2"), (item.HouseholdType, item.Category, item.AreaCode, item.Persons, item.AgeBand));
            Assert.Equal([new DemandWindow(DayOfWeek.Monday, 360, 480, false), new DemandWindow(DayOfWeek.Friday, 1320, 360, true)], item.Windows);
            Assert.Equal((new DateOnly(2027, 7, 31), true, "immediate", "notMet"), (item.Until!.Value, item.Temporary!.Value, item.Urgency, item.MetToday));
            Assert.Equal(["pl", "de"], item.PreferredLanguages);
            Assert.DoesNotContain("awayDays", reported.Envelope); // raw answers stay in the survey service
        }

        var view = await (await anonymous.Receipt(HttpMethod.Get, second!.ReceiptCode)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("uk", "2026-2", "uk"), (view.GetProperty("language").GetString(), view.GetProperty("consentVersion").GetString(), view.GetProperty("consentLanguage").GetString()));
    }

    private static object WithLanguage(JsonElement definition, string language, bool complete)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(definition.GetRawText())!;
        node["languages"]!.AsArray().Add(language);
        void Translate(System.Text.Json.Nodes.JsonNode? texts)
        {
            if (texts is System.Text.Json.Nodes.JsonObject o && o["de"] is { } de) o[language] = $"{language.ToUpperInvariant()}: {de.GetValue<string>()}";
        }
        if (complete)
        {
            Translate(node["title"]);
            Translate(node["consent"]!["text"]);
            foreach (var q in node["questions"]!.AsArray())
            {
                Translate(q!["text"]);
                foreach (var c in q["choices"]?.AsArray() ?? []) Translate(c!["text"]);
            }
        }
        return node;
    }

    [Fact]
    public async Task A_repeated_submit_answers_with_the_first_receipt_and_is_counted_once()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.LearnAreas(tenant, "altstadt");
        var id = await platform.PublishedSurvey(tenant);
        var anonymous = platform.App.CreateHttpClient("surveys");
        await using var needs = await platform.Probe<NeedsReported>();

        var first = await anonymous.SendAsync(Submit(id, Answer(), key: "same-key-123"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var again = await anonymous.SendAsync(Submit(id, Answer(), key: "same-key-123"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var (a, b) = (await first.Content.ReadFromJsonAsync<Receipt>(), await again.Content.ReadFromJsonAsync<Receipt>());
        Assert.Equal((a!.ResponseId, a.ReceiptCode), (b!.ResponseId, b.ReceiptCode));

        await Problem(await anonymous.SendAsync(Submit(id, Answer(language: "en"), key: "same-key-123")), HttpStatusCode.UnprocessableEntity);
        await Problem(await anonymous.PostAsJsonAsync($"/public/surveys/{id}/responses", Answer()), HttpStatusCode.BadRequest); // no key
        await Problem(await anonymous.SendAsync(Submit(id, Answer(), key: "limesurvey:17")), HttpStatusCode.BadRequest); // reserved for imports

        await needs.Next(m => m.ResponseId == a.ResponseId);
        await needs.ExpectNone(m => m.TenantId == tenant.Value);
    }

    public static TheoryData<string, object, string> InvalidAnswers => new()
    {
        { "missing required answer", new { language = "de", consentVersion = "2026-2", consent = true, areaCode = "altstadt", needs = new[] { new { category = "kita", persons = 1 } } }, "householdType" },
        { "no needs", new { language = "de", consentVersion = "2026-2", consent = true, householdType = "outgoing", areaCode = "altstadt" }, "needs" },
        { "window ends before it starts", Answer(windows: new[] { new { day = "monday", from = "08:00", to = "06:00", overnight = false } }), "needs[0].windows[0].to" },
        { "window outside the day", Answer(windows: new[] { new { day = "monday", from = "06:00", to = "25:00", overnight = false } }), "needs[0].windows[0].to" },
        { "unknown area", Answer(area: "atlantis"), "areaCode" },
        { "unknown category", Answer(category: "zoo"), "needs[0].category" },
        { "period ends before it starts", Answer(until: "2026-12-31"), "needs[0].until" },
        { "care near the workplace on a day at home", Answer(windows: new[] { new { day = "friday", from = "08:00", to = "16:00", overnight = false, place = "workplace" } },
            workplace: new { ags = "09162000", areaCode = "altstadt" }), "needs[0].windows[0].place" },
        { "no consent", new { language = "de", consentVersion = "2026-2", consent = false, householdType = "other", areaCode = "altstadt", needs = new[] { new { category = "kita", persons = 1 } } }, "consent" },
    };

    [Theory]
    [MemberData(nameof(InvalidAnswers))]
    public async Task An_invalid_answer_gets_problem_details_naming_the_field_and_nothing_is_stored(string rule, object body, string field)
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.LearnAreas(tenant, "altstadt");
        var id = await platform.PublishedSurvey(tenant);
        await using var needs = await platform.Probe<NeedsReported>();

        var problem = await Problem(await platform.App.CreateHttpClient("surveys").SendAsync(Submit(id, body)), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{rule}: {problem}");
        await needs.ExpectNone(m => m.TenantId == tenant.Value);
    }

    [Fact]
    public async Task Closed_unknown_and_oversize_submissions_are_refused_and_nothing_is_stored()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.LearnAreas(tenant, "altstadt");
        var id = await platform.PublishedSurvey(tenant);
        var anonymous = platform.App.CreateHttpClient("surveys");
        await using var closed = await platform.Probe<SurveyClosed>();
        await using var needs = await platform.Probe<NeedsReported>();

        await Problem(await anonymous.SendAsync(Submit(Guid.NewGuid(), Answer())), HttpStatusCode.NotFound);
        var huge = new HttpRequestMessage(HttpMethod.Post, $"/public/surveys/{id}/responses")
        {
            Content = new StringContent($$"""{"language":"{{new string('x', 100_000)}}"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        huge.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        await Problem(await anonymous.SendAsync(huge), HttpStatusCode.RequestEntityTooLarge);

        (await platform.Client("surveys", tenant).PostAsync($"/api/surveys/{id}/close", null)).EnsureSuccessStatusCode();
        Assert.Equal((tenant.Value, 1), ((await closed.Next(m => m.SurveyId == id)).Tenant, 1));
        await Problem(await anonymous.SendAsync(Submit(id, Answer())), HttpStatusCode.Gone);
        await Problem(await anonymous.GetAsync($"/public/surveys/{id}"), HttpStatusCode.Gone);
        await needs.ExpectNone(m => m.TenantId == tenant.Value);
    }

    [Fact]
    public async Task Editing_a_published_survey_opens_a_new_version_and_answers_name_the_version_they_answered()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.LearnAreas(tenant, "altstadt");
        var surveys = platform.Client("surveys", tenant);
        var id = await platform.PublishedSurvey(tenant);
        var v1 = await surveys.GetFromJsonAsync<SurveyVersionView>($"/api/surveys/{id}/versions/1");

        var edit = System.Text.Json.Nodes.JsonNode.Parse(v1!.Definition.GetRawText())!;
        edit["title"]!["de"] = "Neuer Titel";
        var v2 = await surveys.PutAsJsonAsync($"/api/surveys/{id}/draft", edit).Created<SurveyVersionView>();
        Assert.Equal((2, true), (v2.Version, v2.Draft));
        var unchanged = await surveys.GetFromJsonAsync<SurveyVersionView>($"/api/surveys/{id}/versions/1");
        Assert.NotEqual("Neuer Titel", unchanged!.Definition.GetProperty("title").GetProperty("de").GetString());

        var anonymous = platform.App.CreateHttpClient("surveys");
        var before = await (await anonymous.SendAsync(Submit(id, Answer()))).Content.ReadFromJsonAsync<Receipt>();
        Assert.Equal(1, before!.SurveyVersion);
        (await surveys.PostAsync($"/api/surveys/{id}/publish", null)).EnsureSuccessStatusCode();
        var after = await (await anonymous.SendAsync(Submit(id, Answer()))).Content.ReadFromJsonAsync<Receipt>();
        Assert.Equal(2, after!.SurveyVersion);
        Assert.Equal("Neuer Titel", (await anonymous.GetFromJsonAsync<PublicSurvey>($"/public/surveys/{id}"))!.Title);
    }

    [Fact]
    public async Task The_receipt_shows_the_answers_and_withdrawal_deletes_them_and_reaches_NeedsWithdrawn()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.LearnAreas(tenant, "altstadt");
        var id = await platform.PublishedSurvey(tenant);
        var anonymous = platform.App.CreateHttpClient("surveys");
        await using var withdrawn = await platform.Probe<NeedsWithdrawn>();

        var receipt = await anonymous.SendAsync(Submit(id, Answer())).Created<Receipt>();
        var view = await (await anonymous.Receipt(HttpMethod.Get, receipt!.ReceiptCode.ToLowerInvariant())).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("altstadt", view.GetProperty("answers").GetProperty("areaCode").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.Receipt(HttpMethod.Delete, receipt.ReceiptCode)).StatusCode);
        var message = await withdrawn.Next(m => m.ResponseId == receipt.ResponseId);
        Assert.Equal(tenant.Value, message.Tenant);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Receipt(HttpMethod.Get, receipt.ReceiptCode)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Receipt(HttpMethod.Get, "AAAA-BBBB-CCCC-DDDD")).StatusCode);
    }

    /// <summary>
    /// An Incoming needs the Krippe near the workplace on Monday mornings (an away day) and at home on Friday nights: the need
    /// travels with each window's place, and the gaps are in the two areas — no offer anywhere, so a content gap in each.
    /// </summary>
    [Fact]
    public async Task A_need_near_the_workplace_on_an_away_day_is_demand_in_the_workplaces_area()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.LearnAreas(tenant, "altstadt", "gewerbe");
        var id = await platform.PublishedSurvey(tenant);
        await using var needs = await platform.Probe<NeedsReported>();
        var windows = new[]
        {
            new { day = "monday", from = "06:00", to = "08:00", overnight = false, place = "workplace" },
            new { day = "friday", from = "22:00", to = "06:00", overnight = true, place = "home" },
        };

        var receipt = await platform.App.CreateHttpClient("surveys")
            .SendAsync(Submit(id, Answer(windows: windows, from: null, until: null, workplace: new { ags = tenant.Value, areaCode = "gewerbe" }))).Created<Receipt>();

        var item = Assert.Single((await needs.Next(m => m.ResponseId == receipt.ResponseId)).Message.Items);
        Assert.Equal(("altstadt", tenant.Value), (item.AreaCode, item.WorkplaceAgs));
        Assert.Equal([new DemandWindow(DayOfWeek.Monday, 360, 480, false, "workplace", "gewerbe"), new DemandWindow(DayOfWeek.Friday, 1320, 360, true)], item.Windows!);
        var gaps = await Eventually.Get(() => platform.Client("gaps", tenant).List<Gap>("/api/gaps"), g => g.Count(x => x.Open) == 2, "a gap at each place");
        Assert.Equal(["krippe:altstadt:content", "krippe:gewerbe:content"], gaps.Where(g => g.Open).Select(g => g.Key).Order());
    }

    /// <summary>
    /// The workplace lies in a neighbouring municipality sharing the platform: its area is checked against that municipality's areas,
    /// and once both municipalities consent to the regional exchange, five such answers reach it as demand of people who work there.
    /// </summary>
    [Fact]
    public async Task A_need_at_a_workplace_in_a_consenting_neighbour_reaches_it_as_incoming_demand_from_five_answers()
    {
        var (home, work, id) = await platform.WorkingNeighbours();

        var unknown = await Problem(await platform.App.CreateHttpClient("surveys").SendAsync(Submit(id,
            Answer(windows: AtWorkOnMondays, workplace: new { ags = work.Value, areaCode = "hafen" }))), HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("workplace.areaCode", out _), unknown.ToString());
        var incoming = await Eventually.Get(() => platform.Client("gaps", work).GetFromJsonAsync<JsonElement>("/api/gaps/incoming"),
            v => v.GetProperty("cells").GetArrayLength() == 1, "the five answers to reach the workplace's municipality");
        var cell = incoming.GetProperty("cells")[0];
        Assert.Equal(("gewerbe", "krippe", "Mo 06:00–08:00", 5), (cell.GetProperty("areaCode").GetString(), cell.GetProperty("category").GetString(),
            cell.GetProperty("intervals").GetString(), cell.GetProperty("responses").GetInt32()));
    }

    [Fact]
    public async Task Areas_defined_later_in_Inventory_become_valid_answers()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.LearnAreas(tenant, "altstadt");
        var id = await platform.PublishedSurvey(tenant);
        var anonymous = platform.App.CreateHttpClient("surveys");

        var refused = await Problem(await anonymous.SendAsync(Submit(id, Answer(area: "gostenhof"))), HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("areaCode", out _));
        await platform.LearnAreas(tenant, "gostenhof");
        await anonymous.SendAsync(Submit(id, Answer(area: "gostenhof"))).Created<Receipt>();
    }

    [Fact]
    public async Task Another_tenants_survey_is_not_found_on_every_planner_endpoint()
    {
        var a = PlatformFixture.NewTenant();
        var id = await platform.PublishedSurvey(a);
        var otherTenant = PlatformFixture.NewTenant();
        var other = platform.Client("surveys", otherTenant);
        var otherSteward = platform.Client("surveys", otherTenant, Roles.DataSteward);
        var definition = (await platform.Client("surveys", a).GetFromJsonAsync<SurveyVersionView>($"/api/surveys/{id}/versions/1"))!.Definition;

        foreach (var (what, call) in new (string, Func<Task<HttpResponseMessage>>)[]
        {
            ("read", () => other.GetAsync($"/api/surveys/{id}")),
            ("read version", () => other.GetAsync($"/api/surveys/{id}/versions/1")),
            ("edit", () => other.PutAsJsonAsync($"/api/surveys/{id}/draft", definition)),
            ("publish", () => other.PostAsync($"/api/surveys/{id}/publish", null)),
            ("close", () => other.PostAsync($"/api/surveys/{id}/close", null)),
            ("retention", () => otherSteward.PutAsJsonAsync($"/api/surveys/{id}/retention", new { days = 30 })),
            ("weights", () => other.GetAsync($"/api/surveys/{id}/weights")),
        })
            Assert.True(HttpStatusCode.NotFound == (await call()).StatusCode, what);
        Assert.Empty(await other.List<JsonElement>("/api/surveys"));
        Assert.Single(await platform.Client("surveys", a).List<JsonElement>("/api/surveys"));
    }

    [Fact]
    public async Task A_flood_on_one_survey_gets_429_with_problem_details()
    {
        var id = await platform.PublishedSurvey(PlatformFixture.NewTenant());
        var anonymous = platform.App.CreateHttpClient("surveys");
        HttpResponseMessage? refused = null;
        for (var i = 0; i <= PlatformFixture.PerSurveyPermitLimit && refused is null; i++)
        {
            var response = await anonymous.GetAsync($"/public/surveys/{id}");
            if (response.StatusCode == HttpStatusCode.TooManyRequests) refused = response;
        }
        Assert.NotNull(refused);
        var problem = await Problem(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.True(refused.Headers.Contains("Retry-After"));
    }

    private sealed record InvitationBatch(Guid SurveyId, List<string> Codes);

    private sealed record InvitationCounts(Guid SurveyId, int Issued, int Used);

    [Fact]
    public async Task An_invitation_code_answers_once_and_a_second_use_is_refused_storing_nothing()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.LearnAreas(tenant, "altstadt");
        var id = await platform.PublishedSurvey(tenant);
        var surveys = platform.Client("surveys", tenant);
        var batch = await surveys.PostAsJsonAsync($"/api/surveys/{id}/invitations", new { count = 3 }).Created<InvitationBatch>();
        Assert.Equal(3, batch.Codes.Distinct().Count());
        Assert.All(batch.Codes, code => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", code));
        var anonymous = platform.App.CreateHttpClient("surveys");
        await using var needs = await platform.Probe<NeedsReported>();

        HttpRequestMessage WithCode(string code)
        {
            var request = Submit(id, Answer());
            request.Headers.Add("Invitation-Code", code);
            return request;
        }

        // As typed from the letter: lower case, without dashes.
        var first = await anonymous.SendAsync(WithCode(batch.Codes[0].Replace("-", "").ToLowerInvariant()));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var receipt = await first.Content.ReadFromJsonAsync<Receipt>();
        await needs.Next(m => m.ResponseId == receipt!.ResponseId);

        await Problem(await anonymous.SendAsync(WithCode(batch.Codes[0])), HttpStatusCode.Conflict);
        await Problem(await anonymous.SendAsync(WithCode("AAAA-BBBB-CCCC")), HttpStatusCode.NotFound);
        await needs.ExpectNone(m => m.TenantId == tenant.Value);
        Assert.Equal(new InvitationCounts(id, 3, 1), await surveys.GetFromJsonAsync<InvitationCounts>($"/api/surveys/{id}/invitations"));

        // A code of this survey's batch means nothing to another tenant's planner.
        var other = platform.Client("surveys", PlatformFixture.NewTenant());
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/surveys/{id}/invitations", new { count = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/surveys/{id}/invitations")).StatusCode);
        await Problem(await surveys.PostAsJsonAsync($"/api/surveys/{id}/invitations", new { count = 0 }), HttpStatusCode.BadRequest);
    }

    private sealed record InvitationView(Guid SurveyId, string TenantId, bool Used, string SurveyStatus);

    [Fact]
    public async Task An_invitation_code_looked_up_from_the_letter_names_its_survey_municipality_status_and_whether_it_was_used()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.LearnAreas(tenant, "altstadt");
        var id = await platform.PublishedSurvey(tenant);
        var surveys = platform.Client("surveys", tenant);
        var codes = (await surveys.PostAsJsonAsync($"/api/surveys/{id}/invitations", new { count = 2 }).Created<InvitationBatch>()).Codes;
        var anonymous = platform.App.CreateHttpClient("surveys");

        // As typed from the letter: lower case, without dashes.
        var typed = codes[0].Replace("-", "").ToLowerInvariant();
        var fresh = await (await anonymous.Invitation(typed)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["surveyId", "tenantId", "used", "surveyStatus"], fresh.EnumerateObject().Select(p => p.Name)); // nothing else, no counts
        Assert.Equal(new InvitationView(id, tenant.Value, false, "published"), fresh.Deserialize<InvitationView>(JsonSerializerOptions.Web));

        var answer = Submit(id, Answer());
        answer.Headers.Add("Invitation-Code", codes[0]);
        Assert.Equal(HttpStatusCode.Created, (await anonymous.SendAsync(answer)).StatusCode);
        Assert.Equal(new InvitationView(id, tenant.Value, true, "published"), await (await anonymous.Invitation(typed)).Content.ReadFromJsonAsync<InvitationView>());

        (await surveys.PostAsync($"/api/surveys/{id}/close", null)).EnsureSuccessStatusCode();
        Assert.Equal(new InvitationView(id, tenant.Value, false, "closed"), await (await anonymous.Invitation(codes[1])).Content.ReadFromJsonAsync<InvitationView>());

        var unknown = await Problem(await anonymous.Invitation("AAAA-BBBB-CCCC"), HttpStatusCode.NotFound);
        Assert.Equal("Unknown invitation code.", unknown.GetProperty("title").GetString());
        // Codes of a survey never published open nothing yet.
        var draft = await surveys.PostAsJsonAsync("/api/surveys", new { responsible = Responsible }).Created<SurveyVersionView>();
        var draftCode = (await surveys.PostAsJsonAsync($"/api/surveys/{draft.SurveyId}/invitations", new { count = 1 }).Created<InvitationBatch>()).Codes[0];
        await Problem(await anonymous.Invitation(draftCode), HttpStatusCode.NotFound);
        // The code never travels in the address: no such public route (an unknown address needs a token, like any).
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/public/invitations/{codes[1]}")).StatusCode);
        await Problem(await anonymous.GetAsync("/public/invitations"), HttpStatusCode.BadRequest);
    }

    private sealed record ResponseCell(string AreaCode, string HouseholdType, int? Responses, bool Suppressed);

    private sealed record ResponseCountsView(bool Shared, int? Total, List<ResponseCell> Cells);

    [Fact]
    public async Task Response_counts_and_the_raw_answers_export_stay_with_the_planner_and_small_cells_are_suppressed_when_shared()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.LearnAreas(tenant, "altstadt", "mitte");
        var id = await platform.PublishedSurvey(tenant);
        var anonymous = platform.App.CreateHttpClient("surveys");
        var answers = Enumerable.Repeat(Answer(), 5).Append(Answer(householdType: "outgoing")).Append(Answer(area: "mitte")).ToList();
        foreach (var answer in answers)
            Assert.Equal(HttpStatusCode.Created, (await anonymous.SendAsync(Submit(id, answer))).StatusCode);

        var surveys = platform.Client("surveys", tenant);
        var own = await surveys.GetFromJsonAsync<ResponseCountsView>($"/api/surveys/{id}/counts");
        Assert.Equal(7, own!.Total);
        Assert.Equal([new("altstadt", "incoming", 5, false), new("altstadt", "outgoing", 1, false), new ResponseCell("mitte", "incoming", 1, false)], own.Cells);

        var shared = await surveys.GetFromJsonAsync<ResponseCountsView>($"/api/surveys/{id}/counts?shared=true");
        Assert.Null(shared!.Total);
        Assert.Equal([new("altstadt", "incoming", 5, false), new("altstadt", "outgoing", null, true), new ResponseCell("mitte", "incoming", null, true)], shared.Cells);

        Assert.Equal(HttpStatusCode.NotFound, (await platform.Client("surveys", PlatformFixture.NewTenant()).GetAsync($"/api/surveys/{id}/counts")).StatusCode);

        var csv = await platform.Client("surveys", tenant, Roles.DataSteward).GetAsync($"/api/surveys/{id}/answers.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8, lines.Length); // header and one row per need
        Assert.StartsWith("response_id,survey_version,received_at,language,household_type,area_code", lines[0]);
        Assert.Contains(",incoming,altstadt,Mon;Tue,pl;de,krippe,1,0-2,Mon 06:00-08:00; Fri 22:00-06:00+1,2027-01-01,2027-07-31,true,immediate,notMet,", lines[1]);
        Assert.Equal(HttpStatusCode.NotFound, (await platform.Client("surveys", PlatformFixture.NewTenant(), Roles.DataSteward).GetAsync($"/api/surveys/{id}/answers.csv")).StatusCode);
    }
}
