using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using static GutAusgestattet.FunctionalTests.Surveying;

namespace GutAusgestattet.FunctionalTests;

/// <summary>A gap's week per 15-minute slot (<c>GET /api/gaps/{id}/week</c>), which the planners' gap page draws as a table.</summary>
[Collection(PlatformCollection.Name)]
public sealed class GapWeekTests(PlatformFixture platform)
{
    public sealed record GapWeek(Guid GapId, string Key, string Week, DateOnly Monday, int SlotMinutes, double[] Persons);

    [Fact]
    public async Task The_week_of_a_gap_gives_its_persons_in_each_quarter_hour_and_another_tenant_gets_404()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.LearnAreas(tenant, "mitte");
        var survey = await platform.PublishedSurvey(tenant);
        var early = new[] { new { day = "monday", from = "06:00", to = "08:00", overnight = false }, new { day = "saturday", from = "22:00", to = "01:00", overnight = true } };
        await platform.App.CreateHttpClient("surveys")
            .SendAsync(Submit(survey, Answer(area: "mitte", category: "kita", persons: 2, windows: early, from: null, until: null))).Created<JsonElement>();
        var gaps = platform.Client("gaps", tenant);
        var gap = (await Eventually.Get(() => gaps.List<Gap>("/api/gaps"), g => g.Count == 1, "the content gap")).Single();

        var week = (await gaps.GetFromJsonAsync<GapWeek>($"/api/gaps/{gap.Id}/week"))!;

        Assert.Equal((gap.Id, "kita:mitte:content", 15, 672), (week.GapId, week.Key, week.SlotMinutes, week.Persons.Length));
        Assert.Equal(DayOfWeek.Monday, week.Monday.DayOfWeek);
        Assert.Matches(@"^\d{4}-W\d{2}$", week.Week);
        // Monday 06:00–08:00 is slots 24–31; Saturday 22:00 to Sunday 01:00 runs over midnight (slots 5·96+88 … 6·96+3).
        var needed = Enumerable.Range(24, 8).Concat(Enumerable.Range(5 * 96 + 88, 12)).ToHashSet();
        Assert.All(Enumerable.Range(0, 672), slot => Assert.Equal(needed.Contains(slot) ? 2 : 0, week.Persons[slot]));

        var other = platform.Client("gaps", PlatformFixture.NewTenant());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/gaps/{gap.Id}/week")).StatusCode);
    }
}
