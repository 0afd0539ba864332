using CsCheck;
using GutAusgestattet.Inventory.OpeningHours;

namespace GutAusgestattet.Inventory.UnitTests.OpeningHours;

using OpeningHours = GutAusgestattet.Inventory.OpeningHours.OpeningHours;

public class PropertyTests
{
    private const int Iterations = 2_000;

    private static readonly DayOfWeek[] MondayFirst =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static readonly string[] DayNames = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

    /// <summary>A time range of one day in minutes, the end below the start for one that runs overnight.</summary>
    private static readonly Gen<(int From, int To)> AnyRange =
        Gen.Int[0, 1439].SelectMany(from => Gen.Int[0, 1440].Where(to => to != from).Select(to => (from, to)));

    // The whole day is drawn often enough to reach the 24/7 spelling.
    private static readonly Gen<(int From, int To)[]> Schedule = Gen.Frequency((1, Gen.Const((0, 1440))), (6, AnyRange)).Array[1, 3];

    // Days pick from a few shared schedules so that grouping into Mo-Fr, lists and wraps gets exercised: written one rule per day,
    // the plainest spelling, and read — so every value the properties see is one the parser gives.
    private static readonly Gen<OpeningHours> Hours =
        Gen.Select(Schedule.Array[3], Gen.Int[0, 4].Array[7], Gen.Bool)
            .Where((_, picks, holidaysOff) => holidaysOff || picks.Any(p => p > 0))
            .Select((schedules, picks, holidaysOff) => OpeningHours.Parse(string.Join("; ", [
                .. Enumerable.Range(0, 7).Where(d => picks[d] >= 2)
                    .Select(d => $"{DayNames[d]} {string.Join(",", schedules[picks[d] - 2].Select(r => $"{Clock(r.From)}-{Clock(r.To)}"))}"),
                .. Enumerable.Range(0, 7).Where(d => picks[d] == 1).Select(d => $"{DayNames[d]} off"),
                .. holidaysOff ? ["PH off"] : Array.Empty<string>()])));

    private static string Clock(int minute) => $"{minute / 60:D2}:{minute % 60:D2}";

    [Fact]
    public void Any_value_survives_writing_and_reading() =>
        Hours.Sample(hours => Assert.Equal(hours, OpeningHours.Parse(hours.ToString())), iter: Iterations, print: h => h.ToString());

    [Fact]
    public void Canonical_text_is_a_fixed_point() =>
        Hours.Select(h => h.ToString())
            .Sample(text => Assert.Equal(text, OpeningHours.Parse(text).ToString()), iter: Iterations);

    [Fact]
    public void One_rule_per_day_in_reverse_order_reads_as_the_canonical_value() =>
        Hours.Sample(hours => Assert.Equal(hours, OpeningHours.Parse(DayByDayFromSunday(hours))), iter: Iterations, print: h => h.ToString());

    [Fact]
    public void Weekly_intervals_are_sorted_disjoint_and_within_the_day() =>
        Hours.Sample(hours =>
        {
            var intervals = hours.ToWeeklyIntervals();
            Assert.All(intervals, i => Assert.InRange(i.FromMinute, 0, 1439));
            Assert.All(intervals, i => Assert.InRange(i.ToMinute, i.FromMinute + 1, 1440));
            foreach (var (previous, next) in intervals.Zip(intervals.Skip(1)))
            {
                var order = DayIndex(previous.Day).CompareTo(DayIndex(next.Day));
                // On one day a gap must separate two intervals, otherwise they should have been merged.
                Assert.True(order < 0 || (order == 0 && previous.ToMinute < next.FromMinute), $"{previous} then {next}");
            }
        }, iter: Iterations, print: h => h.ToString());

    [Fact]
    public void Weekly_intervals_cover_exactly_the_open_minutes() =>
        Hours.Sample(
            hours => Assert.Equal(OpenMinutes(hours), CoveredMinutes(hours.ToWeeklyIntervals())),
            iter: Iterations,
            print: h => h.ToString());

    private static string DayByDayFromSunday(OpeningHours hours)
    {
        var rules = MondayFirst.Reverse()
            .Where(d => hours[d] is not null)
            .Select(d => $"{d.ToString()[..2]} {hours[d]}")
            .ToList();
        if (hours.PublicHolidaysOff)
        {
            rules.Add("PH off");
        }

        if (hours.SchoolHolidaysOff)
        {
            rules.Add("SH off");
        }

        return string.Join(";", rules);
    }

    private static int DayIndex(DayOfWeek day) => Array.IndexOf(MondayFirst, day);

    /// <summary>The week as 7 × 1440 minutes, straight from each day's ranges.</summary>
    private static bool[] OpenMinutes(OpeningHours hours)
    {
        var open = new bool[7 * 1440];
        for (var day = 0; day < 7; day++)
        {
            foreach (var range in hours[MondayFirst[day]]?.Ranges ?? [])
            {
                var end = range.IsOvernight ? range.ToMinute + 1440 : range.ToMinute;
                for (var minute = range.FromMinute; minute < end; minute++)
                {
                    open[(day * 1440 + minute) % open.Length] = true;
                }
            }
        }

        return open;
    }

    private static bool[] CoveredMinutes(IEnumerable<Contracts.V1.WeeklyInterval> intervals)
    {
        var covered = new bool[7 * 1440];
        foreach (var interval in intervals)
        {
            for (var minute = interval.FromMinute; minute < interval.ToMinute; minute++)
            {
                covered[DayIndex(interval.Day) * 1440 + minute] = true;
            }
        }

        return covered;
    }
}
