using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.Persistence;
using GutAusgestattet.Gaps.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>
/// Reads the tenant's read model into what the slot comparison needs for one week: today's offers,
/// or — for the planned-state scenario — the offers as they will be once every planned change and
/// planned offer effective by <c>plannedBy</c> has taken effect.
/// </summary>
public sealed class GapInputs(GapsDbContext db)
{
    public async Task<TenantInput> LoadAsync(IReadOnlyCollection<string>? categories, AnalysisWeek week, DateOnly? plannedBy, CancellationToken ct)
    {
        var areas = await AreasAsync(ct);
        var distances = await db.ServingDistances.AsNoTracking().ToDictionaryAsync(d => d.Category, d => d.Km, ct);

        var offers = await db.Offers.AsNoTracking().Where(o => !o.Withdrawn).ToListAsync(ct);
        var plans = plannedBy is null ? [] : (await db.PlannedChanges.AsNoTracking()
            .Where(c => !c.Settled && c.Planned != null && c.EffectiveFrom <= plannedBy).ToListAsync(ct))
            .GroupBy(c => c.OfferId).ToDictionary(g => g.Key, g => g.MaxBy(c => c.EffectiveFrom)!.Planned!);
        var supply = Supply(offers, plans, categories, week, await HolidaysAsync(week, ct), plannedBy);
        var needs = await NeedsAsync(db.Demand.Where(d => categories == null || categories.Contains(d.Category)), week, ct);
        return new TenantInput(areas, supply, needs, distances);
    }

    /// <summary>The current areas and serving distance of the category, to check a kept comparison against.</summary>
    public async Task<CategoryGround> GroundAsync(string category, CancellationToken ct)
    {
        var distances = await db.ServingDistances.AsNoTracking().Where(d => d.Category == category).ToDictionaryAsync(d => d.Category, d => d.Km, ct);
        return CategoryGround.Of(new TenantInput(await AreasAsync(ct), [], [], distances), category);
    }

    /// <summary>Today's state of the given offers, as far as they serve in the category: one left out is to be withdrawn from it.</summary>
    public async Task<List<OfferInput>> OffersAsync(IReadOnlyCollection<Guid> offerIds, string category, AnalysisWeek week, CancellationToken ct) =>
        Supply(await db.Offers.AsNoTracking().Where(o => !o.Withdrawn && offerIds.Contains(o.OfferId)).ToListAsync(ct), [], [category], week,
            await HolidaysAsync(week, ct), null);

    /// <summary>The given responses' demand items of the category in the week.</summary>
    public Task<List<NeedInput>> NeedsAsync(IReadOnlyCollection<Guid> responseIds, string category, AnalysisWeek week, CancellationToken ct) =>
        NeedsAsync(db.Demand.Where(d => d.Category == category && responseIds.Contains(d.ResponseId)), week, ct);

    /// <summary>The week's public holidays in the municipality's federal state, and the days of its school holidays in the week.</summary>
    private async Task<WeekHolidays> HolidaysAsync(AnalysisWeek week, CancellationToken ct)
    {
        var school = await db.SchoolHolidays.AsNoTracking().Where(h => h.From <= week.Sunday && h.To >= week.Monday)
            .Select(h => new { h.From, h.To }).ToListAsync(ct);
        return new WeekHolidays(PublicHolidays.In(week, db.CurrentTenantId!),
            Enumerable.Range(0, 7).Select(week.Date).Where(d => school.Any(h => h.From <= d && d <= h.To)).ToHashSet());
    }

    /// <summary>The days of a week an offer may be closed on: public holidays (<c>PH off</c>) and school holidays (<c>SH off</c>).</summary>
    private sealed record WeekHolidays(IReadOnlySet<DateOnly> Public, IReadOnlySet<DateOnly> School)
    {
        public IReadOnlySet<DateOnly>? ClosedOn(OfferState offer) => (offer.ClosedOnPublicHolidays, offer.ClosedOnSchoolHolidays) switch
        {
            (false, false) => null,
            (true, false) => Public,
            (false, true) => School,
            _ => Public.Union(School).ToHashSet(),
        };
    }

    private Task<List<AreaInput>> AreasAsync(CancellationToken ct) =>
        db.Areas.AsNoTracking().Select(a => new AreaInput(a.Code, a.Latitude, a.Longitude)).ToListAsync(ct);

    private static List<OfferInput> Supply(
        List<OfferSupply> offers, Dictionary<Guid, OfferState> plans, IReadOnlyCollection<string>? categories, AnalysisWeek week,
        WeekHolidays holidays, DateOnly? plannedBy) =>
        offers
            .Select(o => (o.OfferId, State: plans.GetValueOrDefault(o.OfferId) ?? o.State!))
            .Where(o => Serves(o.State, plannedBy) && (categories is null || categories.Contains(o.State.Category)))
            .Select(o => ToInput(o.OfferId, o.State, week, holidays))
            .ToList();

    private static async Task<List<NeedInput>> NeedsAsync(IQueryable<DemandRecord> demand, AnalysisWeek week, CancellationToken ct) =>
        (await demand.AsNoTracking().ToListAsync(ct))
            .Select(d => new NeedInput(d.ResponseId, d.Category, d.AreaCode, d.Persons * d.Weight, WeekProjection.NeededSlots(d.Windows, d.From, d.Until, week),
                d.Temporary, d.Languages, d.Responses))
            .Where(n => n.Slots.Count > 0)
            .ToList();

    /// <summary>Active offers serve today; by a planned date, planned ones effective by then serve too.</summary>
    private static bool Serves(OfferState state, DateOnly? plannedBy) => state.Status switch
    {
        "active" => true,
        "planned" => plannedBy is { } date && state.EffectiveFrom <= date,
        _ => false,
    };

    /// <summary>An offer of unknown occupancy has no place known to be free; its places are carried to be named on the gap.</summary>
    private static OfferInput ToInput(Guid offerId, OfferState s, AnalysisWeek week, WeekHolidays holidays) =>
        new(offerId, s.Category, s.AreaCode, s.Facility.Latitude, s.Facility.Longitude, s.OccupancyKnown ? s.Places - s.OccupiedPlaces : 0,
            WeekProjection.OpenSlots(s.OpenIntervals, s.Closures, week, holidays.ClosedOn(s)), s.TakesShortTermPlacements, s.Languages, s.OccupancyKnown ? 0 : s.Places);
}
