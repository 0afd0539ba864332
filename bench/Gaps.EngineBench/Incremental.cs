using System.Diagnostics;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.EngineBench;

/// <summary>
/// One changed offer or answer, then that tenant's gaps again: recomputed for all categories; only
/// for the category the change is in; for that category when the read model keeps one input per
/// category (no filtering of the whole tenant); or updated incrementally in the category's kept
/// <see cref="IncrementalComparison"/>. The change is made in the lists in place (as a read model
/// would) and is part of the timed step.
/// </summary>
internal static class Incremental
{
    private const int WarmUp = 5;
    /// <summary>Every this many repetitions the incremental gaps are compared with a full compute (untimed).</summary>
    private const int CheckEvery = 25;

    public sealed record Figures(string Tenant, string Change, string Scope, int Repetitions, double MedianMs, double P99Ms, double CpuMedianMs, double CpuP99Ms,
        IReadOnlyDictionary<string, double> CategoryMedianMs, int Checks, int Mismatches);

    private sealed record Change(string Name, Func<SyntheticTenant, string> Pick, Func<SyntheticTenant, Edit> Apply);

    public static IEnumerable<Figures> Recompute(string label, SyntheticTenant tenant, int repetitions, TimeSpan budget)
    {
        var rng = new Random(7);
        var parts = ByCategory(tenant);
        foreach (var change in Changes(rng))
        {
            yield return Measure(label, change.Name, "all categories", repetitions, budget, () =>
            {
                var edit = change.Apply(tenant);
                SlotComparison.Compute(tenant.Input);
                return edit.Category;
            });
            yield return Measure(label, change.Name, "changed category", repetitions, budget, () =>
            {
                var edit = change.Apply(tenant);
                SlotComparison.Compute(tenant.Input, edit.Category);
                return edit.Category;
            });
            yield return Measure(label, change.Name, "category kept apart", repetitions, budget, () =>
            {
                var part = parts[change.Pick(tenant)];
                var edit = change.Apply(part);
                SlotComparison.Compute(part.Input);
                return edit.Category;
            });
        }
    }

    /// <summary>The incremental path; <paramref name="kept"/> must have been built from the tenant as it stands.</summary>
    public static IEnumerable<Figures> Update(string label, SyntheticTenant tenant, KeptComparisons kept, int repetitions, TimeSpan budget)
    {
        var rng = new Random(11);
        foreach (var change in Changes(rng))
            yield return Measure(label, change.Name, "incremental", repetitions, budget, () =>
            {
                var edit = change.Apply(tenant);
                kept.Apply(edit);
                return edit.Category;
            }, kept.MatchesFullCompute);
    }

    /// <summary>
    /// Each change picks an offer or answer at random; free places flip their lowest bit, persons go
    /// down or up by one, so the data stays realistic.
    /// </summary>
    private static IEnumerable<Change> Changes(Random rng)
    {
        yield return new Change("free places of one offer", t => t.Offers[rng.Next(t.Offers.Count)].Category, t =>
        {
            var k = rng.Next(t.Offers.Count);
            var offer = t.Offers[k] = t.Offers[k] with { FreePlaces = t.Offers[k].FreePlaces ^ 1 };
            return new Edit(offer.Category, offer, null);
        });
        yield return new Change("persons of one answer", t => t.Needs[rng.Next(t.Needs.Count)].Category, t =>
        {
            var k = rng.Next(t.Needs.Count);
            var need = t.Needs[k] = t.Needs[k] with { Persons = t.Needs[k].Persons is var p && p > 2 ? p - 1 : p + 1 };
            return new Edit(need.Category, null, need.ResponseId);
        });
    }

    /// <summary>The tenant split into one input per category.</summary>
    private static Dictionary<string, SyntheticTenant> ByCategory(SyntheticTenant tenant) =>
        tenant.Offers.Select(o => o.Category).Concat(tenant.Needs.Select(n => n.Category)).Distinct().ToDictionary(c => c, c =>
        {
            List<OfferInput> offers = [.. tenant.Offers.Where(o => o.Category == c)];
            List<NeedInput> needs = [.. tenant.Needs.Where(n => n.Category == c)];
            return new SyntheticTenant(tenant.Ags, tenant.Input with { Offers = offers, Needs = needs }, offers, needs);
        });

    /// <param name="step">Makes the change and computes the gaps; returns the changed category.</param>
    /// <param name="matches">If given, checked every <see cref="CheckEvery"/> repetitions, outside the timing.</param>
    private static Figures Measure(string tenant, string change, string scope, int repetitions, TimeSpan budget, Func<string> step,
        Func<string, bool>? matches = null)
    {
        for (var i = 0; i < WarmUp; i++) step();
        var wall = new List<double>(repetitions);
        var cpu = new List<double>(repetitions);
        var byCategory = new Dictionary<string, List<double>>();
        var (checks, mismatches) = (0, 0);
        var started = Stopwatch.StartNew();
        for (var i = 0; i < repetitions && (wall.Count < 20 || started.Elapsed < budget); i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var c0 = CpuClock.ThreadMilliseconds();
            var category = step();
            cpu.Add(CpuClock.ThreadMilliseconds() - c0);
            wall.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            (byCategory.TryGetValue(category, out var times) ? times : byCategory[category] = []).Add(wall[^1]);
            if (matches is null || i % CheckEvery != 0) continue;
            checks++;
            if (!matches(category)) mismatches++;
        }
        return new Figures(tenant, change, scope, wall.Count, Percentile(wall, 0.5), Percentile(wall, 0.99), Percentile(cpu, 0.5), Percentile(cpu, 0.99),
            byCategory.ToDictionary(c => c.Key, c => Percentile(c.Value, 0.5)), checks, mismatches);
    }

    public static double Percentile(List<double> values, double p)
    {
        values.Sort();
        return values[Math.Clamp((int)Math.Ceiling(values.Count * p) - 1, 0, values.Count - 1)];
    }
}
