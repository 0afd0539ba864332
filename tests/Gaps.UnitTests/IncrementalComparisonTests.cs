using CsCheck;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.UnitTests;

/// <summary>
/// Updating a category's gaps change by change must find exactly — bit for bit, profiles included —
/// what a full recompute of the changed input finds, after every change of a random sequence.
/// </summary>
public sealed class IncrementalComparisonTests
{
    private static readonly string[] Categories = ["krippe", "tagespflege", "nachtpflege"];

    [Fact]
    public void Every_change_leaves_the_gaps_a_full_recompute_finds() =>
        Gen.Int.Sample(seed =>
        {
            var rng = new Random(seed);
            // Up to a dozen areas, so a change reaches some areas through shared offers and misses others.
            var input = RandomTenants.Draw(seed, maxAreas: 12);
            var tenant = new EditedTenant(input);
            var states = Categories.ToDictionary(c => c, c => new IncrementalComparison(input, c, profiles: true));
            AssertSame(tenant, states);
            for (var step = 0; step < 25; step++)
            {
                Change(rng, tenant, states, input.Areas);
                AssertSame(tenant, states);
            }
        }, iter: 400);

    [Fact]
    public void Many_small_changes_do_not_drift() =>
        Gen.Int.Sample(seed =>
        {
            var rng = new Random(seed);
            var input = RandomTenants.Draw(seed);
            var tenant = new EditedTenant(input);
            var states = Categories.ToDictionary(c => c, c => new IncrementalComparison(input, c, profiles: true));
            for (var i = 0; i < 30; i++)
            {
                var response = Guid.NewGuid();
                Apply(tenant, states, response, [RandomTenants.Need(rng, response, input.Areas)]);
            }
            for (var step = 0; step < 300; step++)
            {
                var need = tenant.Needs[rng.Next(tenant.Needs.Count)];
                Apply(tenant, states, need.ResponseId, [.. tenant.Needs.Where(n => n.ResponseId == need.ResponseId)
                    .Select(n => n == need ? n with { Persons = Math.Round(n.Persons * (0.5 + rng.NextDouble()), 2) } : n)]);
            }
            AssertSame(tenant, states);
        }, iter: 50);

    [Fact]
    public void Changes_applied_together_leave_the_gaps_a_full_recompute_finds() =>
        Gen.Int.Sample(seed =>
        {
            // As a week of the planning horizon brings them: offers closed, opened again or with other places, answers whose
            // items lose or regain their slots (keeping their places) or change, all in one go per category.
            var rng = new Random(seed);
            var input = RandomTenants.Draw(seed, maxAreas: 12);
            var tenant = new EditedTenant(input);
            var states = Categories.ToDictionary(c => c, c => new IncrementalComparison(input, c, profiles: true));
            for (var step = 0; step < 10; step++)
            {
                var offers = tenant.Offers.Where(_ => rng.Next(3) == 0).Select(o => rng.Next(3) switch
                {
                    0 => o with { Open = [] },
                    1 => o with { Open = RandomTenants.Ranges(rng) },
                    _ => o with { FreePlaces = rng.Next(-1, 8) },
                }).Append(RandomTenants.Offer(rng, input.Areas)).ToList();
                var answers = tenant.Needs.Select(n => n.ResponseId).Distinct().Where(_ => rng.Next(3) == 0)
                    .Select(r => (Response: r, Items: tenant.Needs.Where(n => n.ResponseId == r).Select(n => rng.Next(3) switch
                    {
                        0 => n with { Slots = [] },
                        1 => n with { Slots = RandomTenants.Ranges(rng) },
                        _ => n with { Persons = Math.Round(rng.NextDouble() * 5, 2) },
                    }).ToList())).ToList();
                foreach (var offer in offers) tenant.SetOffer(offer);
                foreach (var (response, items) in answers) tenant.SetAnswer(response, items);
                foreach (var (category, state) in states)
                    state.Apply(offers.Where(o => o.Category == category), answers.Select(a => (a.Response, a.Items.AsEnumerable())));
                AssertSame(tenant, states);
            }
        }, iter: 300);

    [Fact]
    public void A_need_without_slots_keeps_its_place_and_counts_nowhere()
    {
        // Two needs of one answer in one area: the first loses its slots, so the cell's figures are the second's alone,
        // and regains them in the same place.
        var areas = new List<AreaInput> { new("a", 49.45, 11.07) };
        var response = Guid.NewGuid();
        NeedInput first = new(response, "krippe", "a", 2, [new SlotRange(40, 60)], false, []), second = new(response, "krippe", "a", 1, [new SlotRange(50, 70)], false, []);
        var state = new IncrementalComparison(new TenantInput(areas, [], [first, second], new Dictionary<string, double>()), "krippe");

        state.SetAnswer(response, [first with { Slots = [] }, second]);
        var alone = Assert.Single(state.Findings());
        Assert.Equal((GapKind.Content, 1.0, 5.0, 1), (alone.Kind, alone.PeakPersons, alone.PersonHours, alone.Responses));
        Assert.Equal(SlotComparison.Compute(new TenantInput(areas, [], [second], new Dictionary<string, double>())), state.Findings());

        state.SetAnswer(response, [first, second]);
        Assert.Equal(SlotComparison.Compute(new TenantInput(areas, [], [first, second], new Dictionary<string, double>())), state.Findings());
        Assert.Equal(3.0, state.Findings().Single().PeakPersons);
    }

