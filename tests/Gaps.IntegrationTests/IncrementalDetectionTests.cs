using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.Persistence;
using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// One changed offer or answer is applied to the state the instance kept from the category's last
/// refresh instead of reloading it: the stored gaps must still be exactly what a full recompute of
/// the read model gives (the analysis endpoint computes one), step after step; a new weight is applied
/// to the kept state as a change of its stratum's answers. Whenever the kept state may be stale —
/// another instance refreshed meanwhile, a new week — the category is reloaded. <c>gaps.detection</c>
/// tells which way each refresh went.
/// </summary>
public sealed class IncrementalDetectionTests : IClassFixture<GapsHost>, IDisposable
{
    private static readonly Guid Survey = Guid.NewGuid();
    private static readonly WeeklyInterval Monday7To17 = new(DayOfWeek.Monday, 7 * 60, 17 * 60);

    private readonly GapsHost _host;
    private readonly MeterListener _listener = new();
    private long _full;
    private long _incremental;

    public IncrementalDetectionTests(GapsHost host)
    {
        _host = host;
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Name == "gaps.detection") listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
                if (tag.Key == "mode") Interlocked.Add(ref (string?)tag.Value == "incremental" ? ref _incremental : ref _full, value);
        });
        _listener.Start();
    }

    public void Dispose() => _listener.Dispose();

    private static Ags NewTenant() => Ags.Parse($"09{Random.Shared.Next(0, 1_000_000):D6}");

    private static OfferState Offer(string category, string area, int places, double latitude = 49.45) => new(
        "Haus", category, null, area, new FacilityState(Guid.NewGuid(), "Haus", "municipal", latitude, 11.07), null, places, 0, "Mo 07:00-17:00",
        [Monday7To17], [], false, false, ["de"], null, "active", null);

    private static NeedsReported Need(string tenant, Guid response, string area, int persons, int startHour = 6, double weight = 1, long revision = 1) =>
        new(tenant, response, Survey, 1, [new DemandItem(Guid.NewGuid(), "incoming", "kita", area, persons, weight,
            Windows: [new DemandWindow(DayOfWeek.Monday, startHour * 60, (startHour + 4) * 60, false)])], revision);

    private async Task PublishAll(params object[] events)
    {
        // A class's first events would otherwise be lost while the instance is still binding its queues.
        await _host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        var bus = _host.Services.GetRequiredService<IBus>();
        foreach (var e in events) await bus.Publish(e, e.GetType());
    }

    private Task<bool> Settled(Ags tenant) =>
        _host.InTenant(tenant, async db => !await db.Cells.AnyAsync(c => c.Dirty) && !await db.PendingChanges.AnyAsync());

    /// <summary>The stored gaps and a full recompute's, each as one line per gap with every figure the planner sees.</summary>
    private async Task<(string Stored, string Recomputed)> Gaps(Ags tenant)
    {
        var planner = _host.Planner(tenant);
        var stored = await planner.GetFromJsonAsync<JsonElement>("/api/gaps");
        var analysis = await planner.GetFromJsonAsync<JsonElement>("/api/gaps/analysis");
        static string Line(JsonElement g) =>
            $"{g.GetProperty("key").GetString()} {g.GetProperty("intervals").GetString()} {g.GetProperty("estimatedPersons").GetDouble()} "
            + $"{g.GetProperty("personHours").GetDouble()} {g.GetProperty("responses").GetInt32()} {Math.Round(g.GetProperty("severity").GetDouble(), 9)} "
            + $"{Math.Round(g.GetProperty("confidence").GetDouble(), 9)}";
        return (string.Join("\n", stored.EnumerateArray().Select(Line).Order()),
            string.Join("\n", analysis.GetProperty("gaps").EnumerateArray().Select(Line).Order()));
    }

    /// <summary>
    /// Publishes the events, waits until their refreshes are done (<paramref name="incremental"/> +
    /// <paramref name="full"/> of them) and checks that they went that way and stored a full recompute's gaps.
    /// </summary>
    private async Task Step(Ags tenant, int incremental, int full, params object[] events)
    {
        var (incrementalBefore, fullBefore) = (Interlocked.Read(ref _incremental), Interlocked.Read(ref _full));
        await PublishAll(events);
        await Until(async () => Interlocked.Read(ref _incremental) - incrementalBefore + Interlocked.Read(ref _full) - fullBefore >= incremental + full
            && await Settled(tenant) && await Gaps(tenant) is var (stored, recomputed) && stored == recomputed);
        var (stored, recomputed) = await Gaps(tenant);
        Assert.Equal(recomputed, stored);
        Assert.Equal((incremental, full), (Interlocked.Read(ref _incremental) - incrementalBefore, Interlocked.Read(ref _full) - fullBefore));
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

    /// <summary>Areas a and b 1.1 km apart, a Kita in each, three answers; returns once it is all refreshed.</summary>
    private async Task<(Guid InA, Guid InB, Guid[] Responses)> Start(Ags tenant)
    {
        var t = tenant.Value;
        Guid inA = Guid.NewGuid(), inB = Guid.NewGuid();
        Guid[] responses = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        await PublishAll(
            new AreaDefined(t, "a", 1, new AreaState("A", 49.45, 11.07)),
            new AreaDefined(t, "b", 1, new AreaState("B", 49.46, 11.07)),
            new OfferRegistered(t, inA, 1, Offer("kita", "a", 2)),
            new OfferRegistered(t, inB, 1, Offer("kita", "b", 3, 49.46)),
            Need(t, responses[0], "a", 2),
            Need(t, responses[1], "b", 4, startHour: 5),
            Need(t, responses[2], "a", 3, startHour: 8));
        await Until(async () => await _host.InTenant(tenant, async db => await db.Offers.CountAsync() == 2 && await db.Demand.CountAsync() == 3 && await db.Areas.CountAsync() == 2)
            && await Settled(tenant));
        var (stored, recomputed) = await Gaps(tenant);
        Assert.NotEqual("", stored);
        Assert.Equal(recomputed, stored);
        return (inA, inB, responses);
    }

    [Fact]
    public async Task Changed_offers_and_answers_go_through_the_kept_state_and_store_the_gaps_of_a_full_recompute()
    {
        var tenant = NewTenant();
        var t = tenant.Value;
        var (inA, inB, responses) = await Start(tenant);

        await Step(tenant, incremental: 1, full: 0, new OfferChanged(t, inA, 2, Offer("kita", "a", 1)));
        await Step(tenant, incremental: 1, full: 0, Need(t, Guid.NewGuid(), "b", 2, startHour: 9));
        await Step(tenant, incremental: 1, full: 0, new NeedsWithdrawn(t, responses[0]));
        await Step(tenant, incremental: 1, full: 0, new OfferWithdrawn(t, inB, 2));
        // Moved to another category: Kita withdraws it through its kept state, Hort is new and loaded.
        await Step(tenant, incremental: 1, full: 1, new OfferChanged(t, inA, 3, Offer("hort", "a", 5)));
        // And back: both categories kept now, Hort withdraws it and Kita takes it again.
        await Step(tenant, incremental: 2, full: 0, new OfferChanged(t, inA, 4, Offer("kita", "a", 2)));
    }

    [Fact]
    public async Task After_another_instance_refreshed_the_category_the_next_refresh_reloads_it()
    {
        var tenant = NewTenant();
        var (inA, _, _) = await Start(tenant);

        // Another instance consumes an offer change and refreshes with its own kept states: this instance's state misses the change.
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            services.GetRequiredService<TenantContext>().Set(tenant);
            var db = services.GetRequiredService<GapsDbContext>();
            var otherInstance = new GapDetector(db, services.GetRequiredService<GapInputs>(), _host.Clock, services.GetRequiredService<GapDetectionSignal>(),
                new KeptComparisons(services.GetRequiredService<IConfiguration>()), services.GetRequiredService<GapDetectionMetrics>(),
                services.GetRequiredService<IConfiguration>());
            await db.InTransactionAsync(async token =>
            {
                var supply = await db.Offers.SingleAsync(o => o.OfferId == inA, token);
                supply.State = supply.State! with { Places = 0 };
                supply.Version++;
                await otherInstance.MarkAsync(ChangedItem.Offer, inA, ["kita"], token);
                return await otherInstance.RefreshAsync("kita", services.GetRequiredService<IPublishEndpoint>(), token);
            }, CancellationToken.None);
        }

        await Step(tenant, incremental: 0, full: 1, Need(tenant.Value, Guid.NewGuid(), "a", 1, startHour: 9));
        await Step(tenant, incremental: 1, full: 0, Need(tenant.Value, Guid.NewGuid(), "b", 1, startHour: 9));
    }

    [Fact]
    public async Task New_weights_go_through_the_kept_state_and_a_new_week_reloads_the_category()
    {
        var tenant = NewTenant();
        await Start(tenant);

        // The stratum's two answers in a take the new weight; b's answer keeps its own.
        await Step(tenant, incremental: 1, full: 0, new NeedsReweighted(tenant.Value, Survey, "a", "incoming", 2.5, 2));
        await Step(tenant, incremental: 1, full: 0, Need(tenant.Value, Guid.NewGuid(), "a", 1, startHour: 9, weight: 2.5, revision: 2));
        // An answer carrying a newer weight than the one held gives it to the stratum's other answers as well.
        await Step(tenant, incremental: 1, full: 0, Need(tenant.Value, Guid.NewGuid(), "a", 2, startHour: 10, weight: 4, revision: 3));

        var (incrementalBefore, fullBefore) = (Interlocked.Read(ref _incremental), Interlocked.Read(ref _full));
        _host.Clock.Advance(TimeSpan.FromDays(7));
        var monday = AnalysisWeek.Containing(DateOnly.FromDateTime(_host.Clock.GetUtcNow().UtcDateTime)).Monday;
        await Until(() => _host.InTenant(tenant, db => db.Cells.IgnoreQueryFilters().AllAsync(c => c.Week == monday)));
        var (stored, recomputed) = await Gaps(tenant);
        Assert.Equal(recomputed, stored);
        Assert.Equal(incrementalBefore, Interlocked.Read(ref _incremental));
        Assert.True(Interlocked.Read(ref _full) > fullBefore);
        await Step(tenant, incremental: 1, full: 0, Need(tenant.Value, Guid.NewGuid(), "a", 2, startHour: 7, weight: 4, revision: 3));
    }
}
