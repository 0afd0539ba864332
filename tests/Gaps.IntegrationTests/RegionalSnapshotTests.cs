using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.Persistence;
using GutAusgestattet.Gaps.Regions;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// The regional view resists differencing: a municipality that withdraws its consent between two reads of the same
/// week changes nothing in what the analyst reads, and the next week's rounded sums do not give its figures away either.
/// </summary>
public sealed class RegionalSnapshotTests(GapsHost host) : IClassFixture<GapsHost>
{
    private HttpClient Analyst(Ags tenant) => host.Staff(tenant, Roles.RegionalAnalyst);

    /// <summary>A consenting municipality with one open Kita content gap on <paramref name="responses"/> responses.</summary>
    private async Task Municipality(Ags tenant, int responses)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        var db = scope.ServiceProvider.GetRequiredService<GapsDbContext>();
        db.Gaps.Add(new Gap
        {
            Id = Guid.CreateVersion7(), TenantId = tenant.Value, Key = "kita:mitte:content", Category = "kita", AreaCode = "mitte", Kind = GapKind.Content,
            Intervals = "Mo 06:00–08:00", EstimatedPersons = responses * 1.5, PersonHours = responses * 4, Responses = responses, Severity = 100,
            DetectedAt = host.Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
        (await host.Steward(tenant).PutAsJsonAsync("/api/gaps/regional-consent", new { consent = true })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Withdrawing_one_municipalitys_consent_between_two_reads_does_not_reveal_its_figures()
    {
        var district = $"07{Random.Shared.Next(0, 1000):D3}";
        Ags In(string municipality) => Ags.Parse(district + municipality);
        await Municipality(In("001"), 7);
        await Municipality(In("002"), 6);
        await Municipality(In("003"), 7);
        await Municipality(In("004"), 1); // the small one that withdraws
        var analyst = Analyst(In("999"));
        var path = $"/api/regions/{district}/gaps";

        var first = await analyst.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal(4, first.GetProperty("consentingMunicipalities").GetInt32());
        var kita = first.GetProperty("gaps").EnumerateArray().Single();
        Assert.Equal((4, 20, 30.0, 80.0), (kita.GetProperty("municipalities").GetInt32(), kita.GetProperty("responses").GetInt32(),
            kita.GetProperty("estimatedPersons").GetDouble(), kita.GetProperty("personHours").GetDouble()));

        (await host.Steward(In("004")).PutAsJsonAsync("/api/gaps/regional-consent", new { consent = false })).EnsureSuccessStatusCode();
        host.Clock.Advance(TimeSpan.FromHours(1));

        // The same week: the very same figures, when they were fixed included.
        var second = await analyst.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal(first.GetRawText(), second.GetRawText());

        // The next week the municipality is out; the rounded sums are the same, so subtracting shows nothing of it.
        var monday = AnalysisWeek.Containing(DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime)).Monday;
        host.Clock.SetUtcNow(new DateTimeOffset(monday.AddDays(7).ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero));
        var next = await analyst.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal(3, next.GetProperty("consentingMunicipalities").GetInt32());
        Assert.NotEqual(first.GetProperty("week").GetString(), next.GetProperty("week").GetString());
        var nextKita = next.GetProperty("gaps").EnumerateArray().Single();
        Assert.Equal((3, 20, 30.0, 80.0), (nextKita.GetProperty("municipalities").GetInt32(), nextKita.GetProperty("responses").GetInt32(),
            nextKita.GetProperty("estimatedPersons").GetDouble(), nextKita.GetProperty("personHours").GetDouble()));
    }

    [Fact]
    public async Task The_week_is_fixed_at_its_first_read_so_a_consent_given_meanwhile_counts_from_the_next_week()
    {
        var district = $"07{Random.Shared.Next(0, 1000):D3}";
        Ags In(string municipality) => Ags.Parse(district + municipality);
        await Municipality(In("001"), 5);
        var analyst = Analyst(In("999"));
        var path = $"/api/regions/{district}/gaps";

        var first = await analyst.GetFromJsonAsync<JsonElement>(path);
        await Municipality(In("002"), 5);
        await Municipality(In("003"), 5);

        Assert.Equal(first.GetRawText(), (await analyst.GetFromJsonAsync<JsonElement>(path)).GetRawText());
        Assert.True(first.GetProperty("gaps")[0].GetProperty("suppressed").GetBoolean());

        host.Clock.Advance(TimeSpan.FromDays(7));
        var next = await analyst.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal(3, next.GetProperty("consentingMunicipalities").GetInt32());
        Assert.False(next.GetProperty("gaps")[0].GetProperty("suppressed").GetBoolean());
    }
}
