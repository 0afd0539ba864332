using System.Diagnostics;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.EngineBench;

/// <summary>What recomputing each single category of one tenant costs: shows which categories of a big city miss 5 ms.</summary>
internal static class CategoryCosts
{
    private const int WarmUp = 3;
    private const int Repetitions = 30;

    public sealed record Cost(string Category, int Needs, int Offers, double WallMs, double CpuMs);

    public static IEnumerable<Cost> Of(SyntheticTenant tenant)
    {
        foreach (var category in tenant.Needs.Select(n => n.Category).Distinct().Order(StringComparer.Ordinal).ToList())
        {
            for (var i = 0; i < WarmUp; i++) SlotComparison.Compute(tenant.Input, category);
            var wall = new List<double>();
            var cpu = new List<double>();
            for (var i = 0; i < Repetitions; i++)
            {
                var t0 = Stopwatch.GetTimestamp();
                var c0 = CpuClock.ThreadMilliseconds();
                SlotComparison.Compute(tenant.Input, category);
                cpu.Add(CpuClock.ThreadMilliseconds() - c0);
                wall.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
            yield return new Cost(category, tenant.Needs.Count(n => n.Category == category), tenant.Offers.Count(o => o.Category == category),
                Incremental.Percentile(wall, 0.5), Incremental.Percentile(cpu, 0.5));
        }
    }
}
