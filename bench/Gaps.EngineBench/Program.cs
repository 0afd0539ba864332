using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using GutAusgestattet.Gaps.EngineBench;
using GutAusgestattet.Gaps.GapEngine;

// Germany-scale gap engine benchmark (see bench/README.md):
//   dotnet run -c Release --project bench/Gaps.EngineBench -- [scale=1] [--no-postgres] [--categories] [--horizon]
// scale 1 = 10,800 tenants, 90,000 offers, 5,000,000 demand items; 0.01 for a quick check.
var scale = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? double.Parse(args[0], CultureInfo.InvariantCulture) : 1.0;
var postgres = !args.Contains("--no-postgres");
const int Seed = 20270310;
var (tenantCount, offerCount, needCount) = ((int)(10_800 * scale), (int)(90_000 * scale), (int)(5_000_000 * scale));

Console.WriteLine($"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, .NET {Environment.Version}, " +
                  $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, load average {Load()}");

var generation = new MemorySampler();
var watch = Stopwatch.StartNew();
var tenants = SyntheticGermany.Generate(tenantCount, offerCount, needCount, Seed);
watch.Stop();
generation.Dispose();
var inputs = MemorySampler.Live();
Console.WriteLine($"generate: {tenants.Length:N0} tenants, {tenants.Sum(t => t.Offers.Count):N0} offers, {tenants.Sum(t => t.Needs.Count):N0} demand items " +
                  $"in {watch.Elapsed.TotalSeconds:F2} s; inputs live {MemorySampler.MiB(inputs)}, peak working set {MemorySampler.MiB(generation.PeakWorkingSet)}, " +
                  $"peak GC heap {MemorySampler.MiB(generation.PeakHeap)}");
var bySize = tenants.OrderByDescending(t => t.Needs.Count).ToArray();
var (largest, median) = (bySize[0], bySize[bySize.Length / 2]);
Console.WriteLine($"largest tenant {largest.Ags}: {largest.Input.Areas.Count} areas, {largest.Offers.Count:N0} offers, {largest.Needs.Count:N0} needs; " +
                  $"median tenant {median.Ags}: {median.Input.Areas.Count} areas, {median.Offers.Count} offers, {median.Needs.Count} needs");
// The 52-week planning horizon; --horizon stops after this.
if (args.Contains("--horizon"))
{
    foreach (var (label, tenant) in new[] { ("median", median), ("largest", largest) })
    {
        var one = HorizonRun.Of(tenant, label == "largest" ? 5 : 50);
        Console.WriteLine($"horizon of the {label} tenant, 52 weeks: wall median {one.WallMedianMs:F1} ms, process CPU median {one.CpuMedianMs:F1} ms, " +
                          $"{one.WeekClasses} week classes; week by week {one.EveryWeekMs:F1} ms; " + (one.SameAsEveryWeek ? "same findings" : "FINDINGS DIFFER"));
    }
    var all = HorizonRun.All(tenants);
    Console.WriteLine($"horizon of every tenant, 52 weeks: {all.Elapsed.TotalSeconds:F2} s wall, {all.Cpu.TotalSeconds:F2} s CPU, {all.WeekClasses:N0} week classes " +
                      $"({(double)all.WeekClasses / tenants.Length:F1} per tenant), {all.Findings:N0} week gaps; peak working set {MemorySampler.MiB(all.PeakWorkingSet)}, " +
                      $"peak GC heap {MemorySampler.MiB(all.PeakHeap)}; load average {Load()}");
    return;
}

// Which categories of the largest tenant miss 5 ms on their own; --categories stops after this.
foreach (var c in CategoryCosts.Of(largest))
    Console.WriteLine($"largest tenant, {c.Category} only ({c.Needs:N0} needs, {c.Offers:N0} offers): wall median {c.WallMs:F2} ms, thread CPU median {c.CpuMs:F2} ms");
if (args.Contains("--categories")) return;

for (var run = 1; run <= 2; run++)
{
    var full = FullRecompute.Run(tenants);
    Console.WriteLine($"full recompute #{run}: {full.Elapsed.TotalSeconds:F2} s wall, {full.Cpu.TotalSeconds:F2} s CPU (process, GC included), {full.Gaps:N0} gaps; during compute peak working set {MemorySampler.MiB(full.PeakWorkingSet)}, " +
                      $"peak GC heap {MemorySampler.MiB(full.PeakHeap)}, allocated {MemorySampler.MiB(full.Allocated)}; live with findings {MemorySampler.MiB(full.LiveAfter)}; digest {full.Digest:x16}; load average {Load()}");
}

foreach (var (label, tenant, repetitions) in new[] { ("median", median, 2000), ("largest", largest, 500) })
{
    var budget = TimeSpan.FromSeconds(15);
    foreach (var f in Incremental.Recompute(label, tenant, repetitions, budget)) Print(f);
    var kept = new KeptComparisons(tenant);
    Console.WriteLine($"incremental {label} tenant: states of all categories built in {kept.Built.TotalMilliseconds:F1} ms, holding {MemorySampler.MiB(kept.Bytes)}; load average {Load()}");
    foreach (var f in Incremental.Update(label, tenant, kept, repetitions, budget))
    {
        Print(f);
        Console.WriteLine($"  by category (wall median ms): {string.Join(", ", f.CategoryMedianMs.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value:F3}"))}; " +
                          $"digest equal to a full compute in {f.Checks - f.Mismatches} of {f.Checks} checks" + (f.Mismatches > 0 ? " — MISMATCH" : ""));
    }
}
Console.WriteLine($"load average {Load()}");

if (postgres)
{
    var engineTimes = new List<double>();
    List<GapFinding> gaps = [];
    for (var i = 0; i < 10; i++)
    {
        var t0 = Stopwatch.GetTimestamp();
        gaps = SlotComparison.Compute(largest.Input);
        engineTimes.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
    }
    engineTimes.Sort();
    var engineMs = engineTimes[engineTimes.Count / 2];
    Console.WriteLine($"engine median for the largest tenant {engineMs:F1} ms; now the SQL query (minutes) — load average {Load()}");
    var sql = await PostgresComparison.RunAsync(largest.Input, gaps, runs: 1);
    var sqlMs = sql.Queries.Min(q => q.TotalMilliseconds);
    Console.WriteLine($"postgres, largest tenant: load {sql.Load.TotalSeconds:F2} s, query {string.Join(" / ", sql.Queries.Select(q => $"{q.TotalSeconds:F2} s"))}, {sql.Rows:N0} rows; " +
                      $"engine median {engineMs:F1} ms ({gaps.Count:N0} gaps); ratio SQL/engine {sqlMs / engineMs:N0}×; " +
                      (sql.Mismatches == 0 ? "results agree" : $"{sql.Mismatches} MISMATCHES, first: {sql.FirstMismatch}") + $"; load average {Load()}");
}
Console.WriteLine($"process peak working set {MemorySampler.MiB(MemorySampler.ProcessPeak())}");

static void Print(Incremental.Figures f) =>
    Console.WriteLine($"incremental {f.Tenant} tenant, {f.Change}, {f.Scope}: wall median {f.MedianMs:F3} ms, p99 {f.P99Ms:F3} ms; thread CPU median {f.CpuMedianMs:F3} ms, p99 {f.CpuP99Ms:F3} ms ({f.Repetitions} repetitions)");

static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[..3] is var l ? string.Join(" ", l) : "";
