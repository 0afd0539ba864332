using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.Persistence;
using GutAusgestattet.Gaps.ReadModel;
using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// An area arriving together with a category's first offers and answers: the area's unit of work finds no category to mark
/// yet, so a refresh that read the areas before the area committed would keep gaps without it, settled and wrong, until some
/// other change. The refresh waits for the area's commit instead and sees it.
/// </summary>
public sealed class AreaDuringDetectionTests(GapsHost host) : IClassFixture<GapsHost>
{
    private static readonly WeeklyInterval Monday7To17 = new(DayOfWeek.Monday, 7 * 60, 17 * 60);

    private static OfferState Offer(string area, int places, double latitude) => new(
        "Haus", "kita", null, area, new FacilityState(Guid.NewGuid(), "Haus", "municipal", latitude, 11.07), null, places, 0, "Mo 07:00-17:00",
        [Monday7To17], [], false, false, ["de"], null, "active", null);

    private static NeedsReported Need(string tenant, string area, int persons, int startHour) =>
        new(tenant, Guid.NewGuid(), null, 0, [new DemandItem(Guid.NewGuid(), "incoming", "kita", area, persons, 1,
            Windows: [new DemandWindow(DayOfWeek.Monday, startHour * 60, (startHour + 4) * 60, false)])]);

    [Fact]
    public async Task A_refresh_waits_for_an_area_being_added_and_sees_it()
    {
        var tenant = Ags.Parse($"09{Random.Shared.Next(0, 1_000_000):D6}");
        var t = tenant.Value;
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        var bus = host.Services.GetRequiredService<IBus>();
        await bus.Publish(new AreaDefined(t, "a", 1, new AreaState("A", 49.45, 11.07)));
        await Until(() => host.InTenant(tenant, db => db.Areas.AnyAsync()));

        // Area b's unit of work, held open after it looked for categories to mark and found none.
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        var areaDb = scope.ServiceProvider.GetRequiredService<GapsDbContext>();
        await areaDb.InTransactionAsync(async token =>
        {
            areaDb.Areas.Add(new AreaCentre { TenantId = t, Code = "b", Version = 1, Name = "B", Latitude = 49.46, Longitude = 11.07 });
            await scope.ServiceProvider.GetRequiredService<GapDetector>().MarkAllAsync(token);

            foreach (var e in new object[] { new OfferRegistered(t, Guid.NewGuid(), 1, Offer("a", 2, 49.45)), new OfferRegistered(t, Guid.NewGuid(), 1, Offer("b", 3, 49.46)),
                         Need(t, "a", 2, 6), Need(t, "b", 4, 5), Need(t, "a", 3, 8) })
                await bus.Publish(e, e.GetType(), token);
            // Until the refresh of Kita has run, or waits on the ground; then area b commits.
            await Until(() => host.InTenant(tenant, async db => await db.Offers.CountAsync() == 2 && await db.Demand.CountAsync() == 3
                && (await RefreshWaitingAsync(db) || (await db.Cells.AnyAsync() && !await db.Cells.AnyAsync(c => c.Dirty)))));
        }, CancellationToken.None);

        // Both areas' capacity gaps, as a full recompute of the read model gives them: b's places no longer count for a alone.
        await Until(async () => await Gaps(tenant) is var (stored, recomputed) && stored == recomputed
            && await host.InTenant(tenant, async db => !await db.Cells.AnyAsync(c => c.Dirty)));
        var (stored, _) = await Gaps(tenant);
        Assert.Contains("kita:a:capacity Mo 07:00–09:00", stored);
    }

    private static async Task<bool> RefreshWaitingAsync(GapsDbContext db) =>
        await db.Database.SqlQueryRaw<int>(
            "SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'advisory'").SingleAsync() > 0;

    private async Task<(string Stored, string Recomputed)> Gaps(Ags tenant)
    {
        var planner = host.Planner(tenant);
        var stored = await planner.GetFromJsonAsync<JsonElement>("/api/gaps");
        var analysis = await planner.GetFromJsonAsync<JsonElement>("/api/gaps/analysis");
        static string Line(JsonElement g) => $"{g.GetProperty("key").GetString()} {g.GetProperty("intervals").GetString()} {g.GetProperty("estimatedPersons").GetDouble()}";
        return (string.Join("\n", stored.EnumerateArray().Select(Line).Order()),
            string.Join("\n", analysis.GetProperty("gaps").EnumerateArray().Select(Line).Order()));
    }

    private static async Task Until(Func<Task<bool>> done, [CallerLineNumber] int line = 0)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < until, $"Still waiting after 30 s (line {line})");
            await Task.Delay(200);
        }
    }
}
