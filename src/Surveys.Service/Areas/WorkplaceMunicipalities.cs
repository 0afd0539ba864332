using GutAusgestattet.Surveys.Apis;
using GutAusgestattet.Surveys.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Areas;

/// <summary>
/// The municipalities sharing the platform that a household's workplace may lie in, for the survey pages' list: each named as
/// the municipality responsible for its newest published survey (<c>responsible.municipality</c>), since Surveys knows a
/// municipality's name only from its own surveys — one with areas but no published survey is not offered. Read across tenants
/// (names and codes only) and kept for <see cref="Lifetime"/>, since every page view of every survey asks.
/// </summary>
public sealed class WorkplaceMunicipalities(TimeProvider clock)
{
    /// <summary>How long a read serves: a newly published neighbour or area shows up at the latest this much later.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private sealed record Snapshot(IReadOnlyList<WorkplaceMunicipality> All, DateTimeOffset Until);

    // Replaced whole, never changed: concurrent page views read one list or the next; two refreshing at once both read, harmlessly.
    private volatile Snapshot? snapshot;

    /// <summary>All but <paramref name="tenant"/>, by name.</summary>
    public async Task<IReadOnlyList<WorkplaceMunicipality>> OtherThanAsync(string tenant, SurveysDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (snapshot is not { } current || current.Until <= now) snapshot = current = new Snapshot(await ReadAsync(db, ct), now + Lifetime);
        return [.. current.All.Where(m => m.Ags != tenant)];
    }

    private static async Task<IReadOnlyList<WorkplaceMunicipality>> ReadAsync(SurveysDbContext db, CancellationToken ct)
    {
        using var allTenants = db.AcrossTenants();
        var newest = await db.SurveyVersions.IgnoreQueryFilters().AsNoTracking().Where(v => v.PublishedAt != null)
            .GroupBy(v => v.TenantId).Select(g => g.OrderByDescending(v => v.PublishedAt).First()).ToListAsync(ct);
        var names = newest.Where(v => v.Definition.Responsible is not null).ToDictionary(v => v.TenantId, v => v.Definition.Responsible!.Municipality);
        var tenants = names.Keys.ToList();
        var areas = await db.Areas.IgnoreQueryFilters().AsNoTracking().Where(a => tenants.Contains(a.TenantId))
            .OrderBy(a => a.Name).Select(a => new { a.TenantId, Choice = new PublicChoice(a.Code, a.Name) }).ToListAsync(ct);
        return [.. areas.GroupBy(a => a.TenantId).Select(g => new WorkplaceMunicipality(g.Key, names[g.Key], [.. g.Select(a => a.Choice)]))
            .OrderBy(m => m.Name, StringComparer.Ordinal)];
    }
}

/// <summary>A municipality sharing the platform that a workplace may lie in (<c>workplace.ags</c>), with the areas it may name there.</summary>
/// <param name="Ags">Its AGS: the answer's <c>workplace.ags</c>.</param>
/// <param name="Name">As its newest published survey names the municipality responsible, e.g. "Stadt Fürth".</param>
/// <param name="Areas">Its areas by name: the answer's <c>workplace.areaCode</c> is one of their values.</param>
public sealed record WorkplaceMunicipality(string Ags, string Name, IReadOnlyList<PublicChoice> Areas);
