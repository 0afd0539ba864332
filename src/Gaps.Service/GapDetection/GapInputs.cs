using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.Persistence;
using GutAusgestattet.Gaps.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>
/// Reads the tenant's read model into what the slot comparison needs for one week (or, for the horizon, a span of weeks):
/// today's offers, or — for the planned-state scenario — the offers as they will be once every planned change and planned
/// offer effective by <c>plannedBy</c> has taken effect.
/// </summary>
public sealed class GapInputs(GapsDbContext db)
{
    public async Task<TenantInput> LoadAsync(IReadOnlyCollection<string>? categories, AnalysisWeek week, DateOnly? plannedBy, CancellationToken ct) =>
        (await RecordsAsync(categories, week, week, plannedBy, ct)).Project(week, plannedBy);

    /// <summary>What the weeks from <paramref name="first"/> to <paramref name="last"/> are projected from, planned changes up to <paramref name="plannedBy"/>.</summary>
    public async Task<TenantRecords> RecordsAsync(
        IReadOnlyCollection<string>? categories, AnalysisWeek first, AnalysisWeek last, DateOnly? plannedBy, CancellationToken ct)
    {
        var demand = await db.CountingDemand.AsNoTracking().Where(d => categories == null || categories.Contains(d.Category)).ToListAsync(ct);
        return await RecordsAsync(categories, demand, first, last, plannedBy, ct);
    }

    /// <summary>
    /// The week as one survey's demand alone meets today's offers — current wave or superseded, so that waves can be compared; empty
    /// demand when Gaps holds none of the survey (another municipality's looks the same).
    /// </summary>
    public async Task<TenantRecords> SurveyRecordsAsync(Guid survey, AnalysisWeek week, CancellationToken ct) =>
        await RecordsAsync(null, await db.Demand.AsNoTracking().Where(d => d.SurveyId == survey).ToListAsync(ct), week, week, null, ct);

    private async Task<TenantRecords> RecordsAsync(
        IReadOnlyCollection<string>? categories, List<DemandRecord> demand, AnalysisWeek first, AnalysisWeek last, DateOnly? plannedBy, CancellationToken ct)
    {
        var areas = await AreasAsync(ct);
        var distances = await db.ServingDistances.AsNoTracking().ToDictionaryAsync(d => d.Category, d => d.Km, ct);
        var offers = await db.Offers.AsNoTracking().Where(o => !o.Withdrawn).ToListAsync(ct);
        var plans = plannedBy is null ? [] : await db.PlannedChanges.AsNoTracking()
            .Where(c => !c.Settled && c.Planned != null && c.EffectiveFrom <= plannedBy).ToListAsync(ct);
        return new TenantRecords(db.CurrentTenantId!, categories, areas, distances, offers, plans, demand, await SchoolHolidaysAsync(first, last, ct));
    }

    /// <summary>The current areas and serving distance of the category, to check a kept comparison against.</summary>
    public async Task<CategoryGround> GroundAsync(string category, CancellationToken ct)
    {
        var distances = await db.ServingDistances.AsNoTracking().Where(d => d.Category == category).ToDictionaryAsync(d => d.Category, d => d.Km, ct);
        return CategoryGround.Of(new TenantInput(await AreasAsync(ct), [], [], distances), category);
    }

    /// <summary>Today's state of the given offers, as far as they serve in the category: one left out is to be withdrawn from it.</summary>
    public async Task<List<OfferInput>> OffersAsync(IReadOnlyCollection<Guid> offerIds, string category, AnalysisWeek week, CancellationToken ct)
    {
        var offers = await db.Offers.AsNoTracking().Where(o => !o.Withdrawn && offerIds.Contains(o.OfferId)).ToListAsync(ct);
        return new TenantRecords(db.CurrentTenantId!, [category], [], new Dictionary<string, double>(), offers, [], [], await SchoolHolidaysAsync(week, week, ct))
            .Project(week, null).Offers.ToList();
    }

    /// <summary>The responses with demand items of the category in the strata (survey, area, household type).</summary>
    public async Task<List<Guid>> ResponsesAsync(IReadOnlyCollection<(Guid Survey, string AreaCode, string HouseholdType)> strata, string category, CancellationToken ct)
    {
        var responses = new List<Guid>();
        // One query per stratum: a refresh takes the few strata reweighed since the last one.
        foreach (var (survey, area, householdType) in strata)
            responses.AddRange(await db.Demand.AsNoTracking()
                .Where(d => d.Category == category && d.SurveyId == survey && d.AreaCode == area && d.HouseholdType == householdType)
                .Select(d => d.ResponseId).Distinct().ToListAsync(ct));
        return responses;
    }

    /// <summary>The given responses' demand items of the category in the week (holiday care on the week's school holidays).</summary>
    public async Task<List<NeedInput>> NeedsAsync(IReadOnlyCollection<Guid> responseIds, string category, AnalysisWeek week, CancellationToken ct)
    {
        var demand = await db.CountingDemand.AsNoTracking().Where(d => d.Category == category && responseIds.Contains(d.ResponseId)).ToListAsync(ct);
        return new TenantRecords(db.CurrentTenantId!, [category], [], new Dictionary<string, double>(), [], [], demand, await SchoolHolidaysAsync(week, week, ct))
            .Project(week, null).Needs.ToList();
    }

    private async Task<List<(DateOnly From, DateOnly To)>> SchoolHolidaysAsync(AnalysisWeek first, AnalysisWeek last, CancellationToken ct) =>
        [.. (await db.SchoolHolidays.AsNoTracking().Where(h => h.From <= last.Sunday && h.To >= first.Monday)
            .Select(h => new { h.From, h.To }).ToListAsync(ct)).Select(h => (h.From, h.To))];

    private Task<List<AreaInput>> AreasAsync(CancellationToken ct) =>
        db.Areas.AsNoTracking().Select(a => new AreaInput(a.Code, a.Latitude, a.Longitude)).ToListAsync(ct);
}
