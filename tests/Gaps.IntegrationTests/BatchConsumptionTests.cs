using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Messaging;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.ServiceHosting;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// Answers, withdrawals and reweightings are consumed in batches: one transaction per tenant's part of a batch with one
/// inbox row per message. The figures are those of consuming them one by one; a redelivered message is skipped; the
/// order that matters holds; a poison message goes to the <c>_error</c> queue alone while the rest of its batch is consumed.
/// Each test also shows that its messages did share batches: messages consumed in one transaction share its moment.
/// </summary>
public sealed class BatchConsumptionTests(QuickRedeliveryGapsHost host) : IClassFixture<QuickRedeliveryGapsHost>
{
    private static readonly Guid Survey = Guid.NewGuid();

    private static Ags NewTenant() => Ags.Parse($"06{Random.Shared.Next(0, 1_000_000):D6}");

    private static NeedsReported Need(string tenant, Guid response, string area, string category = "kita", int persons = 1, int startHour = 6,
        double weight = 1, long revision = 1, Guid? importId = null) =>
        new(tenant, response, Survey, 1, [new DemandItem(Guid.NewGuid(), "incoming", category, area, persons, weight,
            Windows: [new DemandWindow(DayOfWeek.Monday, startHour * 60, (startHour + 3) * 60, false)])], revision, importId);

    private static object[] Ground(string t) =>
    [
        new AreaDefined(t, "a", 1, new AreaState("A", 49.45, 11.07)),
        new AreaDefined(t, "b", 1, new AreaState("B", 49.46, 11.07)),
        new OfferRegistered(t, Guid.NewGuid(), 1, new OfferState("Kita", "kita", null, "a", new FacilityState(Guid.NewGuid(), "Haus", "municipal", 49.45, 11.07),
            null, 5, 0, "Mo 07:00-17:00", [new WeeklyInterval(DayOfWeek.Monday, 7 * 60, 17 * 60)], [], false, false, ["de"], null, "active", null)),
    ];

    /// <summary>A burst: answers in two areas, two categories, several hours and persons; two weight revisions of area a.</summary>
    private static List<object> Burst(string t, int answers) =>
        [.. Enumerable.Range(0, answers).Select(i => Need(t, Guid.NewGuid(), i % 3 == 0 ? "b" : "a", i % 4 == 0 ? "hort" : "kita", 1 + i % 3, 5 + i % 5,
            weight: i % 3 == 0 ? 1 : 1.5 + i % 2, revision: i % 3 == 0 ? 1 : 1 + i % 2))];

    private async Task<string> Figures(Ags tenant)
    {
        var analysis = await host.Planner(tenant).GetFromJsonAsync<JsonElement>("/api/gaps/analysis");
        return string.Join("\n", analysis.GetProperty("gaps").EnumerateArray().Select(g =>
            $"{g.GetProperty("key").GetString()} {g.GetProperty("intervals").GetString()} {g.GetProperty("estimatedPersons").GetDouble()} "
            + $"{g.GetProperty("personHours").GetDouble()} {g.GetProperty("responses").GetInt32()}").Order());
    }

    private async Task<string> StoredGaps(Ags tenant)
    {
        var stored = await host.Planner(tenant).GetFromJsonAsync<JsonElement>("/api/gaps");
        return string.Join("\n", stored.EnumerateArray().Select(g =>
            $"{g.GetProperty("key").GetString()} {g.GetProperty("intervals").GetString()} {g.GetProperty("estimatedPersons").GetDouble()} "
            + $"{g.GetProperty("personHours").GetDouble()} {g.GetProperty("responses").GetInt32()}").Order());
    }

    /// <summary>The inbox rows of the messages (by id) the batch inbox consumed, grouped by the moment of their transaction.</summary>
    private Task<List<int>> TransactionSizes(Ags tenant, IReadOnlyCollection<Guid> messageIds) =>
        host.InTenant(tenant, db => db.Set<InboxState>().Where(i => messageIds.Contains(i.MessageId) && i.Consumed != null)
            .GroupBy(i => i.Consumed).Select(g => g.Count()).ToListAsync());

