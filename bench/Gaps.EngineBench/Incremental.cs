using System.Diagnostics;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.EngineBench;

/// <summary>
/// One changed offer or answer, then that tenant's gaps again: all categories; only the category
/// the change is in; or that category when the read model keeps one input per category (no
/// filtering of the whole tenant). The change is made in the lists in place (as a read model
/// would) and is part of the timed step.
/// </summary>
internal static class Incremental
{
    private const int WarmUp = 5;

    public sealed record Figures(string Tenant, string Change, string Scope, int Repetitions, double MedianMs, double P99Ms, double CpuMedianMs, double CpuP99Ms);

    private sealed record Change(string Name, Func<SyntheticTenant, string> Pick, Func<SyntheticTenant, string> Apply);

    public static IEnumerable<Figures> Run(string label, SyntheticTenant tenant, int repetitions, TimeSpan budget)
    {
        var rng = new Random(7);
        var parts = ByCategory(tenant);
        foreach (var change in Changes(rng))
        {
            yield return Measure(label, change.Name, "all categories", repetitions, budget, () => { change.Apply(tenant); return SlotComparison.Compute(tenant.Input); });
            yield return Measure(label, change.Name, "changed category", repetitions, budget, () => SlotComparison.Compute(tenant.Input, change.Apply(tenant)));
            yield return Measure(label, change.Name, "category kept apart", repetitions, budget, () =>
            {
                var part = parts[change.Pick(tenant)];
                change.Apply(part);
                return SlotComparison.Compute(part.Input);
            });
        }
    }

    /// <summary>
    /// Each change picks an offer or answer at random and returns its category; free places flip their
    /// lowest bit, persons go down or up by one, so the data stays realistic.
    /// </summary>
    private static IEnumerable<Change> Changes(Random rng)
    {
        yield return new Change("free places of one offer", t => t.Offers[rng.Next(t.Offers.Count)].Category, t =>
        {
            var k = rng.Next(t.Offers.Count);
            var offer = t.Offers[k] = t.Offers[k] with { FreePlaces = t.Offers[k].FreePlaces ^ 1 };
            return offer.Category;
        });
        yield return new Change("persons of one answer", t => t.Needs[rng.Next(t.Needs.Count)].Category, t =>
        {
            var k = rng.Next(t.Needs.Count);
            var need = t.Needs[k] = t.Needs[k] with { Persons = t.Needs[k].Persons is var p && p > 2 ? p - 1 : p + 1 };
            return need.Category;
        });
    }

    /// <summary>The tenant split into one input per category .</summary>
    private static Dictionary<string, SyntheticTenant> ByCategory(SyntheticTenant tenant) =>
        tenant.Offers.Select(o => o.Category).Concat(tenant.Needs.Select(n => n.Category)).Distinct().ToDictionary(c => c, c =>
        {
            List<OfferInput> offers = [.. tenant.Offers.Where(o => o.Category == c)];
            List<NeedInput> needs = [.. tenant.Needs.Where(n => n.Category == c)];
            return new SyntheticTenant(tenant.Ags, tenant.Input with { Offers = offers, Needs = needs }, offers, needs);
        });

    private static Figures Measure(string tenant, string change, string scope, int repetitions, TimeSpan budget, Func<List<GapFinding>> step)
    {
        for (var i = 0; i < WarmUp; i++) step();
        var wall = new List<double>(repetitions);
        var cpu = new List<double>(repetitions);
        var started = Stopwatch.StartNew();
        for (var i = 0; i < repetitions && (wall.Count < 20 || started.Elapsed < budget); i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var c0 = CpuClock.ThreadMilliseconds();
            step();
            cpu.Add(CpuClock.ThreadMilliseconds() - c0);
            wall.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
        return new Figures(tenant, change, scope, wall.Count, Percentile(wall, 0.5), Percentile(wall, 0.99), Percentile(cpu, 0.5), Percentile(cpu, 0.99));
    }

    public static double Percentile(List<double> values, double p)
    {
        values.Sort();
        return values[Math.Clamp((int)Math.Ceiling(values.Count * p) - 1, 0, values.Count - 1)];
    }
}
