using CsCheck;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.ReadModel;

namespace GutAusgestattet.Gaps.UnitTests;

/// <summary>The gaps of every week ahead, going from week to week by difference, and the distinct weeks counted.</summary>
public sealed class PlanningHorizonTests
{
    private const string Tenant = "09162000";

    private static List<AnalysisWeek> Weeks(int year, int week, int count)
    {
        Assert.True(AnalysisWeek.TryParse($"{year}-W{week:D2}", out var first));
        return [.. Enumerable.Range(0, count).Select(i => new AnalysisWeek(first.Monday.AddDays(7 * i)))];
    }

    private static DemandRecord Demand(DateOnly? from, DateOnly? until) => new()
    {
        DemandId = Guid.NewGuid(), TenantId = Tenant, ResponseId = Guid.NewGuid(), HouseholdType = "incoming", Category = "kita", AreaCode = "a",
        Persons = 2, Weight = 1, From = from, Until = until, Windows = [new DemandWindow(DayOfWeek.Monday, 8 * 60, 12 * 60, false)],
    };

    private static TenantRecords Records(params DemandRecord[] demand) =>
        new(Tenant, null, [new AreaInput("a", 48.14, 11.58)], new Dictionary<string, double>(), [], [], demand, []);

    [Fact]
    public void A_need_from_August_appears_in_the_August_weeks_only()
    {
        // Two children Mondays 08:00–12:00 from Monday 2 August 2027 (week 31), no offer: a content gap of 2 persons and
        // 8 person-hours in weeks 31 and 32, nothing in weeks 29 and 30: one comparison, as a week without need compares nothing.
        var records = Records(Demand(new DateOnly(2027, 8, 2), null));
        var horizon = PlanningHorizon.Compute(Weeks(2027, 29, 4), week => records.Project(week, week.Monday));

        Assert.Equal([0, 0, 1, 1], horizon.Weeks.Select(w => w.Findings.Count));
        var august = horizon.Weeks[2].Findings.Single();
        Assert.Equal((GapKind.Content, "Mo 08:00–12:00", 2.0, 8.0), (august.Kind, august.Slots.ToString(), august.PeakPersons, august.PersonHours));
        Assert.Equal(1, horizon.WeekClasses);
    }

    [Fact]
    public void A_need_until_mid_week_and_a_need_from_mid_week_make_their_weeks_classes_of_their_own()
    {
        // One need ends Tuesday 10 August 2027, the other starts Wednesday 18 August: week 32 holds the first's Monday only,
        // week 33 neither (the second needs Mondays), week 34 the second's Monday.
        var records = Records(Demand(null, new DateOnly(2027, 8, 10)), Demand(new DateOnly(2027, 8, 18), null));
        var horizon = PlanningHorizon.Compute(Weeks(2027, 31, 4), week => records.Project(week, week.Monday));

        Assert.Equal([1, 1, 0, 1], horizon.Weeks.Select(w => w.Findings.Count));
        Assert.Equal(2, horizon.WeekClasses); // weeks 31 and 32 hold the first need alike; week 34 the second
        Assert.Equal(2.0, horizon.Weeks[3].Findings.Single().PeakPersons);
    }

    [Fact]
    public void A_Kita_closed_in_August_leaves_its_children_without_care_in_the_August_weeks_only()
    {
        // A Kita Mo–Fr 07:00–17:00 with "Aug off", two children Mondays 08:00–12:00 all year. Week 30 of 2027 (26 July –
        // 1 August) holds no August weekday but Sunday 1 August; weeks 31–34 are in August; week 35 (30 August – 5 September)
        // has Monday and Tuesday in August, so its Monday is closed too; week 36 is September.
        var hours = Enumerable.Range(1, 5).Select(d => new WeeklyInterval((DayOfWeek)d, 7 * 60, 17 * 60)).ToList();
        var kita = new OfferState("Kita am Park", "kita", null, "a", new FacilityState(Guid.NewGuid(), "Kita", "municipal", 48.14, 11.58),
            null, 20, 10, "Mo-Fr 07:00-17:00; Aug off", hours, [], false, false, ["de"], null, "active", null, ClosedMonths: [8]);
        var offers = new List<OfferSupply> { new() { OfferId = Guid.NewGuid(), TenantId = Tenant, Category = "kita", AreaCode = "a", State = kita } };
        var records = Records(Demand(null, null)) with { Offers = offers };
        var horizon = PlanningHorizon.Compute(Weeks(2027, 30, 7), week => records.Project(week, week.Monday));

        Assert.Equal(["", "time Mo 08:00–12:00", "time Mo 08:00–12:00", "time Mo 08:00–12:00", "time Mo 08:00–12:00", "time Mo 08:00–12:00", ""],
            horizon.Weeks.Select(w => string.Join(" | ", w.Findings.Select(f => $"{f.Kind.ToString().ToLowerInvariant()} {f.Slots}"))));
        Assert.Equal(8.0, horizon.Weeks[1].Findings.Single().PersonHours); // 2 children × 4 hours
    }

