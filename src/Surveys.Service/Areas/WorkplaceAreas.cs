using GutAusgestattet.Surveys.Answers;
using GutAusgestattet.Surveys.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Areas;

/// <summary>
/// The area codes of a workplace's municipality when it is another one sharing the platform (Surveys learns every
/// municipality's areas from <c>AreaDefined</c>); none for one that does not. Surveys' only reads across tenants, of area
/// codes only.
/// </summary>
public static class WorkplaceAreas
{
    /// <summary>For one answer's workplace.</summary>
    public static async Task<IReadOnlySet<string>> OfAsync(WorkplaceAnswer? workplace, string tenant, SurveysDbContext db, CancellationToken ct)
    {
        if (workplace is not { Ags: { Length: 8 } ags } || ags == tenant) return new HashSet<string>();
        using var allTenants = db.AcrossTenants();
        return (await db.Areas.IgnoreQueryFilters().AsNoTracking().Where(a => a.TenantId == ags).Select(a => a.Code).ToListAsync(ct)).ToHashSet();
    }

    /// <summary>
    /// For an import whose rows may name any municipality: every other municipality's codes by AGS, in one read (≈ 100,000
    /// short rows were every German municipality on the platform).
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> OfOthersAsync(string tenant, SurveysDbContext db, CancellationToken ct)
    {
        using var allTenants = db.AcrossTenants();
        return (await db.Areas.IgnoreQueryFilters().AsNoTracking().Where(a => a.TenantId != tenant).Select(a => new { a.TenantId, a.Code }).ToListAsync(ct))
            .GroupBy(a => a.TenantId).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(a => a.Code).ToHashSet());
    }
}
