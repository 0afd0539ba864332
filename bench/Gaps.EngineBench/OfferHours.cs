using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapEngine;
using static GutAusgestattet.Gaps.EngineBench.Week;

namespace GutAusgestattet.Gaps.EngineBench;

/// <summary>Opening hours and closures as they are typical for each category of offer.</summary>
internal static class OfferHours
{
    public static List<WeeklyInterval> For(string category, Random rng)
    {
        var hours = category switch
        {
            // Mo–Fr 07:00–17:00 and its variants: early starters, late closers, short Fridays, a few Saturdays.
            "krippe" or "kita" or "kindertagespflege" => Daycare(rng),
            "hort" => [.. Open(MonToFri, 11.5, rng.Pick(16, 17, 17.5)), .. rng.NextDouble() < 0.3 ? Open(MonToFri, 6.5, 8) : []],
            "ferienbetreuung" => [.. Open(MonToFri, 8, rng.Pick(15, 16, 17))],
            "randzeitenbetreuung" => [.. Open(MonToFri, 5.5, 8), .. Open(MonToFri, 16, rng.Pick(19, 20, 21)), .. rng.NextDouble() < 0.3 ? Open([DayOfWeek.Saturday], 6, 14) : []],
            "tagespflege" => [.. Open(MonToFri, rng.Pick(7.5, 8), rng.Pick(16, 16, 17)), .. rng.NextDouble() < 0.15 ? Open([DayOfWeek.Saturday], 8, 14) : []],
            "kurzzeitpflege" => [.. Open(AllDays, 0, 24)],
            // Night care: the evening of each night and the morning after, as intervals within each day.
            "nachtpflege" => [.. Open(AllDays, 0, rng.Pick(7, 8)), .. Open(AllDays, rng.Pick(19, 20), 24)],
            "ambulante-pflege" => [.. Open(rng.NextDouble() < 0.8 ? AllDays : MonToSat, 6, rng.Pick(20, 21, 22))],
            "alltagsbegleitung" => [.. Open(rng.NextDouble() < 0.2 ? MonToSat : MonToFri, 9, rng.Pick(15, 18))],
            _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
        };
        return hours;
    }

    private static List<WeeklyInterval> Daycare(Random rng)
    {
        var from = rng.Pick(6, 6.5, 7, 7, 7, 7.5);
        var to = rng.Pick(14, 16, 17, 17, 17, 18);
        List<WeeklyInterval> hours = [.. Open(MonToThu, from, to), .. Open([DayOfWeek.Friday], from, rng.NextDouble() < 0.3 ? Math.Min(to, 15) : to)];
        if (rng.NextDouble() < 0.08) hours.AddRange(Open([DayOfWeek.Saturday], 8, 13));
        return hours;
    }

    /// <summary>Holiday care is closed in term time; a few offers close on single days (team day, bridge day) or the whole week (renovation).</summary>
    public static ClosurePeriod[] Closures(string category, AnalysisWeek week, Random rng)
    {
        var draw = rng.NextDouble();
        if (category == "ferienbetreuung" && draw < 0.7) return [new(week.Monday.AddDays(-30), week.Monday.AddDays(30), "Schulzeit")];
        if (draw < 0.02) return [new(week.Monday.AddDays(-7), week.Monday.AddDays(10), "Umbau")];
        if (draw < 0.07)
        {
            var day = rng.Next(5);
            return [new(week.Monday.AddDays(day), week.Monday.AddDays(day + rng.Next(2)), "Teamtag")];
        }
        return [];
    }
}

