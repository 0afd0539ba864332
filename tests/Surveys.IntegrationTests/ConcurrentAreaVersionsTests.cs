using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Messaging;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.Surveys.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Surveys.IntegrationTests;

/// <summary>
/// Versions of one area, published at once in shuffled order, are consumed concurrently: two consumers may read the same
/// older row, and the older name must still never land last (the areas answers may name, and their names on the form).
/// A race, so several rounds make a lost update likely if the writes are not conditional.
/// </summary>
public sealed class ConcurrentAreaVersionsTests(SurveysHost host) : IClassFixture<SurveysHost>
{
    private const int Versions = 20;
    private const int Rounds = 5;

    [Fact]
    public async Task The_newest_area_version_stays_however_the_older_ones_arrive_and_at_once()
    {
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        var bus = host.Services.GetRequiredService<IBus>();
        for (var round = 0; round < Rounds; round++)
        {
            var tenant = SurveysHost.NewTenant();
            var events = Enumerable.Range(1, Versions)
                .Select(v => (Id: NewId.NextGuid(), Event: v == 1
                    ? (object)new AreaDefined(tenant.Value, "mitte", v, new AreaState($"Mitte {v}", 49.45, 11.07))
                    : new AreaChanged(tenant.Value, "mitte", v, new AreaState($"Mitte {v}", 49.45, 11.07))))
                .ToArray();
            Random.Shared.Shuffle(events);
            await Parallel.ForEachAsync(events, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (e, ct) =>
                await bus.Publish(e.Event, e.Event.GetType(), Pipe.Execute<PublishContext>(c => c.MessageId = e.Id), ct));

            // Every event consumed, the older ones included: only then could a stale one have landed last.
            var ids = events.Select(e => e.Id).ToList();
            var until = DateTime.UtcNow.AddSeconds(60);
            while (await host.InTenant(tenant, db => db.Set<InboxState>().Where(i => ids.Contains(i.MessageId) && i.Consumed != null)
                       .Select(i => i.MessageId).Distinct().CountAsync()) < ids.Count && DateTime.UtcNow < until)
                await Task.Delay(200);

            var area = await host.InTenant(tenant, db => db.Areas.SingleAsync());
            Assert.Equal((Versions, $"Mitte {Versions}"), (area.Version, area.Name));
        }
    }
}