    private static readonly string[] AreaCodes = ["a", "b", "c"];
    private static readonly string[] Categories = ["krippe", "kita"];
    private static readonly AreaInput[] Areas = [.. AreaCodes.Select((code, i) => new AreaInput(code, 49.45 + i * 0.01, 11.07))];

    private static readonly Gen<SlotRange> Range =
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 90], Gen.Int[1, 40]).Select((day, start, length) =>
            new SlotRange(day * WeekSlots.PerDay + start, Math.Min(WeekSlots.Count, day * WeekSlots.PerDay + start + length)));

    /// <summary>An offer and the weeks (of 12) it is closed in.</summary>
    private static readonly Gen<(OfferInput Offer, int ClosedFrom, int ClosedWeeks)> Offer =
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, 6], Range.Array[1, 3], Gen.Int[0, 11], Gen.Int[0, 3]).Select((cell, free, open, closedFrom, closedWeeks) =>
            (new OfferInput(Guid.NewGuid(), Categories[cell / 3], AreaCodes[cell % 3], Areas[cell % 3].Latitude!.Value, 11.07, free, open, false, ["de"]), closedFrom, closedWeeks));

    /// <summary>A need, the weeks (of 12) of its period, and the weekday its period starts on within its first week.</summary>
    private static readonly Gen<(NeedInput Need, int From, int Until, int FirstDay)> Need =
        Gen.Select(Gen.Int[0, 5], Gen.Int[1, 8], Range.Array[1, 3], Gen.Int[0, 11], Gen.Int[0, 11], Gen.Int[0, 6]).Select((cell, halves, slots, a, b, day) =>
            (new NeedInput(Guid.NewGuid(), Categories[cell / 3], AreaCodes[cell % 3], halves / 2.0, slots, false, []), Math.Min(a, b), Math.Max(a, b), day));

    [Fact]
    public void Going_from_week_to_week_gives_the_figures_of_computing_every_week() =>
        Gen.Select(Offer.Array[0, 6], Need.Array[1, 10], Gen.Bool).Sample((offers, needs, keep) =>
        {
            var weeks = Weeks(2027, 30, 12);
            // Each projection builds new lists and records, as the service's does: changes are found by content. A need outside
            // its period is kept without slots (every week lines up with the one before, as the service projects) or left out
            // (the weeks do not line up, and the horizon compares afresh).
            TenantInput Project(AnalysisWeek week)
            {
                var i = weeks.IndexOf(week);
                return new TenantInput([.. Areas],
                    [.. offers.Select(o => o.Offer with { Open = i >= o.ClosedFrom && i < o.ClosedFrom + o.ClosedWeeks ? [] : [.. o.Offer.Open] })],
                    [.. needs.Select(n => n.Need with { Slots = [.. n.Need.Slots.Where(r => n.From <= i && i <= n.Until && (i > n.From || r.From >= n.FirstDay * WeekSlots.PerDay))] })
                        .Where(n => keep || n.Slots.Count > 0)],
                    new Dictionary<string, double>());
            }

            var horizon = PlanningHorizon.Compute(weeks, Project);
            Assert.Equal(weeks, horizon.Weeks.Select(w => w.Week));
            foreach (var (week, findings) in horizon.Weeks.Select(w => (w.Week, w.Findings)))
                Assert.Equal(SlotComparison.Compute(Project(week)), findings);
            Assert.Equal(DistinctWeeks(weeks.Select(Project)), horizon.WeekClasses);
        }, iter: 300);

    private static readonly string[] RecordCategories = ["kita", HolidayCare.Category];
    private static readonly DateOnly FirstMonday = new(2027, 7, 26);

    private static readonly Gen<WeeklyInterval> Interval =
        Gen.Select(Gen.Int[0, 6], Gen.Int[6 * 4, 14 * 4], Gen.Int[1, 40]).Select((day, start, length) =>
            new WeeklyInterval(WeekSlots.Day(day), start * 15, Math.Min(24 * 60, (start + length) * 15)));

    private static readonly Gen<DateOnly?> Date = Gen.Int[-1, 83].Select(d => d < 0 ? (DateOnly?)null : FirstMonday.AddDays(d));

    /// <summary>A Kita or holiday-care offer, maybe closed in the school holidays (<c>SH off</c>) or for a closure period.</summary>
    private static readonly Gen<OfferSupply> RecordOffer =
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, 6], Interval.Array[1, 3], Gen.Bool, Gen.Int[0, 83], Gen.Int[-1, 20]).Select((cell, free, hours, shOff, closedFrom, closedDays) =>
        {
            var (category, area) = (RecordCategories[cell / 3], AreaCodes[cell % 3]);
            ClosurePeriod[] closures = closedDays < 0 ? [] : [new ClosurePeriod(FirstMonday.AddDays(closedFrom), FirstMonday.AddDays(closedFrom + closedDays), null)];
            var state = new OfferState("Angebot", category, null, area, new FacilityState(Guid.NewGuid(), "Haus", "municipal", Areas[cell % 3].Latitude!.Value, 11.07),
                null, 10, 10 - free, "", hours, closures, false, false, ["de"], null, "active", null, ClosedOnSchoolHolidays: shOff);
            return new OfferSupply { OfferId = Guid.NewGuid(), TenantId = Tenant, Category = category, AreaCode = area, State = state };
        });

    /// <summary>A Kita or holiday-care need with weekly windows and a period open at either end or not.</summary>
    private static readonly Gen<DemandRecord> RecordNeed =
        Gen.Select(Gen.Int[0, 5], Gen.Int[1, 3], Interval.Array[1, 3], Date, Date).Select((cell, persons, windows, a, b) => new DemandRecord
        {
            DemandId = Guid.NewGuid(), TenantId = Tenant, ResponseId = Guid.NewGuid(), HouseholdType = "outgoing", Category = RecordCategories[cell / 3],
            AreaCode = AreaCodes[cell % 3], Persons = persons, Weight = 1, From = a < b ? a : b, Until = a < b ? b : a,
            Windows = [.. windows.Select(w => new DemandWindow(w.Day, w.FromMinute, w.ToMinute, false))],
        });

    /// <summary>School holidays of 1–20 days somewhere in the 12 weeks.</summary>
    private static readonly Gen<(DateOnly, DateOnly)> Holidays =
        Gen.Select(Gen.Int[0, 83], Gen.Int[0, 19]).Select((start, days) => (FirstMonday.AddDays(start), FirstMonday.AddDays(start + days)));

    [Fact]
    public void With_school_holidays_and_holiday_care_every_week_gives_the_figures_of_computing_it_and_holiday_care_lies_in_the_holidays() =>
        Gen.Select(RecordOffer.Array[0, 6], RecordNeed.Array[1, 10], Holidays.Array[0, 3]).Sample((offers, needs, holidays) =>
        {
            var weeks = Weeks(2027, 30, 12);
            var records = new TenantRecords(Tenant, null, [.. Areas], new Dictionary<string, double>(), offers, [], needs, holidays);
            var horizon = PlanningHorizon.Compute(weeks, week => records.Project(week, null));
            Assert.Equal(DistinctWeeks(weeks.Select(week => records.Project(week, null))), horizon.WeekClasses);
            foreach (var (week, findings) in horizon.Weeks.Select(w => (w.Week, w.Findings)))
            {
                var input = records.Project(week, null);
                Assert.Equal(SlotComparison.Compute(input), findings);
                // Holiday care needs and opens on school-holiday days only.
                var holidayDays = Enumerable.Range(0, 7).Where(d => holidays.Any(h => h.Item1 <= week.Date(d) && week.Date(d) <= h.Item2)).ToHashSet();
                Assert.All(input.Needs.Where(n => HolidayCare.Is(n.Category)).SelectMany(n => n.Slots), r => Assert.Contains(r.From / WeekSlots.PerDay, holidayDays));
                Assert.All(input.Offers.Where(o => HolidayCare.Is(o.Category)).SelectMany(o => o.Open), r => Assert.Contains(r.From / WeekSlots.PerDay, holidayDays));
            }
        }, iter: 200);

    /// <summary>The week classes counted the plain way: per category, the weeks with a need whose offers and needs differ from every earlier one's.</summary>
    private static int DistinctWeeks(IEnumerable<TenantInput> weeks)
    {
        var seen = new List<(string Category, List<OfferInput> Offers, List<NeedInput> Needs)>();
        foreach (var input in weeks)
            foreach (var category in input.Needs.Where(n => n.Slots.Count > 0).Select(n => n.Category).Distinct())
            {
                var (offers, needs) = (input.Offers.Where(o => o.Category == category).ToList(), input.Needs.Where(n => n.Category == category && n.Slots.Count > 0).ToList());
                if (!seen.Exists(s => s.Category == category && s.Offers.Count == offers.Count && s.Offers.Zip(offers).All(p => WeekClass.Same(p.First, p.Second))
                        && s.Needs.Count == needs.Count && s.Needs.Zip(needs).All(p => WeekClass.Same(p.First, p.Second))))
                    seen.Add((category, offers, needs));
            }
        return seen.Count;
    }
}
