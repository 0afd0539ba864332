using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.ReadModel;

namespace GutAusgestattet.Gaps.UnitTests;

/// <summary>
/// Holiday care (Ferienbetreuung) is care during the school holidays: its needs count and its offers open on school-holiday
/// days only. The tenant's summer holidays run from Monday 2 August to Monday 13 September 2027: week 30 (26 July –
/// 1 August) is a school week, week 31 (2–8 August) a holiday week, and in week 37 (13–19 September) only the Monday is.
/// </summary>
public sealed class HolidayCareTests
{
    private const string Tenant = "09162000";
    private static readonly (DateOnly, DateOnly) Summer = (new DateOnly(2027, 8, 2), new DateOnly(2027, 9, 13));
    private static readonly AnalysisWeek Week30 = AnalysisWeek.Containing(new DateOnly(2027, 7, 26));
    private static readonly AnalysisWeek Week31 = AnalysisWeek.Containing(new DateOnly(2027, 8, 2));
    private static readonly AnalysisWeek Week37 = AnalysisWeek.Containing(new DateOnly(2027, 9, 13));
    private static readonly List<DemandWindow> MondayToFriday8To16 =
        [.. Enumerable.Range(0, 5).Select(d => new DemandWindow(WeekSlots.Day(d), 8 * 60, 16 * 60, false))];

    private static DemandRecord Need(string category, int persons, List<DemandWindow> windows, DateOnly? from = null, DateOnly? until = null) => new()
    {
        DemandId = Guid.NewGuid(), TenantId = Tenant, ResponseId = Guid.NewGuid(), HouseholdType = "outgoing", Category = category, AreaCode = "a",
        Persons = persons, Weight = 1, From = from, Until = until, Windows = windows,
    };

    private static OfferSupply Offer(string category, int freePlaces, int fromHour, int toHour, bool shOff = false)
    {
        var hours = Enumerable.Range(0, 5).Select(d => new WeeklyInterval(WeekSlots.Day(d), fromHour * 60, toHour * 60)).ToList();
        var state = new OfferState($"{category} am Markt", category, null, "a", new FacilityState(Guid.NewGuid(), "Schule", "municipal", 49.45, 11.07),
            null, 20, 20 - freePlaces, $"Mo-Fr {fromHour:D2}:00-{toHour:D2}:00{(shOff ? "; SH off" : "")}", hours, [], false, false, ["de"], null, "active", null,
            ClosedOnSchoolHolidays: shOff);
        return new OfferSupply { OfferId = Guid.NewGuid(), TenantId = Tenant, Category = category, AreaCode = "a", State = state };
    }

    private static TenantRecords Records(IReadOnlyList<OfferSupply> offers, IReadOnlyList<DemandRecord> demand, params (DateOnly, DateOnly)[] schoolHolidays) =>
        new(Tenant, null, [new AreaInput("a", 49.45, 11.07)], new Dictionary<string, double>(), offers, [], demand, schoolHolidays);

    private static List<string> Gaps(TenantRecords records, AnalysisWeek week) =>
        [.. SlotComparison.Compute(records.Project(week, null)).OrderBy(f => f.Key)
            .Select(f => $"{f.Category} {f.Kind.ToString().ToLowerInvariant()} {f.Slots} {f.PeakPersons} {f.PersonHours}")];

