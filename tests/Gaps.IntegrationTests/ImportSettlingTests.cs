using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// An import of offers or answers is one change: while its events arrive one by one (here 45 of them, slowly, the closing
/// event among them), no gap of a state halfway through it is announced — only what holds once it has arrived whole.
/// </summary>
public sealed class ImportSettlingTests(GapsHost host) : IClassFixture<GapsHost>
{
    private static readonly Guid Survey = Guid.NewGuid();
    private static readonly WeeklyInterval Monday8To16 = new(DayOfWeek.Monday, 8 * 60, 16 * 60);

    private static NeedsReported Need(string tenant, int persons, Guid? importId = null) =>
        new(tenant, Guid.NewGuid(), Survey, 1, [new DemandItem(Guid.NewGuid(), "incoming", "kita", "a", persons, 1,
            Windows: [new DemandWindow(DayOfWeek.Monday, 8 * 60, 16 * 60, false)])], 0, importId);

    private static OfferRegistered Places(string tenant, int places, Guid? importId = null) =>
        new(tenant, Guid.NewGuid(), 1, new OfferState("Tagesgruppe", "kita", null, "a", new FacilityState(Guid.NewGuid(), "Haus", "welfare", 49.45, 11.07),
            null, places, 0, "Mo 08:00-16:00", [Monday8To16], [], false, false, ["de"], null, "active", null), importId);

    /// <summary>The import's events one by one, a little apart as a slow consumer would take them, the closing event among them.</summary>
    private async Task ArriveSlowlyAsync(IReadOnlyList<object> events, object closing)
    {
        var bus = host.Services.GetRequiredService<IBus>();
        foreach (var (message, index) in events.Select((e, i) => (e, i)))
        {
            if (index == events.Count / 2) await bus.Publish(closing);
            await bus.Publish(message);
            await Task.Delay(60);
        }
    }

    [Fact]
    public async Task Importing_45_offers_announces_only_the_gaps_that_exist_after_the_import()
    {
        var tenant = $"05{Random.Shared.Next(0, 1_000_000):D6}";
        var bus = host.Services.GetRequiredService<IBus>();
        var listener = await GapEventListener.StartAsync(host, tenant);
        await using (listener)
        {
            // 45 persons need a Kita on Monday in area a, which has none: a content gap.
            await bus.Publish(new AreaDefined(tenant, "a", 1, new AreaState("A", 49.45, 11.07)));
            foreach (var _ in Enumerable.Range(0, 5)) await bus.Publish(Need(tenant, persons: 9));
            await listener.Until(() => listener.Seen.Any(e => e.Event == "GapDetected" && e.Key == "kita:a:content"));
            var before = listener.Seen.Count;

            // The import: 45 offers of one place each; halfway through, 20 places for 45 persons would be a capacity gap.
            var import = Guid.NewGuid();
            await ArriveSlowlyAsync([.. Enumerable.Range(0, 45).Select(_ => Places(tenant, 1, import))], new OffersImported(tenant, import, 45));

            await listener.Until(() => listener.Seen.Count == before + 1);
        }

        // 45 places for 45 persons, open when they are needed: the content gap is resolved, and nothing else was said.
        Assert.Equal("GapResolved kita:a:content", $"{listener.Seen.Last().Event} {listener.Seen.Last().Key}");
        Assert.DoesNotContain(listener.Seen, e => e.Key != "kita:a:content");
    }

    [Fact]
    public async Task Importing_45_answers_announces_their_gap_once_with_its_figures_after_the_import()
    {
        var tenant = $"06{Random.Shared.Next(0, 1_000_000):D6}";
        await host.PublishShuffledAsync(Ags.Parse(tenant), [new AreaDefined(tenant, "a", 1, new AreaState("A", 49.45, 11.07)), Places(tenant, 20)]);
        var listener = await GapEventListener.StartAsync(host, tenant);
        await using (listener)
        {
            // 45 answers of one person each for 20 places: without waiting for the whole import, the capacity gap would be
            // detected at 21 persons and changed with nearly every answer after.
            var import = Guid.NewGuid();
            await ArriveSlowlyAsync([.. Enumerable.Range(0, 45).Select(_ => Need(tenant, 1, import))], new AnswersImported(tenant, import, 45));
            await listener.Until(() => listener.Seen.Count > 0);
        }

        var (@event, key, gap) = Assert.Single(listener.Seen);
        Assert.Equal(("GapDetected", "kita:a:capacity", 25.0), (@event, key, gap.GetProperty("estimatedPersons").GetDouble()));
    }

    [Fact]
    public async Task Answers_imported_together_are_one_change_and_count_each_answer_once()
    {
        var tenant = $"07{Random.Shared.Next(0, 1_000_000):D6}";
        await host.PublishShuffledAsync(Ags.Parse(tenant), [new AreaDefined(tenant, "a", 1, new AreaState("A", 49.45, 11.07)), Places(tenant, 20)]);
        var listener = await GapEventListener.StartAsync(host, tenant);
        await using (listener)
        {
            // 45 answers as the import delivers them, in parts of at most 250 (here 30 and 15), the closing event between them;
            // the first part again, as the broker may redeliver it, adds nobody twice.
            var import = Guid.NewGuid();
            var answers = Enumerable.Range(0, 45).Select(_ => Need(tenant, 1, import)).ToList();
            var first = new NeedsImported(tenant, import, answers[..30]);
            await ArriveSlowlyAsync([first, new NeedsImported(tenant, import, answers[30..]), first with { }], new AnswersImported(tenant, import, 45));
            await listener.Until(() => listener.Seen.Count > 0);
        }

        var (@event, key, gap) = Assert.Single(listener.Seen);
        Assert.Equal(("GapDetected", "kita:a:capacity", 25.0), (@event, key, gap.GetProperty("estimatedPersons").GetDouble()));
    }
}
