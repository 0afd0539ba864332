using System.Collections.Concurrent;
using System.Diagnostics;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.EngineBench;

/// <summary>The 52-week horizon (<see cref="PlanningHorizon"/>) of one tenant and of every tenant, from week to week by difference.</summary>
internal static class HorizonRun
{
    public sealed record Whole(TimeSpan Elapsed, TimeSpan Cpu, long WeekClasses, long Findings, long PeakWorkingSet, long PeakHeap);

    public sealed record One(double WallMedianMs, double CpuMedianMs, int WeekClasses, double EveryWeekMs, bool SameAsEveryWeek);

    public static Whole All(SyntheticTenant[] tenants)
    {
        var order = Enumerable.Range(0, tenants.Length).OrderByDescending(i => tenants[i].Needs.Count).ToArray();
        long classes = 0, findings = 0;
        var memory = new MemorySampler();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var year = new HorizonYear(tenants[i], i);
                var horizon = PlanningHorizon.Compute(year.WeekList, year.Project);
                Interlocked.Add(ref classes, horizon.WeekClasses);
                Interlocked.Add(ref findings, horizon.Weeks.Sum(w => (long)w.Findings.Count));
            });
        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        memory.Dispose();
        return new Whole(watch.Elapsed, cpu, classes, findings, memory.PeakWorkingSet, memory.PeakHeap);
    }

    /// <summary>The tenant's horizon <paramref name="repetitions"/> times, and once week by week to compare with.</summary>
    public static One Of(SyntheticTenant tenant, int repetitions)
    {
        var year = new HorizonYear(tenant, 1);
        var (walls, cpus) = (new List<double>(), new List<double>());
        HorizonFindings horizon = null!;
        for (var r = 0; r < repetitions; r++)
        {
            // Process CPU, not the thread's: a big tenant's categories advance on both cores.
            var (t0, c0) = (Stopwatch.GetTimestamp(), Process.GetCurrentProcess().TotalProcessorTime);
            horizon = PlanningHorizon.Compute(year.WeekList, year.Project);
            walls.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            cpus.Add((Process.GetCurrentProcess().TotalProcessorTime - c0).TotalMilliseconds);
        }
        var t1 = Stopwatch.GetTimestamp();
        var everyWeek = year.WeekList.Select(w => SlotComparison.Compute(year.Project(w))).ToList();
        var everyWeekMs = Stopwatch.GetElapsedTime(t1).TotalMilliseconds;
        var same = horizon.Weeks.Select(w => Digest.Of([[.. w.Findings]])).SequenceEqual(everyWeek.Select(f => Digest.Of([f])));
        return new One(Median(walls), Median(cpus), horizon.WeekClasses, everyWeekMs, same);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
