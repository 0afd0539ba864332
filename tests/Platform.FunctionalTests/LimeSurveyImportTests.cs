using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;

using static GutAusgestattet.FunctionalTests.Surveying;

namespace GutAusgestattet.FunctionalTests;

/// <summary>A municipality that surveyed in LimeSurvey brings its responses into a survey here, all or nothing.</summary>
[Collection(PlatformCollection.Name)]
public sealed class LimeSurveyImportTests(PlatformFixture platform)
{
    private sealed record ReportRow(int Line, string? ResponseId, string Outcome, Guid? AnswerId);

    private sealed record Report(bool DryRun, bool Stored, int RowsRead, int New, int AlreadyImported, int Skipped, int Invalid, List<ReportRow> Rows);

    private sealed record Counts(int? Total);

    /// <summary>
    /// As LimeSurvey exports it (question-code headings, answer codes, every field quoted): a Krippe
    /// need, a night-care need, and an incomplete response; the Krippe row's note spans two lines.
    /// </summary>
    private const string Export =
        "\"id\",\"submitdate\",\"lastpage\",\"startlanguage\",\"seed\",\"HH\",\"AREA\",\"LANG[SQ001]\",\"LANG[SQ002]\",\"KRN\",\"KRFROM\",\"KRTO\",\"TPN\",\"TPFROM\",\"TPTO\",\"TPNIGHT\",\"NOTE\"\r\n"
        + "\"11\",\"2026-03-01 10:00:00\",\"5\",\"de\",\"1\",\"A1\",\"A1\",\"Y\",\"\",\"1\",\"07:00\",\"13:00\",\"\",\"\",\"\",\"\",\"Bitte\r\nanrufen\"\r\n"
        + "\"12\",\"2026-03-02 11:00:00\",\"5\",\"en\",\"2\",\"A2\",\"A2\",\"\",\"Y\",\"\",\"\",\"\",\"2\",\"22:00\",\"06:00\",\"Y\",\"\"\r\n"
        + "\"13\",\"\",\"2\",\"de\",\"3\",\"A1\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n";

    private static readonly object Mapping = new
    {
        householdType = new { column = "HH", values = new Dictionary<string, string> { ["A1"] = "incoming", ["A2"] = "outgoing" } },
        areaCode = new { column = "AREA", values = new Dictionary<string, string> { ["A1"] = "altstadt", ["A2"] = "mitte" } },
        languages = new { columns = new Dictionary<string, string> { ["LANG[SQ001]"] = "pl", ["LANG[SQ002]"] = "tr" } },
        needs = new object[]
        {
            new
            {
                category = new { value = "krippe" }, persons = new { column = "KRN" }, ageBand = new { value = "0-2" },
                windows = new[] { new { day = new { value = "monday" }, from = new { column = "KRFROM" }, to = new { column = "KRTO" } } },
            },
            new
            {
                category = new { value = "nachtpflege" }, persons = new { column = "TPN" }, ageBand = new { value = "80+" },
                windows = new[] { new { day = new { value = "friday" }, from = new { column = "TPFROM" }, to = new { column = "TPTO" }, overnight = new { column = "TPNIGHT" } } },
            },
        },
    };

    private static object Body(string csv) => new { csv, consentVersion = "2026-2", mapping = Mapping };

    private static string Import(Guid survey, bool dryRun = false) => $"/api/surveys/{survey}/imports/limesurvey?dryRun={dryRun.ToString().ToLowerInvariant()}";

