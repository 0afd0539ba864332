using System.Collections.Concurrent;
using System.Diagnostics;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.EngineBench;

/// <summary>Every tenant's gaps from scratch, tenants in parallel on all cores; the findings are kept, as a read model would keep them.</summary>
internal static class FullRecompute
{
    public sealed record Result(TimeSpan Elapsed, TimeSpan Cpu, long Gaps, long PeakWorkingSet, long PeakHeap, long Allocated, long LiveAfter, ulong Digest);

    public static Result Run(SyntheticTenant[] tenants)
    {
        // Largest first and handed out one at a time: the big cities would otherwise come last and leave a core idle.
        var order = Enumerable.Range(0, tenants.Length).OrderByDescending(i => tenants[i].Needs.Count).ToArray();
        var findings = new List<GapFinding>[tenants.Length];
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var memory = new MemorySampler();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => findings[i] = SlotComparison.Compute(tenants[i].Input));
        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        memory.Dispose();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var gaps = findings.Sum(f => (long)f.Count);
        var live = MemorySampler.Live();
        return new Result(watch.Elapsed, cpu, gaps, memory.PeakWorkingSet, memory.PeakHeap, allocated, live, Digest.Of(findings));
    }
}
