using System.Diagnostics;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.EngineBench;

/// <summary>
/// One changed offer or answer, then that tenant's gaps again — all categories, or only the
/// category the change is in. The change is made in the tenant's lists in place (as a read model
/// would) and is part of the timed step.
/// </summary>
internal static class Incremental
{
    private const int WarmUp = 5;

    public sealed record Figures(string Tenant, string Change, string Scope, int Repetitions, double MedianMs, double P99Ms, double CpuMedianMs, double CpuP99Ms);

    public static IEnumerable<Figures> Run(string label, SyntheticTenant tenant, int repetitions, TimeSpan budget)
    {
        var rng = new Random(7);
        foreach (var (change, apply) in Changes(tenant, rng))
        {
            yield return Measure(label, change, "all categories", repetitions, budget, i => { apply(i); return SlotComparison.Compute(tenant.Input); });
            yield return Measure(label, change, "changed category", repetitions, budget, i => SlotComparison.Compute(tenant.Input, apply(i)));
        }
    }

    /// <summary>Each change returns the category it touched; free places flip their lowest bit, persons go down or up by one, so the data stays realistic.</summary>
    private static IEnumerable<(string Change, Func<int, string> Apply)> Changes(SyntheticTenant tenant, Random rng)
    {
        yield return ("free places of one offer", _ =>
        {
            var k = rng.Next(tenant.Offers.Count);
            var offer = tenant.Offers[k] = tenant.Offers[k] with { FreePlaces = tenant.Offers[k].FreePlaces ^ 1 };
            return offer.Category;
        });
        yield return ("persons of one answer", _ =>
        {
            var k = rng.Next(tenant.Needs.Count);
            var need = tenant.Needs[k] = tenant.Needs[k] with { Persons = tenant.Needs[k].Persons is var p && p > 2 ? p - 1 : p + 1 };
            return need.Category;
        });
    }

    private static Figures Measure(string tenant, string change, string scope, int repetitions, TimeSpan budget, Func<int, List<GapFinding>> step)
    {
        for (var i = 0; i < WarmUp; i++) step(i);
        var wall = new List<double>(repetitions);
        var cpu = new List<double>(repetitions);
        var started = Stopwatch.StartNew();
        for (var i = 0; i < repetitions && (wall.Count < 20 || started.Elapsed < budget); i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var c0 = CpuClock.ThreadMilliseconds();
            step(i);
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