    private async Task<(Ags Tenant, Guid Survey, HttpClient Planner)> PublishedSurveyWithAreas()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.LearnAreas(tenant, "altstadt", "mitte");
        return (tenant, await platform.PublishedSurvey(tenant), platform.Client("surveys", tenant));
    }

    private static async Task<int?> Total(HttpClient planner, Guid survey) =>
        (await planner.GetFromJsonAsync<Counts>($"/api/surveys/{survey}/counts"))!.Total;

    [Fact]
    public async Task Each_complete_response_is_imported_once_and_announced_like_an_answer_given_here()
    {
        var (tenant, survey, planner) = await PublishedSurveyWithAreas();
        await using var needs = await platform.Probe<NeedsImported>();
        await using var imported = await platform.Probe<AnswersImported>();

        var report = await planner.PostAsJsonAsync(Import(survey), Body(Export)).Created<Report>();

        Assert.Equal((false, true, 3, 2, 0, 1, 0), (report.DryRun, report.Stored, report.RowsRead, report.New, report.AlreadyImported, report.Skipped, report.Invalid));
        // The Krippe row's note holds a line break, so the next response starts on line 4.
        Assert.Equal([(2, "11", "new"), (4, "12", "new"), (5, "13", "skipped")], report.Rows.Select(r => (r.Line, r.ResponseId!, r.Outcome)));
        // Delivered together: one message for both answers.
        var part = await needs.Next(m => m.TenantId == tenant.Value);
        var krippe = Assert.Single(part.Message.Answers, a => a.ResponseId == report.Rows[0].AnswerId);
        Assert.Equal((tenant.Value, tenant.Value, (Guid?)survey, (int?)1), (part.Tenant, krippe.TenantId, krippe.SurveyId, krippe.SurveyVersion));
        var item = Assert.Single(krippe.Items);
        Assert.Equal(("incoming", "krippe", "altstadt", 1, "0-2"), (item.HouseholdType, item.Category, item.AreaCode, item.Persons, item.AgeBand));
        Assert.Equal([new DemandWindow(DayOfWeek.Monday, 420, 780, false)], item.Windows);
        Assert.Equal(["pl"], item.PreferredLanguages);
        Assert.DoesNotContain("anrufen", part.Envelope);
        var nightly = Assert.Single(part.Message.Answers, a => a.ResponseId == report.Rows[1].AnswerId);
        var night = Assert.Single(nightly.Items);
        Assert.Equal(("outgoing", "nachtpflege", "mitte", 2), (night.HouseholdType, night.Category, night.AreaCode, night.Persons));
        Assert.Equal([new DemandWindow(DayOfWeek.Friday, 1320, 360, true)], night.Windows);
        Assert.Equal(2, await Total(planner, survey));
        // One import, one change for the gaps: both answers carry its id, and it ends saying how many do.
        var closing = (await imported.Next(m => m.TenantId == tenant.Value)).Message;
        Assert.Equal((2, 2, closing.ImportId, (Guid?)closing.ImportId, (Guid?)closing.ImportId),
            (closing.Events, part.Message.Answers.Count, part.Message.ImportId, krippe.ImportId, nightly.ImportId));

        var again = await planner.PostAsJsonAsync(Import(survey), Body(Export)).Created<Report>();

        Assert.Equal((0, 2, 1), (again.New, again.AlreadyImported, again.Skipped));
        Assert.Equal(report.Rows.Select(r => r.AnswerId), again.Rows.Select(r => r.AnswerId));
        await needs.ExpectNone(m => m.TenantId == tenant.Value);
        await imported.ExpectNone(m => m.TenantId == tenant.Value, TimeSpan.Zero);
        Assert.Equal(2, await Total(planner, survey));
    }

    [Fact]
    public async Task A_file_with_a_bad_row_is_refused_naming_its_lines_and_a_dry_run_stores_nothing()
    {
        var (tenant, survey, planner) = await PublishedSurveyWithAreas();
        await using var needs = await platform.Probe<NeedsImported>();
        // Response 12 names an answer code the mapping does not list, and asks for 25 persons.
        var broken = Export.Replace("\"12\",\"2026-03-02 11:00:00\",\"5\",\"en\",\"2\",\"A2\",\"A2\",\"\",\"Y\",\"\",\"\",\"\",\"2\"",
            "\"12\",\"2026-03-02 11:00:00\",\"5\",\"en\",\"2\",\"A7\",\"A2\",\"\",\"Y\",\"\",\"\",\"\",\"25\"");
        Assert.NotEqual(Export, broken);

        var problem = await Problem(await planner.PostAsJsonAsync(Import(survey), Body(broken)), HttpStatusCode.UnprocessableEntity);

        var errors = problem.GetProperty("errors");
        Assert.Equal(["line[4].householdType", "line[4].needs[0].persons"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.StartsWith("Column HH: The answer code 'A7'", errors.GetProperty("line[4].householdType")[0].GetString());
        Assert.StartsWith("Column TPN:", errors.GetProperty("line[4].needs[0].persons")[0].GetString());
        var refused = problem.GetProperty("report").Deserialize<Report>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.Equal((false, 1, 1, 1), (refused.Stored, refused.New, refused.Invalid, refused.Skipped));

        var dryRun = await planner.PostAsJsonAsync(Import(survey, dryRun: true), Body(Export)).Created<Report>();
        Assert.Equal((true, false, 2, 1), (dryRun.DryRun, dryRun.Stored, dryRun.New, dryRun.Skipped));
        Assert.All(dryRun.Rows, r => Assert.Null(r.AnswerId));

        await needs.ExpectNone(m => m.TenantId == tenant.Value);
        Assert.Equal(0, await Total(planner, survey));
    }

    [Fact]
    public async Task Another_tenants_survey_is_not_found_and_a_draft_takes_no_import()
    {
        var (_, survey, _) = await PublishedSurveyWithAreas();
        var other = platform.Client("surveys", PlatformFixture.NewTenant());

        await Problem(await other.PostAsJsonAsync(Import(survey), Body(Export)), HttpStatusCode.NotFound);
        await Problem(await other.PostAsJsonAsync(Import(survey, dryRun: true), Body(Export)), HttpStatusCode.NotFound);

        var drafting = PlatformFixture.NewTenant();
        var planner = platform.Client("surveys", drafting);
        var draft = await planner.PostAsJsonAsync("/api/surveys", new { }).Created<JsonElement>();
        await Problem(await planner.PostAsJsonAsync(Import(draft.GetProperty("surveyId").GetGuid()), Body(Export)), HttpStatusCode.Conflict);
    }
}
