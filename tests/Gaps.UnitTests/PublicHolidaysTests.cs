using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapEngine;
using PublicHoliday;

namespace GutAusgestattet.Gaps.UnitTests;

/// <summary>Public holidays by the federal state the AGS names, and offers closed on them (<c>PH off</c>).</summary>
public sealed class PublicHolidaysTests
{
    private const string Munich = "09162000", Berlin = "11000000", Potsdam = "12054000";

    private static AnalysisWeek Week(int year, int month, int day) => AnalysisWeek.Containing(new DateOnly(year, month, day));

    [Fact]
    public void The_first_two_digits_of_the_AGS_name_the_state()
    {
        Assert.Equal(GermanPublicHoliday.States.BY, PublicHolidays.StateOf(Munich));
        Assert.Equal(GermanPublicHoliday.States.SH, PublicHolidays.StateOf("01001000"));
        Assert.Equal(GermanPublicHoliday.States.TH, PublicHolidays.StateOf("16051000"));
        Assert.Throws<ArgumentException>(() => PublicHolidays.StateOf("17000000"));
    }

    [Fact]
    public void Each_state_has_its_own_holidays_in_a_week()
    {
        // Easter 2027 is 28 March: Good Friday the 26th (week 12), Easter Monday the 29th (week 13) everywhere;
        // Easter Sunday is a public holiday in Brandenburg only.
        Assert.Equal([new DateOnly(2027, 3, 29)], PublicHolidays.In(Week(2027, 3, 29), Berlin));
        Assert.Equal([new DateOnly(2027, 3, 26), new DateOnly(2027, 3, 28)], PublicHolidays.In(Week(2027, 3, 26), Potsdam).Order());
        // Corpus Christi, Thursday 27 May 2027: Bavaria, not Berlin.
        Assert.Equal([new DateOnly(2027, 5, 27)], PublicHolidays.In(Week(2027, 5, 27), Munich));
        Assert.Empty(PublicHolidays.In(Week(2027, 5, 27), Berlin));
        // A week across the new year takes each year's holidays: New Year's Day 2027 is a Friday.
        Assert.Equal([new DateOnly(2027, 1, 1)], PublicHolidays.In(Week(2026, 12, 28), Berlin));
        Assert.Empty(PublicHolidays.In(Week(2027, 3, 10), Munich));
    }

    [Fact]
    public void An_offer_closed_on_public_holidays_leaves_a_time_gap_on_the_holiday_and_one_open_on_them_does_not()
    {
        // A Kita Mo–Fr 07:00–17:00 and two children Monday and Thursday 08:00–12:00, in Munich in the week of Corpus Christi.
        var hours = Enumerable.Range(0, 5).Select(d => new WeeklyInterval(WeekSlots.Day(d), 7 * 60, 17 * 60)).ToList();
        DemandWindow[] windows = [new(DayOfWeek.Monday, 8 * 60, 12 * 60, false), new(DayOfWeek.Thursday, 8 * 60, 12 * 60, false)];
        var week = Week(2027, 5, 27);

        List<GapFinding> Gaps(string ags, bool closedOnHolidays) => SlotComparison.Compute(new TenantInput(
            [new AreaInput("a", 49.45, 11.07)],
            [new OfferInput(Guid.NewGuid(), "kita", "a", 49.45, 11.07, 5,
                WeekProjection.OpenSlots(hours, [], week, closedOnHolidays ? PublicHolidays.In(week, ags) : null), false, ["de"])],
            [new NeedInput(Guid.NewGuid(), "kita", "a", 2, WeekProjection.NeededSlots(windows, null, null, week), false, [])],
            new Dictionary<string, double>()));

        var time = Assert.Single(Gaps(Munich, closedOnHolidays: true));
        Assert.Equal((GapKind.Time, "Do 08:00–12:00", 2.0, 8.0), (time.Kind, time.Slots.ToString(), time.PeakPersons, time.PersonHours)); // 2 persons × 4 h
        Assert.Empty(Gaps(Munich, closedOnHolidays: false));
        Assert.Empty(Gaps(Berlin, closedOnHolidays: true)); // no holiday in Berlin that week
    }
}
