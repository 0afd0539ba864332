using GutAusgestattet.Contracts.V1;

namespace GutAusgestattet.Inventory.UnitTests.OpeningHours;

using OpeningHours = GutAusgestattet.Inventory.OpeningHours.OpeningHours;

/// <summary>What a parsed value means: which rule wins, where nights end, what 24/7 is.</summary>
public class SemanticsTests
{
    [Fact]
    public void A_later_rule_replaces_the_hours_of_the_days_it_names_only()
    {
        var hours = OpeningHours.Parse("Mo-Fr 08:00-18:00; We 08:00-12:00");

        Assert.Equal("08:00-12:00", hours[DayOfWeek.Wednesday]!.ToString());
        Assert.Equal("08:00-18:00", hours[DayOfWeek.Tuesday]!.ToString());
        Assert.Equal("Mo-Tu,Th-Fr 08:00-18:00; We 08:00-12:00", hours.ToString());
    }

    [Fact]
    public void An_earlier_rule_does_not_override_a_later_one() =>
        Assert.Equal("Mo-Fr 08:00-18:00", OpeningHours.Parse("We 08:00-12:00; Mo-Fr 08:00-18:00").ToString());

    [Fact]
    public void A_later_rule_can_reopen_a_day_that_was_off() =>
        Assert.Equal("Mo 10:00-12:00; Tu-Fr off", OpeningHours.Parse("Mo-Fr off; Mo 10:00-12:00").ToString());

    [Fact]
    public void A_rule_without_weekdays_replaces_every_day() =>
        Assert.Equal("08:00-09:00", OpeningHours.Parse("Mo 10:00-12:00; Sa off; 08:00-09:00").ToString());

    [Fact]
    public void Off_overrides_and_is_kept_as_stated()
    {
        var hours = OpeningHours.Parse("Mo-Fr 08:00-18:00; We off");

        Assert.True(hours[DayOfWeek.Wednesday]!.IsOff);
        Assert.Null(hours[DayOfWeek.Saturday]);
        Assert.DoesNotContain(hours.ToWeeklyIntervals(), i => i.Day == DayOfWeek.Wednesday);
        Assert.Equal("Mo-Tu,Th-Fr 08:00-18:00; We off", hours.ToString());
    }

    [Fact]
    public void An_overnight_range_ends_the_next_morning() =>
        Assert.Equal(
            [new(DayOfWeek.Friday, 1320, 1440), new(DayOfWeek.Saturday, 0, 360)],
            OpeningHours.Parse("Fr 22:00-06:00").ToWeeklyIntervals());

    [Fact]
    public void Sunday_night_spills_into_Monday_morning_and_the_week_stays_sorted() =>
        Assert.Equal(
            [new(DayOfWeek.Monday, 0, 120), new(DayOfWeek.Monday, 480, 720), new(DayOfWeek.Sunday, 1320, 1440)],
            OpeningHours.Parse("Su 22:00-02:00; Mo 08:00-12:00").ToWeeklyIntervals());

    [Fact]
    public void A_spilled_night_merges_with_a_morning_that_it_touches() =>
        Assert.Equal(
            "Mo 22:00-24:00, Tu 00:00-12:00",
            Intervals.Describe(OpeningHours.Parse("Mo 22:00-06:00; Tu 06:00-12:00").ToWeeklyIntervals()));

    [Fact]
    public void A_night_keeps_its_morning_even_when_a_later_rule_names_the_next_day() =>
        Assert.Contains(
            new WeeklyInterval(DayOfWeek.Saturday, 0, 360),
            OpeningHours.Parse("Mo-Fr 22:00-06:00; Sa off").ToWeeklyIntervals());

    [Fact]
    public void Midnight_as_an_end_is_minute_1440() =>
        Assert.Equal([new WeeklyInterval(DayOfWeek.Sunday, 1200, 1440)], OpeningHours.Parse("Su 20:00-24:00").ToWeeklyIntervals());

    [Fact]
    public void Around_the_clock_is_every_whole_day_and_written_as_24_7()
    {
        var hours = OpeningHours.Parse("24/7");

        Assert.Equal(
            Enum.GetValues<DayOfWeek>().OrderBy(d => ((int)d + 6) % 7).Select(d => new WeeklyInterval(d, 0, 1440)),
            hours.ToWeeklyIntervals());
        Assert.Equal("24/7", hours.ToString());
        Assert.Equal(hours, OpeningHours.Parse("Mo-Su 00:00-24:00"));
    }

    [Fact]
    public void Around_the_clock_with_exceptions_names_the_remaining_days() =>
        Assert.Equal("Mo-Fr 00:00-24:00; Sa-Su off; PH off", OpeningHours.Parse("24/7; Sa-Su off; PH off").ToString());

    [Fact]
    public void Public_holidays_do_not_change_the_reference_week()
    {
        var withHolidays = OpeningHours.Parse("Mo-Fr 08:00-12:00; PH off");

        Assert.True(withHolidays.PublicHolidaysOff);
        Assert.Equal(OpeningHours.Parse("Mo-Fr 08:00-12:00").ToWeeklyIntervals(), withHolidays.ToWeeklyIntervals());
    }

    [Fact]
    public void Two_parses_of_the_same_text_are_equal_with_equal_hashes()
    {
        var first = OpeningHours.Parse("Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off");
        var second = OpeningHours.Parse("Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off");

        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Theory]
    [InlineData("Mo-Fr 08:00-12:00; PH off", "Mo-Fr 08:00-12:00")]
    [InlineData("Mo-Fr 08:00-12:00", "Mo-Fr 08:00-12:01")]
    [InlineData("Mo-Fr 08:00-12:00", "Mo-Sa 08:00-12:00")]
    [InlineData("Mo-Fr 08:00-12:00; Sa off", "Mo-Fr 08:00-12:00")]
    [InlineData("Mo 08:00-12:00,10:00-14:00", "Mo 08:00-14:00")]
    public void Different_hours_are_not_equal(string left, string right)
    {
        Assert.NotEqual(OpeningHours.Parse(left), OpeningHours.Parse(right));
        Assert.True(OpeningHours.Parse(left) != OpeningHours.Parse(right));
    }
}