    [Fact]
    public void An_offer_of_another_category_is_refused()
    {
        var input = RandomTenants.Draw(1);
        var state = new IncrementalComparison(input, "krippe");
        var offer = new OfferInput(Guid.NewGuid(), "kita", "a0", 49.5, 11.1, 3, [new SlotRange(0, 10)], false, []);
        Assert.Throws<ArgumentException>(() => state.SetOffer(offer));
    }

    /// <summary>One change of any kind the read model sees, to the tenant and to every category's state.</summary>
    private static void Change(Random rng, EditedTenant tenant, Dictionary<string, IncrementalComparison> states, IReadOnlyList<AreaInput> areas)
    {
        var offer = tenant.Offers.Count > 0 ? tenant.Offers[rng.Next(tenant.Offers.Count)] : null;
        var need = tenant.Needs.Count > 0 ? tenant.Needs[rng.Next(tenant.Needs.Count)] : null;
        var answer = need is null ? [] : tenant.Needs.Where(n => n.ResponseId == need.ResponseId).ToList();
        switch (rng.Next(9))
        {
            case 0 when offer is not null:
                // Other free places, or the occupancy becoming unknown (its places not known to be free) or known again.
                var unknown = rng.Next(3) == 0 ? rng.Next(1, 8) : 0;
                Set(tenant, states, offer with { FreePlaces = unknown > 0 ? 0 : rng.Next(-1, 8), UnknownPlaces = unknown });
                break;
            case 1 when offer is not null:
                Set(tenant, states, offer with { Open = RandomTenants.Ranges(rng) });
                break;
            case 2 when offer is not null:
                // Moved, other area, other languages or short-term places: everything but id and category.
                Set(tenant, states, RandomTenants.Offer(rng, areas) with { OfferId = offer.OfferId, Category = offer.Category });
                break;
            case 3 when offer is not null:
                tenant.WithdrawOffer(offer.OfferId);
                states[offer.Category].WithdrawOffer(offer.OfferId);
                break;
            case 4 when need is not null:
                Apply(tenant, states, need.ResponseId, [.. answer.Select(n => n == need ? n with { Persons = Math.Round(rng.NextDouble() * 5, 2) } : n)]);
                break;
            case 5 when need is not null:
                Apply(tenant, states, need.ResponseId, []);
                break;
            case 6 when need is not null:
                // The same answer given again with other items: more, fewer, other areas or categories.
                Apply(tenant, states, need.ResponseId, [.. Enumerable.Range(0, rng.Next(0, 4)).Select(_ => RandomTenants.Need(rng, need.ResponseId, areas))]);
                break;
            case 7 when need is not null && rng.Next(2) == 0:
                // An item outside its period this week: no slots, its place kept.
                Apply(tenant, states, need.ResponseId, [.. answer.Select(n => n == need ? n with { Slots = [] } : n)]);
                break;
            case 7:
                var response = Guid.NewGuid();
                Apply(tenant, states, response, [.. Enumerable.Range(0, rng.Next(1, 4)).Select(_ => RandomTenants.Need(rng, response, areas))]);
                break;
            default:
                Set(tenant, states, RandomTenants.Offer(rng, areas));
                break;
        }
    }

    private static void Set(EditedTenant tenant, Dictionary<string, IncrementalComparison> states, OfferInput offer)
    {
        tenant.SetOffer(offer);
        states[offer.Category].SetOffer(offer);
    }

    private static void Apply(EditedTenant tenant, Dictionary<string, IncrementalComparison> states, Guid response, List<NeedInput> items)
    {
        tenant.SetAnswer(response, items);
        foreach (var state in states.Values) state.SetAnswer(response, items);
    }

    private static void AssertSame(EditedTenant tenant, Dictionary<string, IncrementalComparison> states)
    {
        var input = tenant.Input;
        foreach (var (category, state) in states)
        {
            var expected = SlotComparison.Compute(input, category, profiles: true);
            var actual = state.Findings();
            Assert.Equal(expected.Select(g => g with { Profile = null }), actual.Select(g => g with { Profile = null }));
            Assert.Equal(expected.Select(g => g.Profile), actual.Select(g => g.Profile));
        }
    }
}