    [Fact]
    public void A_holiday_care_need_across_a_school_week_and_a_holiday_week_is_a_gap_in_the_holiday_week_only()
    {
        // Two children Mo–Fr 08:00–16:00 from Monday 26 July to Friday 6 August, no offer: in week 31 a content gap of
        // 2 persons and 2 × 5 × 8 = 80 person-hours; week 30 holds no holiday, so no need and no gap.
        var records = Records([], [Need(HolidayCare.Category, 2, MondayToFriday8To16, new DateOnly(2027, 7, 26), new DateOnly(2027, 8, 6))], Summer);

        Assert.Empty(Gaps(records, Week30));
        Assert.Equal(["ferienbetreuung content Mo–Fr 08:00–16:00 2 80"], Gaps(records, Week31));
        // The Monday of week 37 is a holiday but after the period: nothing.
        Assert.Empty(Gaps(records, Week37));
        // The same need as a Kita need is a need in both weeks: the rule is holiday care's only.
        var kita = Records([], [Need("kita", 2, MondayToFriday8To16, new DateOnly(2027, 7, 26), new DateOnly(2027, 8, 6))], Summer);
        Assert.Equal(["kita content Mo–Fr 08:00–16:00 2 80"], Gaps(kita, Week30));
    }

    [Fact]
    public void A_holiday_care_need_without_a_period_is_needed_on_every_school_holiday_day_and_on_none_without_school_holidays()
    {
        var need = Need(HolidayCare.Category, 3, MondayToFriday8To16);

        Assert.Equal(["ferienbetreuung content Mo 08:00–16:00 3 24"], Gaps(Records([], [need], Summer), Week37)); // Monday 13 September only
        Assert.Empty(Gaps(Records([], [need], Summer), Week30));
        // A tenant that has entered no school holidays has no holiday-care demand at all.
        Assert.Empty(Gaps(Records([], [need]), Week31));
    }

    [Fact]
    public void A_holiday_care_offer_with_enough_places_closes_the_gap_and_is_open_on_school_holiday_days_only()
    {
        var need = Need(HolidayCare.Category, 2, MondayToFriday8To16, new DateOnly(2027, 7, 26), new DateOnly(2027, 8, 6));
        var records = Records([Offer(HolidayCare.Category, freePlaces: 2, 7, 17)], [need], Summer);

        Assert.Empty(Gaps(records, Week31));
        // Its opening hours count on holiday days only: all week in week 31, the Monday in week 37, never in week 30.
        Assert.Equal("Mo–Fr 07:00–17:00", SlotSet.Of(records.Project(Week31, null).Offers.Single().Open).ToString());
        Assert.Equal("Mo 07:00–17:00", SlotSet.Of(records.Project(Week37, null).Offers.Single().Open).ToString());
        Assert.Empty(records.Project(Week30, null).Offers.Single().Open);
        // One free place leaves one child without: a capacity gap of 1 person, 40 person-hours.
        Assert.Equal(["ferienbetreuung capacity Mo–Fr 08:00–16:00 1 40"], Gaps(Records([Offer(HolidayCare.Category, freePlaces: 1, 7, 17)], [need], Summer), Week31));
    }

    [Fact]
    public void A_hort_closed_in_the_holidays_and_a_holiday_care_offer_side_by_side_each_serve_their_own_weeks()
    {
        // A Hort Mo–Fr 11:00–17:00 with SH off and a holiday care Mo–Fr 07:00–17:00, ten places each; three school children
        // Tuesdays 12:00–16:00 in the Hort all year and Mo–Fr 08:00–16:00 in holiday care.
        var records = Records(
            [Offer("hort", 10, 11, 17, shOff: true), Offer(HolidayCare.Category, 10, 7, 17)],
            [Need("hort", 3, [new DemandWindow(DayOfWeek.Tuesday, 12 * 60, 16 * 60, false)]), Need(HolidayCare.Category, 3, MondayToFriday8To16)],
            Summer);

        // The school week: the Hort serves, holiday care is neither needed nor open.
        Assert.Empty(Gaps(records, Week30));
        // The holiday week: holiday care serves its need; the Hort need stays a Hort time gap (3 × 4 h), as categories never
        // share places — the household asks for holiday care as its own need.
        Assert.Equal(["hort time Di 12:00–16:00 3 12"], Gaps(records, Week31));
        // Week 37: only its Monday is a holiday, so the Hort is open on Tuesday and holiday care is needed and open on Monday.
        Assert.Empty(Gaps(records, Week37));
    }
}
