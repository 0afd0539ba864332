using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.DevelopmentTokens;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.Surveys.Answers;
using GutAusgestattet.Surveys.Apis;
using GutAusgestattet.Surveys.LimeSurveyImport;
using GutAusgestattet.Surveys.Surveys;

namespace GutAusgestattet.Surveys.SubmitBench;

/// <summary>
/// The planner's side of the bench, through the services' staff APIs: a municipality no earlier
/// run used (so its counts start at zero), its areas defined in Inventory and learnt by Surveys,
/// known counts so every answer goes through the reweighting, and a published survey.
/// </summary>
public sealed class Staff : IDisposable
{
    private readonly HttpClient _surveys, _inventory, _gaps;

    public Ags Tenant { get; }

    public Staff(BenchOptions options, string signingKey)
    {
        Tenant = Ags.Parse($"09{Random.Shared.Next(0, 1_000_000):D6}");
        var token = DevTokens.Issue(new JwtOptions { SigningKey = signingKey }, Tenant, [Roles.Planner], TimeSpan.FromHours(2));
        HttpClient Client(Uri service) => new()
        {
            BaseAddress = service,
            // An import of tens of thousands of answers is one request, answered after minutes on a loaded machine.
            Timeout = TimeSpan.FromMinutes(10),
            DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        };
        (_surveys, _inventory, _gaps) = (Client(options.Surveys), Client(options.Inventory), Client(options.Gaps));
    }

    /// <summary>Defines <paramref name="count"/> areas in Inventory and waits until Surveys learnt them from AreaDefined: answers may name no other.</summary>
    public async Task<IReadOnlyList<string>> DefineAreasAsync(int count, CancellationToken ct)
    {
        var areas = Enumerable.Range(1, count).Select(i => $"bench-{i}").ToList();
        for (var i = 0; i < areas.Count; i++)
            await Expect(await _inventory.PutAsJsonAsync($"/api/areas/{areas[i]}",
                new { name = $"Ortsteil {i + 1}", latitude = 49.40 + i * 0.01, longitude = 11.00 + i * 0.01 }, ct), HttpStatusCode.Created);
        var learnt = await Poll.UntilAsync(async () => await _surveys.GetFromJsonAsync<List<KnownAreaView>>("/api/areas", Json.Options, ct) ?? [],
            known => areas.All(area => known.Any(k => k.Code == area)), TimeSpan.FromSeconds(60), ct);
        return learnt.Done ? areas : throw new TimeoutException("Surveys did not learn the areas from Inventory within 60 s: is the messaging between them working?");
    }

    /// <summary>
    /// Known households for half of the strata (the rest weigh 1), so each answer reweighs its
    /// stratum against a count, as in a municipality that has its population register figures.
    /// </summary>
    public async Task SetKnownCountsAsync(IReadOnlyList<string> areas, CancellationToken ct)
    {
        var counts = areas.SelectMany((area, i) => SurveyTemplate.HouseholdTypes
                .Where((_, j) => (i + j) % 2 == 0)
                .Select(type => (KnownCountEntry?)new KnownCountEntry(area, type, 500 + 100 * i)))
            .ToList();
        await Expect(await _surveys.PutAsJsonAsync("/api/weighting/counts", new KnownCountsRequest(counts), Json.Options, ct), HttpStatusCode.OK);
    }

    /// <summary>The standard template, published: the survey respondents answer.</summary>
    public async Task<Guid> PublishSurveyAsync(CancellationToken ct)
    {
        var responsible = new Responsible("Stadt Nürnberg", "Amt für Sozialplanung", "Rathausplatz 2, 90403 Nürnberg", "sozialplanung@stadt.example");
        var created = await Expect(await _surveys.PostAsJsonAsync("/api/surveys", new CreateSurveyRequest(Responsible: responsible), Json.Options, ct),
            HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("surveyId").GetGuid();
        await Expect(await _surveys.PostAsync($"/api/surveys/{id}/publish", null, ct), HttpStatusCode.OK);
        return id;
    }

    /// <summary>Imports a LimeSurvey export into the survey, all at once: the planner's import endpoint.</summary>
    public async Task<LimeSurveyImportReport> ImportAsync(Guid survey, LimeSurveyImportRequest export, CancellationToken ct) =>
        await (await Expect(await _surveys.PostAsJsonAsync($"/api/surveys/{survey}/imports/limesurvey", export, Json.Options, ct), HttpStatusCode.OK))
            .Content.ReadFromJsonAsync<LimeSurveyImportReport>(Json.Options, ct)
        ?? throw new InvalidOperationException("Surveys answered the import with an empty body.");

    /// <summary>The planner's own view of the survey's responses (all cells, with the total).</summary>
    public async Task<ResponseCountsView> CountsAsync(Guid survey, CancellationToken ct) =>
        await _surveys.GetFromJsonAsync<ResponseCountsView>($"/api/surveys/{survey}/counts", Json.Options, ct)
        ?? throw new InvalidOperationException("Surveys answered the counts with an empty body.");

    /// <summary>Gaps' open gaps: the responses each (category, area) cell rests on.</summary>
    public async Task<Dictionary<(string Category, string AreaCode), int>> OpenGapResponsesAsync(CancellationToken ct)
    {
        var gaps = await _gaps.GetFromJsonAsync<List<GapResponses>>("/api/gaps", Json.Options, ct) ?? [];
        return gaps.GroupBy(g => (g.Category, g.AreaCode)).ToDictionary(g => g.Key, g => g.Max(x => x.Responses));
    }

    /// <summary>The fields of Gaps' GapView the check needs (the bench does not reference the Gaps service).</summary>
    private sealed record GapResponses(string Category, string AreaCode, int Responses);

    private static async Task<HttpResponseMessage> Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
            throw new InvalidOperationException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected {(int)status}: " +
                await response.Content.ReadAsStringAsync());
        return response;
    }

    public void Dispose()
    {
        _surveys.Dispose();
        _inventory.Dispose();
        _gaps.Dispose();
    }
}

internal static class Poll
{
    /// <summary>
    /// Reads until <paramref name="done"/> holds or <paramref name="timeout"/> passed, and says which: the
    /// platform's services catch up with each other's events on their own time.
    /// </summary>
    public static async Task<(T Value, TimeSpan Waited, bool Done)> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value)) return (value, watch.Elapsed, true);
            if (watch.Elapsed > timeout) return (value, watch.Elapsed, false);
            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
        }
    }
}
