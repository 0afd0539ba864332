using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.ReadModel;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>
/// The tenant's read model as loaded once — areas, distances, offers with their planned changes, demand, school holidays —
/// and projected into any week of the span it was loaded for: the horizon loads once and projects 52 times.
/// </summary>
/// <param name="Tenant">The municipality's AGS, whose first two digits name the federal state of its public holidays.</param>
/// <param name="Plans">Planned changes not yet settled, each with the state it plans.</param>
/// <param name="SchoolHolidays">The school holiday periods that touch the loaded span.</param>
public sealed record TenantRecords(
    string Tenant, IReadOnlyCollection<string>? Categories, IReadOnlyList<AreaInput> Areas, IReadOnlyDictionary<string, double> ServingKm,
    IReadOnlyList<OfferSupply> Offers, IReadOnlyList<PlannedOfferChange> Plans, IReadOnlyList<DemandRecord> Demand,
    IReadOnlyList<(DateOnly From, DateOnly To)> SchoolHolidays)
{
    /// <summary>
    /// The week as the engine compares it: today's offers, or as planned by <paramref name="plannedBy"/>, with the staff needs their
    /// employers' reserved places serve taken out (<see cref="StaffPlaces"/>).
    /// </summary>
    public TenantInput Project(AnalysisWeek week, DateOnly? plannedBy)
    {
        var plans = plannedBy is { } date
            ? Plans.Where(c => c.EffectiveFrom <= date).GroupBy(c => c.OfferId).ToDictionary(g => g.Key, g => g.MaxBy(c => c.EffectiveFrom)!.Planned!)
            : [];
        var holidays = new WeekHolidays(PublicHolidays.In(week, Tenant),
            Enumerable.Range(0, 7).Select(week.Date).Where(d => SchoolHolidays.Any(h => h.From <= d && d <= h.To)).ToHashSet());
        return StaffPlaces.Serve(new TenantInput(Areas, Supply(Offers, plans, Categories, week, holidays, plannedBy), Needs(Demand, week, holidays.School), ServingKm));
    }

    private static List<OfferInput> Supply(
        IEnumerable<OfferSupply> offers, IReadOnlyDictionary<Guid, OfferState> plans, IReadOnlyCollection<string>? categories, AnalysisWeek week,
        WeekHolidays holidays, DateOnly? plannedBy) =>
        offers
            .Select(o => (o.OfferId, State: plans.GetValueOrDefault(o.OfferId) ?? o.State!))
            .Where(o => Serves(o.State, plannedBy) && (categories is null || categories.Contains(o.State.Category)))
            .Select(o => ToInput(o.OfferId, o.State, week, holidays))
            .ToList();

    /// <summary>
    /// Every demand item in the areas it is needed in (<see cref="CarePlacement"/>), with the slots it needs there in the week:
    /// holiday care on the <paramref name="schoolHolidays"/> only (<see cref="HolidayCare"/>), none outside its period. An item without
    /// slots counts nowhere, but it stays in the list, so that every week lists the same items and the horizon goes from week to week
    /// by difference (<see cref="PlanningHorizon"/>).
    /// </summary>
    private static List<NeedInput> Needs(IEnumerable<DemandRecord> demand, AnalysisWeek week, IReadOnlySet<DateOnly> schoolHolidays) =>
        demand
            .SelectMany(d => CarePlacement.Of(d.AreaCode, d.Windows, d.WorkplaceAgs is null || d.WorkplaceAgs == d.TenantId).Select(placed => new NeedInput(
                d.ResponseId, d.Category, placed.AreaCode, d.Persons * d.Weight,
                WeekProjection.NeededSlots(placed.Windows, d.From, d.Until, week, HolidayCare.Is(d.Category) ? schoolHolidays : null),
                d.Temporary, d.Languages, d.Responses, d.Unweighted, d.EmployerId)))
            .ToList();

    /// <summary>Active offers serve today; by a planned date, planned ones effective by then serve too.</summary>
    private static bool Serves(OfferState state, DateOnly? plannedBy) => state.Status switch
    {
        "active" => true,
        "planned" => plannedBy is { } date && state.EffectiveFrom <= date,
        _ => false,
    };

    /// <summary>
    /// An offer of unknown occupancy has no place known to be free; its places but the reserved ones (which could cover no public need)
    /// are carried to be named on the gap. Of the free places, those reserved for partners' staff are kept apart from the open ones
    /// (<see cref="StaffReservation.Split"/>).
    /// </summary>
    private static OfferInput ToInput(Guid offerId, OfferState s, AnalysisWeek week, WeekHolidays holidays)
    {
        var (open, reserved) = StaffReservation.Split(s.OccupancyKnown ? s.Places - s.OccupiedPlaces : 0,
            (s.Reserved ?? []).Select(r => (r.PartnerIds, r.Places)));
        return new(offerId, s.Category, s.AreaCode, s.Facility.Latitude, s.Facility.Longitude, open,
            WeekProjection.OpenSlots(s.OpenIntervals, s.Closures, week, ClosedDays(s, week, holidays)), s.TakesShortTermPlacements, s.Languages,
            s.OccupancyKnown ? 0 : Math.Max(0, s.Places - (s.Reserved?.Sum(r => r.Places) ?? 0)), reserved);
    }

    /// <summary>
    /// The days of the week the offer is closed on besides its closures: holidays (<c>PH off</c>, <c>SH off</c>), its closed
    /// months (<c>Aug off</c>) and, for holiday care, every day outside the school holidays (<see cref="HolidayCare"/>).
    /// </summary>
    private static IReadOnlySet<DateOnly>? ClosedDays(OfferState s, AnalysisWeek week, WeekHolidays holidays)
    {
        var closed = holidays.ClosedOn(s);
        var days = Enumerable.Range(0, 7).Select(week.Date);
        if (s.ClosedMonths is { Count: > 0 } months) closed = Union(closed, days.Where(d => months.Contains(d.Month)));
        if (HolidayCare.Is(s.Category)) closed = Union(closed, days.Where(d => !holidays.School.Contains(d)));
        return closed;

        static HashSet<DateOnly> Union(IReadOnlySet<DateOnly>? closed, IEnumerable<DateOnly> more) => closed is null ? [.. more] : [.. closed, .. more];
    }
}

/// <summary>The days of a week an offer may be closed on: public holidays (<c>PH off</c>) and school holidays (<c>SH off</c>).</summary>
public sealed record WeekHolidays(IReadOnlySet<DateOnly> Public, IReadOnlySet<DateOnly> School)
{
    public IReadOnlySet<DateOnly>? ClosedOn(OfferState offer) => (offer.ClosedOnPublicHolidays, offer.ClosedOnSchoolHolidays) switch
    {
        (false, false) => null,
        (true, false) => Public,
        (false, true) => School,
        _ => Public.Union(School).ToHashSet(),
    };
}
