using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// <c>PH off</c> as the inventory announces it (<see cref="OfferState.ClosedOnPublicHolidays"/>) closes the offer on the public
/// holidays of the municipality's federal state: in the week of Corpus Christi 2027 a Munich Kita leaves its Thursday's
/// children without care, a Berlin one does not — Corpus Christi is no holiday there.
/// </summary>
public sealed class PublicHolidayTests(GapsHost host) : IClassFixture<GapsHost>
{
    private static async Task<Ags> MunicipalityWithKita(GapsHost host, string state, bool closedOnHolidays)
    {
        var tenant = Ags.Parse($"{state}{Random.Shared.Next(0, 1_000_000):D6}");
        var t = tenant.Value;
        var hours = Enumerable.Range(0, 5).Select(d => new WeeklyInterval((DayOfWeek)(d + 1), 7 * 60, 17 * 60)).ToList();
        var kita = new OfferState("Kita Sonnenschein", "kita", null, "a", new FacilityState(Guid.NewGuid(), "Haus", "municipal", 49.45, 11.07),
            null, 10, 5, closedOnHolidays ? "Mo-Fr 07:00-17:00; PH off" : "Mo-Fr 07:00-17:00", hours, [], closedOnHolidays, false, ["de"], null, "active", null);
        // Five households, each a child Monday and Thursday 08:00–12:00.
        var needs = Enumerable.Range(0, 5).Select(_ => new NeedsReported(t, Guid.NewGuid(), null, 1, [new DemandItem(Guid.NewGuid(), "other", "kita", "a", 1, 1,
            Windows: [new DemandWindow(DayOfWeek.Monday, 8 * 60, 12 * 60, false), new DemandWindow(DayOfWeek.Thursday, 8 * 60, 12 * 60, false)])], 0));
        await host.PublishShuffledAsync(tenant, [new AreaDefined(t, "a", 1, new AreaState("A", 49.45, 11.07)), new OfferRegistered(t, Guid.NewGuid(), 1, kita), .. needs]);
        return tenant;
    }

    private static async Task<List<(string Kind, string Intervals)>> Analysis(GapsHost host, Ags tenant, string week) =>
        [.. (await host.Planner(tenant).GetFromJsonAsync<JsonElement>($"/api/gaps/analysis?week={week}")).GetProperty("gaps").EnumerateArray()
            .Select(g => (g.GetProperty("kind").GetString()!, g.GetProperty("intervals").GetString()!))];

    [Fact]
    public async Task A_kita_closed_on_public_holidays_leaves_the_holidays_children_without_care_in_its_own_state_only()
    {
        var munich = await MunicipalityWithKita(host, "09", closedOnHolidays: true);
        var berlin = await MunicipalityWithKita(host, "11", closedOnHolidays: true);
        var openOnHolidays = await MunicipalityWithKita(host, "09", closedOnHolidays: false);

        // 2027-W21: Corpus Christi on Thursday 27 May, a holiday in Bavaria, not in Berlin.
        Assert.Equal([("time", "Do 08:00–12:00")], await Analysis(host, munich, "2027-W21"));
        Assert.Empty(await Analysis(host, berlin, "2027-W21"));
        Assert.Empty(await Analysis(host, openOnHolidays, "2027-W21"));
        // 2027-W13: Easter Monday, 29 March, everywhere.
        Assert.Equal([("time", "Mo 08:00–12:00")], await Analysis(host, berlin, "2027-W13"));
        // An ordinary week: every child has a place.
        Assert.Empty(await Analysis(host, munich, "2027-W10"));
    }
}
