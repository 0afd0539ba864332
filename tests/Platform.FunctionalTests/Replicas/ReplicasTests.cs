using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Contracts.V2;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Npgsql;
using static GutAusgestattet.FunctionalTests.Surveying;

namespace GutAusgestattet.FunctionalTests.Replicas;

/// <summary>
/// Two instances of every service doing a municipality's work — offers, changes taking effect on their day, a
/// survey's answers, an agreement — while one instance of three services is stopped with SIGTERM midway. An outside
/// listener hears every contract event: each piece of work is announced once, nothing is missing, and the two gap
/// instances answer alike. In the platform's collection though it does not use the AppHost's platform: ten more
/// processes beside the browser tests would only make both slow.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ReplicasTests(ReplicatedPlatform platform) : IClassFixture<ReplicatedPlatform>
{
    private const int Answers = 40;
    private static readonly Ags Tenant = Ags.Parse("09564000");
    private static DateOnly Today => MunicipalTime.Today;

    [Fact]
    public async Task Every_piece_of_work_is_done_and_announced_once_across_replicas_and_a_stopped_instance_hands_over()
    {
        await using var listener = await ContractListener.StartAsync(platform.MessagingUri);
        var inventory = platform.Client("inventory", Tenant);
        var surveys = platform.Client("surveys", Tenant);
        var partners = platform.Client("partners", Tenant);

        // Offers in two areas; two changes planned for tomorrow, which then becomes today (the schedulers of both instances look).
        var offers = new List<(Guid Id, Guid Facility, string Category)>();
        foreach (var area in new[] { "altstadt", "mitte" })
        {
            var facility = await inventory.Facility(area);
            foreach (var category in new[] { "krippe", "kita" })
                offers.Add(((await inventory.PostAsJsonAsync("/api/offers", Api.OfferBody(facility, places: 2, occupied: 1, category)).Created<OfferView>()).Id, facility, category));
        }
        var changes = new List<Guid>();
        foreach (var (offer, facility, category) in offers.Take(2))
        {
            var plan = new { facilityId = facility, name = "Gruppe Igel", category, places = 4, occupiedPlaces = 1, openingHours = "Mo-Fr 07:00-17:00", effectiveFrom = Today.AddDays(1) };
            changes.Add((await inventory.PostAsJsonAsync($"/api/offers/{offer}/planned-changes", plan).Created<JsonElement>()).GetProperty("id").GetGuid());
        }
        await using (var owner = new NpgsqlConnection(platform.OwnerConnection("inventory")))
        {
            await owner.OpenAsync();
            await using var due = new NpgsqlCommand("UPDATE \"PlannedChanges\" SET \"EffectiveFrom\" = CURRENT_DATE", owner);
            Assert.Equal(2, await due.ExecuteNonQueryAsync());
        }

        // A survey, and households answering it through both instances; three services lose an instance midway.
        await Eventually.Get(() => surveys.List<JsonElement>("/api/areas"), known => known.Count == 2, "Surveys to learn both areas");
        var survey = (await surveys.PostAsJsonAsync("/api/surveys", new { responsible = Responsible }).Created<JsonElement>()).GetProperty("surveyId").GetGuid();
        (await surveys.PostAsync($"/api/surveys/{survey}/publish", null)).EnsureSuccessStatusCode();
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        var stopping = new List<ServiceInstance>();
        var sawDraining = false;
        await Parallel.ForAsync(0, Answers, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            if (i == Answers / 3)
            {
                lock (stopping)
                {
                    foreach (var service in new[] { "surveys", "inventory", "partners" })
                    {
                        stopping.Add(platform.Instances[service][0]);
                        platform.Instances[service][0].Process.Terminate();
                    }
                }
                sawDraining = await Draining(stopping[0]);
            }
            var answer = Answer(area: i % 2 == 0 ? "altstadt" : "mitte", category: i % 3 == 0 ? "kita" : "krippe", from: null, until: null);
            var response = await surveys.SendAsync(Submit(survey, answer, key: $"household-{i}"), ct);
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"answer {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
            acknowledged.Add((await response.Content.ReadFromJsonAsync<Receipt>(ct))!.ResponseId);
        });
        Assert.True(sawDraining, "a stopping instance answers /health/ready with 503 while it still serves");
        foreach (var stopped in stopping)
            Assert.True(await stopped.Process.WaitForExitAsync(TimeSpan.FromSeconds(30)) == 0, $"{stopped.Process.Name} ends cleanly:\n{stopped.Process.Output}");

        // An agreement on a gap the answers opened, through the partners instance left.
        var gapKey = (await Eventually.Get(() => partners.List<JsonElement>("/api/outreach/gaps"), g => g.Count > 0, "Partners to learn a gap"))[0]
            .GetProperty("gapKey").GetString()!;
        var company = await partners.Register(Partnering.Company("Nah Logistik", 48.14, 11.58, incomings: 60));
        var agreement = (await partners.PostAsJsonAsync("/api/agreements", new
        {
            kind = "reservedPlaces", partnerIds = new[] { company }, gapKeys = new[] { gapKey },
            terms = new { offerId = offers[3].Id, category = "kita", addedPlaces = 3, from = Today.AddDays(14) },
        }).Created<JsonElement>()).GetProperty("id").GetGuid();

        // Everything expected arrives …
        await Eventually.Get(() => Task.FromResult(listener.Heard), heard =>
                Count<NeedsReported>(listener) >= Answers && Count<OfferTookEffect>(listener) >= 2 && Count<OfferChangePlanned>(listener) >= 3,
            "every answer, both changes taking effect and the agreement's planned change to be announced", seconds: 90);
        Assert.Equal(acknowledged.Order(), listener.Of<NeedsReported>().Select(m => m.GetProperty("responseId").GetGuid()).Distinct().Order());
        Assert.Equal(changes.Order(), listener.Of<OfferTookEffect>().Select(m => m.GetProperty("changeId").GetGuid()).Order());
        Assert.Equal([agreement], listener.Of<CooperationAgreed>().Select(m => m.GetProperty("agreementId").GetGuid()));
        Assert.Contains(listener.Of<GapDetected>(), m => m.GetProperty("gapKey").GetString() == gapKey);

        // … and the gap instances agree once the work has settled; then nothing was announced twice.
        var gaps = platform.Instances["gaps"].Select(instance => platform.Client(instance, Tenant)).ToList();
        await Eventually.Get(async () => await Task.WhenAll(gaps.Select(g => g.GetStringAsync("/api/gaps"))),
            answers => answers.Distinct().Count() == 1 && answers[0].Contains(gapKey, StringComparison.Ordinal), "both gap instances to answer the same gaps");
        var twice = listener.Heard.GroupBy(e => e.Key).Where(g => g.Count() > 1).Select(g => $"{g.Count()}× {g.Key}").ToList();
        Assert.True(twice.Count == 0, $"announced more than once:\n{string.Join('\n', twice)}");
    }

    [Fact]
    public async Task The_services_connect_as_a_role_that_may_change_rows_but_not_the_schema()
    {
        await using var service = new NpgsqlConnection(platform.ServiceConnection("gaps"));
        await service.OpenAsync();
        Assert.True(await Scalar<long>(service, "SELECT count(*) FROM \"Gaps\"") >= 0);
        foreach (var ddl in new[] { "CREATE TABLE intruder (id int)", "DROP TABLE \"Gaps\"", "ALTER TABLE \"Gaps\" ADD COLUMN x int", "SELECT * FROM \"__EFMigrationsHistory\"" })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => Scalar<object>(service, ddl));
            Assert.True(refused.SqlState is PostgresErrorCodes.InsufficientPrivilege, $"{ddl}: {refused.SqlState} {refused.MessageText}");
        }
    }

    private static async Task<T> Scalar<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static int Count<TEvent>(ContractListener listener) => listener.Of<TEvent>().Count();

    /// <summary>Whether the instance, just sent SIGTERM, says it is not ready while it still answers.</summary>
    private static async Task<bool> Draining(ServiceInstance instance)
    {
        using var probe = new HttpClient { BaseAddress = instance.Address, Timeout = TimeSpan.FromSeconds(1) };
        // Within the drain delay (ReplicatedPlatform); a probe that a busy machine answers late is asked again.
        for (var deadline = DateTime.UtcNow.AddSeconds(4); DateTime.UtcNow < deadline; await Task.Delay(50))
        {
            try
            {
                if ((await probe.GetAsync("/health/ready")).StatusCode == HttpStatusCode.ServiceUnavailable) return true;
            }
            catch (TaskCanceledException)
            {
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }
        return false;
    }
}