    private async Task<Guid[]> PublishAsync(IEnumerable<object> events)
    {
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        var bus = host.Services.GetRequiredService<IBus>();
        var sent = events.Select(e => (Id: NewId.NextGuid(), Event: e)).ToArray();
        await Parallel.ForEachAsync(sent, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (e, ct) =>
            await bus.Publish(e.Event, e.Event.GetType(), Pipe.Execute<PublishContext>(c => c.MessageId = e.Id), ct));
        return [.. sent.Select(e => e.Id)];
    }

    private static async Task Until(Func<Task<bool>> done, int seconds = 60, [CallerLineNumber] int line = 0)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < until, $"Still waiting after {seconds} s (line {line})");
            await Task.Delay(200);
        }
    }

    private Task<bool> Settled(Ags tenant) =>
        host.InTenant(tenant, async db => !await db.Cells.AnyAsync(c => c.Dirty) && !await db.PendingChanges.AnyAsync());

    [Fact]
    public async Task A_burst_of_answers_consumed_in_batches_gives_the_gaps_of_consuming_them_one_by_one()
    {
        var (together, alone) = (NewTenant(), NewTenant());
        await host.PublishShuffledAsync(together, Ground(together.Value));
        await host.PublishShuffledAsync(alone, Ground(alone.Value));

        var ids = await PublishAsync(Burst(together.Value, 60));
        foreach (var answer in Burst(alone.Value, 60))
            await host.PublishShuffledAsync(alone, [answer]);
        await Until(async () => (await TransactionSizes(together, ids)).Sum() == ids.Length);

        Assert.Contains(await TransactionSizes(together, ids), size => size > 1);
        await Until(async () => await Settled(together) && await Settled(alone));
        var figures = await Figures(alone);
        Assert.NotEqual("", figures);
        Assert.Equal(figures, await Figures(together));
        Assert.Equal(await StoredGaps(alone), await StoredGaps(together));
    }

    [Fact]
    public async Task A_poison_answer_goes_to_the_error_queue_alone_and_the_rest_of_its_batch_is_consumed()
    {
        var tenant = NewTenant();
        await host.PublishShuffledAsync(tenant, Ground(tenant.Value));
        var good = Enumerable.Range(0, 30).Select(_ => Need(tenant.Value, Guid.NewGuid(), "a")).ToList();
        // A category longer than the read model's column: the database refuses it every time, no rerun cures it.
        var poison = Need(tenant.Value, Guid.NewGuid(), "a", category: new string('x', 60));
        var ids = await PublishAsync([.. good.Take(15), poison, .. good.Skip(15)]);
        var poisonId = ids[15];
        var goodIds = ids.Where(id => id != poisonId).ToList();

        using var admin = VirtualHosts.Admin();
        await Until(async () => (await ErrorMessageIds(admin)).Count > 0 && (await TransactionSizes(tenant, goodIds)).Sum() == goodIds.Count);
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal([poisonId], await ErrorMessageIds(admin));
        // It shared a batch with good answers, which were then consumed one by one.
        Assert.Contains(host.Logs.Lines, line => line.Contains($"NeedsReported of tenant {tenant.Value} failed; consuming them one by one", StringComparison.Ordinal));
        Assert.Equal(30, await host.InTenant(tenant, db => db.Demand.CountAsync()));
        Assert.Empty(await TransactionSizes(tenant, [poisonId]));
    }

    /// <summary>The ids of the messages in the needs consumer's <c>_error</c> queue, left there.</summary>
    private async Task<List<Guid>> ErrorMessageIds(HttpClient admin)
    {
        var queue = $"{host.ServiceName}-needs-events_error";
        var response = await admin.PostAsJsonAsync($"queues/{Uri.EscapeDataString(host.VirtualHost)}/{queue}/get",
            new { count = 100, ackmode = "ack_requeue_true", encoding = "auto" });
        if (!response.IsSuccessStatusCode) return [];
        var messages = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. messages.EnumerateArray().Select(m => Guid.Parse(m.GetProperty("properties").GetProperty("message_id").GetString()!))];
    }

    [Fact]
    public async Task A_redelivered_batch_changes_nothing_and_a_new_message_beside_it_is_consumed()
    {
        var tenant = NewTenant();
        var t = tenant.Value;
        await host.PublishShuffledAsync(tenant, Ground(t));
        // An import's answers: each is counted once towards its import, so a second consumption would fail on that count's key.
        var import = Guid.NewGuid();
        var answers = Enumerable.Range(0, 20).Select(_ => (Id: NewId.NextGuid(), Event: Need(t, Guid.NewGuid(), "a", importId: import))).ToList();
        var bus = host.Services.GetRequiredService<IBus>();
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        async Task Deliver(IEnumerable<(Guid Id, NeedsReported Event)> copies) =>
            await Parallel.ForEachAsync(copies, async (a, ct) => await bus.Publish(a.Event, Pipe.Execute<PublishContext>(c => c.MessageId = a.Id), ct));
        var ids = answers.Select(a => a.Id).ToList();

        await Deliver(answers);
        await Until(async () => (await TransactionSizes(tenant, ids)).Sum() == ids.Count);
        var (demand, counted) = (await DemandIds(tenant), await host.InTenant(tenant, db => db.Imports.CountAsync()));

        // The same messages again, with one new answer among them.
        var extra = (Id: NewId.NextGuid(), Event: Need(t, Guid.NewGuid(), "a", importId: import));
        await Deliver([.. answers, extra]);
        await Until(async () => await host.InTenant(tenant, db => db.Set<InboxState>().Where(i => ids.Contains(i.MessageId)).AllAsync(i => i.ReceiveCount == 2))
            && (await TransactionSizes(tenant, [extra.Id])).Sum() == 1);

        Assert.Contains(await TransactionSizes(tenant, ids), size => size > 1);
        Assert.Equal(demand.Concat(extra.Event.Items.Select(i => i.DemandId)).Order(), await DemandIds(tenant));
        Assert.Equal(counted + 1, await host.InTenant(tenant, db => db.Imports.CountAsync()));
        using var admin = VirtualHosts.Admin();
        Assert.DoesNotContain(await ErrorMessageIds(admin), ids.Append(extra.Id).Contains);
    }

    private Task<List<Guid>> DemandIds(Ags tenant) => host.InTenant(tenant, db => db.Demand.Select(d => d.DemandId).OrderBy(d => d).ToListAsync());

    [Fact]
    public async Task Withdrawals_consumed_together_with_or_before_their_answers_leave_the_answers_withdrawn()
    {
        var tenant = NewTenant();
        var t = tenant.Value;
        await host.PublishShuffledAsync(tenant, Ground(t));
        var withdrawn = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToList();
        var kept = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToList();
        List<object> events = [.. withdrawn.Select(r => Need(t, r, "a")), .. withdrawn.Select(r => new NeedsWithdrawn(t, r)), .. kept.Select(r => Need(t, r, "a"))];
        Random.Shared.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(events));

        var ids = await PublishAsync(events);
        await Until(async () => (await TransactionSizes(tenant, ids)).Sum() == ids.Length);

        Assert.Contains(await TransactionSizes(tenant, ids), size => size > 1);
        Assert.Equal(kept.Order(), await host.InTenant(tenant, db => db.Demand.Select(d => d.ResponseId).OrderBy(r => r).ToListAsync()));
        Assert.True(await host.InTenant(tenant, db => db.Responses.Where(r => withdrawn.Contains(r.ResponseId)).AllAsync(r => r.Withdrawn)));
    }

    [Fact]
    public async Task Reweightings_of_one_stratum_in_one_batch_keep_the_newest_revision_whatever_their_order()
    {
        var tenant = NewTenant();
        var t = tenant.Value;
        await host.PublishShuffledAsync(tenant, Ground(t));
        await host.PublishShuffledAsync(tenant, Enumerable.Range(0, 10).Select(_ => Need(t, Guid.NewGuid(), "a")));
        // Revision 30 is the newest: weight 4.
        var reweightings = Enumerable.Range(1, 30).Select(r => new NeedsReweighted(t, Survey, "a", "incoming", r == 30 ? 4 : 1 + r / 10.0, r)).Reverse();

        var ids = await PublishAsync(reweightings);
        await Until(async () => (await TransactionSizes(tenant, ids)).Sum() == ids.Length);

        Assert.Contains(await TransactionSizes(tenant, ids), size => size > 1);
        var held = await host.InTenant(tenant, db => db.StratumWeights.SingleAsync());
        Assert.Equal((30L, 4.0), (held.Revision, held.Weight));
        Assert.Equal([4.0], await host.InTenant(tenant, db => db.Demand.Select(d => d.Weight).Distinct().ToListAsync()));
    }
}
