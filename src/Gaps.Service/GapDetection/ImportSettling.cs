using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>How far one import has arrived: the offer events counted, the count announced (null until the closing event), the last arrival.</summary>
public sealed record ImportArrival(string TenantId, Guid ImportId, int Counted, int? Expected, DateTimeOffset Last);

/// <summary>
/// Which tenants wait for an import to arrive whole before their gaps are recalculated. An import is complete once its
/// closing event and every offer event it counts have been consumed. One that made no progress for
/// <c>stalledAfter</c> (an event lost to a failure the broker could not redeliver) holds nothing any more: the gaps then
/// follow what arrived, as they would without imports.
/// </summary>
public static class ImportSettling
{
    /// <summary><c>Gaps:ImportStalledAfter</c>, default one minute.</summary>
    public static TimeSpan StalledAfter(IConfiguration configuration) => configuration.GetValue("Gaps:ImportStalledAfter", TimeSpan.FromMinutes(1));

    /// <summary>How far each import in <paramref name="imports"/> has arrived.</summary>
    public static Task<List<ImportArrival>> ArrivalsAsync(IQueryable<ImportProgress> imports, CancellationToken ct) =>
        imports.GroupBy(i => new { i.TenantId, i.ImportId })
            .Select(g => new ImportArrival(g.Key.TenantId, g.Key.ImportId, g.Count(i => i.Expected == null), g.Max(i => i.Expected), g.Max(i => i.At)))
            .ToListAsync(ct);

    /// <summary>The tenants to hold back, and the imports done with (complete or stalled), whose rows may go.</summary>
    public static (HashSet<string> Held, List<ImportArrival> Done) Decide(IEnumerable<ImportArrival> imports, DateTimeOffset now, TimeSpan stalledAfter)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        var done = new List<ImportArrival>();
        foreach (var import in imports)
        {
            if (import.Expected is { } expected && import.Counted >= expected || now - import.Last > stalledAfter) done.Add(import);
            else held.Add(import.TenantId);
        }
        return (held, done);
    }
}
