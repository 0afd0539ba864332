using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.Regions;

/// <summary>The district's snapshot of a week: the one held, or taken now when the week has none yet.</summary>
public static class RegionalSnapshots
{
    public static async Task<RegionalSnapshot> ForAsync(GapsDbContext db, string district, AnalysisWeek week, DateTimeOffset now, CancellationToken ct)
    {
        if (await HeldAsync(db, district, week, ct) is { } held) return held;

        // The service's one cross-tenant read: the tenant filter and the database's tenant wall are lifted explicitly,
        // and the district prefix and the join with the consents put the limits back.
        List<RegionalGapRow> rows;
        int consentingMunicipalities;
        using (db.AcrossTenants())
        {
            var consenting = db.RegionalConsents.IgnoreQueryFilters().AsNoTracking().Where(c => c.Consent && c.TenantId.StartsWith(district));
            rows = await db.Gaps.IgnoreQueryFilters().AsNoTracking()
                .Where(g => g.Open && g.TenantId.StartsWith(district))
                .Join(consenting, g => g.TenantId, c => c.TenantId,
                    (g, _) => new RegionalGapRow(g.TenantId, g.Category, g.Kind, g.EstimatedPersons, g.PersonHours, g.Responses))
                .ToListAsync(ct);
            consentingMunicipalities = await consenting.CountAsync(ct);
        }
        var snapshot = new RegionalSnapshot
        {
            // Whole seconds, as every database keeps them: the first read must answer exactly what later ones read back.
            District = district, Week = week.Monday, TakenAt = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)),
            ConsentingMunicipalities = consentingMunicipalities,
            Gaps = RegionalAggregates.Sum(rows),
        };
        db.RegionalSnapshots.Add(snapshot);
        try
        {
            await db.SaveChangesAsync(ct);
            return snapshot;
        }
        catch (DbUpdateException)
        {
            // Another replica took the week's snapshot at the same moment: every reader must see that one.
            db.ChangeTracker.Clear();
            return await HeldAsync(db, district, week, ct) ?? throw new InvalidOperationException($"The snapshot of {district} for {week} could be neither stored nor read.");
        }
    }

    private static Task<RegionalSnapshot?> HeldAsync(GapsDbContext db, string district, AnalysisWeek week, CancellationToken ct) =>
        db.RegionalSnapshots.AsNoTracking().SingleOrDefaultAsync(s => s.District == district && s.Week == week.Monday, ct);
}
