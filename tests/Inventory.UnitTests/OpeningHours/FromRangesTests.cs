using GutAusgestattet.Inventory.OpeningHours;

namespace GutAusgestattet.Inventory.UnitTests.OpeningHours;

using OpeningHours = GutAusgestattet.Inventory.OpeningHours.OpeningHours;

public class FromRangesTests
{
    [Fact]
    public void Explicit_ranges_build_the_same_value_as_the_text()
    {
        DayOfWeek[] weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        var ranges = weekdays.SelectMany(d => new[] { new DayRange(d, 840, 1080), new DayRange(d, 480, 720) });

        var hours = OpeningHours.FromRanges(ranges, offDays: [DayOfWeek.Saturday], publicHolidaysOff: true);

        Assert.Equal(OpeningHours.Parse("Mo-Fr 08:00-12:00,14:00-18:00; Sa off; PH off"), hours);
    }

    [Fact]
    public void Minute_1440_is_midnight_at_the_end_of_the_day() =>
        Assert.Equal("Su 20:00-24:00", OpeningHours.FromRanges([new(DayOfWeek.Sunday, 1200, 1440)]).ToString());

    [Fact]
    public void An_end_before_the_start_runs_overnight() =>
        Assert.Equal("Fr 22:00-06:00", OpeningHours.FromRanges([new(DayOfWeek.Friday, 1320, 360)]).ToString());

    [Theory]
    [InlineData(600, 600, "ranges[1] (Monday 600–600): the end equals the start")]
    [InlineData(1440, 60, "ranges[1] (Monday 1440–60): start 1440 is out of range 0–1439")]
    [InlineData(-1, 60, "ranges[1] (Monday -1–60): start -1 is out of range")]
    [InlineData(60, 1441, "ranges[1] (Monday 60–1441): end 1441 is out of range 0–1440")]
    public void An_invalid_range_is_named_by_its_index(int from, int to, string expected)
    {
        Assert.False(OpeningHours.TryFromRanges(
            [new(DayOfWeek.Monday, 480, 720), new(DayOfWeek.Monday, from, to)], null, false, out var hours, out var errors));

        Assert.Null(hours);
        Assert.StartsWith(expected, Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_invalid_item_is_reported_at_once()
    {
        Assert.False(OpeningHours.TryFromRanges(
            [new((DayOfWeek)9, 480, 720), new(DayOfWeek.Monday, 480, 720), new(DayOfWeek.Tuesday, 60, 60)],
            [DayOfWeek.Monday],
            false,
            out _,
            out var errors));

        Assert.Equal(
            [
                "ranges[0] (9 480–720): 9 is not a weekday",
                "ranges[2] (Tuesday 60–60): the end equals the start; for a whole day use 00:00-24:00",
                "offDays[0] (Monday): the day also has ranges",
            ],
            errors);
    }

    [Fact]
    public void Nothing_stated_is_refused_because_it_has_no_text()
    {
        var exception = Assert.Throws<ArgumentException>(() => OpeningHours.FromRanges([]));

        Assert.Contains("no ranges, off days or public holiday closure given", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Public_holidays_alone_are_enough() =>
        Assert.Equal("PH off", OpeningHours.FromRanges([], publicHolidaysOff: true).ToString());

    [Fact]
    public void FromRanges_throws_with_the_offending_item_in_the_message()
    {
        var exception = Assert.Throws<ArgumentException>(() => OpeningHours.FromRanges([new(DayOfWeek.Monday, 600, 600)]));

        Assert.Contains("ranges[0] (Monday 600–600)", exception.Message, StringComparison.Ordinal);
    }
}
