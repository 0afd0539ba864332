using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// A campaign's answers arrive together and mostly share a stratum and a category. Consumed concurrently they wait for
/// each other on the stratum's weight and the category's cell instead of colliding: no unit of work runs twice
/// (<c>messaging.consume.conflicts</c>), and the figures are those of the newest weight.
/// </summary>
public sealed class ConcurrentAnswersTests : IClassFixture<GapsHost>, IDisposable
{
    private static readonly Guid Survey = Guid.NewGuid();

    private readonly GapsHost _host;
    private readonly MeterListener _listener = new();
    private long _conflicts;

    public ConcurrentAnswersTests(GapsHost host)
    {
        _host = host;
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Name == "messaging.consume.conflicts") listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _conflicts, value));
        _listener.Start();
    }

    public void Dispose() => _listener.Dispose();

    private static NeedsReported Need(string tenant, long revision, string area = "a") =>
        new(tenant, Guid.NewGuid(), Survey, 1, [new DemandItem(Guid.NewGuid(), "incoming", "kita", area, 1, 1 + revision / 40.0,
            Windows: [new DemandWindow(DayOfWeek.Monday, 6 * 60, 9 * 60, false)])], revision);

    [Fact]
    public async Task Answers_of_one_stratum_and_category_consumed_at_once_never_collide_and_all_take_the_newest_weight()
    {
        var tenant = Ags.Parse($"05{Random.Shared.Next(0, 1_000_000):D6}");
        var t = tenant.Value;
        await _host.PublishShuffledAsync(tenant, [
            new AreaDefined(t, "a", 1, new AreaState("A", 49.45, 11.07)),
            new OfferRegistered(t, Guid.NewGuid(), 1, new OfferState("Kita", "kita", null, "a", new FacilityState(Guid.NewGuid(), "Haus", "municipal", 49.45, 11.07),
                null, 10, 0, "Mo 07:00-17:00", [new WeeklyInterval(DayOfWeek.Monday, 7 * 60, 17 * 60)], [], false, false, ["de"], null, "active", null)),
        ]);
        var before = Interlocked.Read(ref _conflicts);

        // Revisions 1..80: the newest, 80, weighs each answer 3.
        await _host.PublishShuffledAsync(tenant, Enumerable.Range(1, 80).Select(r => Need(t, r)));

        Assert.Equal(0, Interlocked.Read(ref _conflicts) - before);
        Assert.Equal([3.0], await _host.InTenant(tenant, db => db.Demand.Select(d => d.Weight).Distinct().ToListAsync()));
        Assert.Equal(80, await _host.InTenant(tenant, db => db.StratumWeights.Select(s => s.Revision).SingleAsync()));
        // 80 households weighted 3 need Monday 06:00–09:00; the Kita opens at 07:00.
        var analysis = await _host.Planner(tenant).GetFromJsonAsync<JsonElement>("/api/gaps/analysis");
        var time = analysis.GetProperty("gaps").EnumerateArray().Single(g => g.GetProperty("kind").GetString() == "time");
        Assert.Equal(240, time.GetProperty("estimatedPersons").GetDouble());
    }

    [Fact]
    public async Task Batches_of_answers_of_several_strata_consumed_at_once_wait_for_each_other_instead_of_deadlocking()
    {
        var tenant = Ags.Parse($"05{Random.Shared.Next(0, 1_000_000):D6}");
        var t = tenant.Value;
        await _host.PublishShuffledAsync(tenant, [new AreaDefined(t, "a", 1, new AreaState("A", 49.45, 11.07))]);
        var before = Interlocked.Read(ref _conflicts);

        // Four strata, 60 answers each with revisions 1..60: two batches at a time, each meeting the strata in its own order.
        string[] areas = ["a", "b", "c", "d"];
        await _host.PublishShuffledAsync(tenant, areas.SelectMany(area => Enumerable.Range(1, 60).Select(r => Need(t, r, area))));

        Assert.Equal(0, Interlocked.Read(ref _conflicts) - before);
        Assert.Equal([2.5], await _host.InTenant(tenant, db => db.Demand.Select(d => d.Weight).Distinct().ToListAsync()));
        Assert.Equal([60L, 60, 60, 60], await _host.InTenant(tenant, db => db.StratumWeights.Select(s => s.Revision).ToListAsync()));
    }
}
