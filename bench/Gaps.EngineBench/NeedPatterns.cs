using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapEngine;
using static GutAusgestattet.Gaps.EngineBench.Week;

namespace GutAusgestattet.Gaps.EngineBench;

/// <summary>The slots one demand item needs in the analysed week, and whether it is a temporary need.</summary>
internal sealed record NeedPattern(SlotRange[] Slots, bool Temporary);

/// <summary>
/// A catalogue of the weekly windows people ask for, per category: core hours and their variants,
/// early mornings and evenings of shift workers and Outgoings, weekends, nights, short home-care
/// visits, temporary needs of Incomings. Demand items share these patterns (their slots are
/// projected once), which keeps 5,000,000 items in a few hundred MiB.
/// </summary>
internal static class NeedPatterns
{
    private const int PerCategory = 96;

    public static Dictionary<string, NeedPattern[]> Catalogue(IEnumerable<string> categories, AnalysisWeek week, Random rng) =>
        categories.ToDictionary(c => c, c => Enumerable.Range(0, PerCategory).Select(_ => Draw(c, week, rng)).ToArray());

    /// <summary>Skewed towards the first patterns, so a few windows are common and many are rare.</summary>
    public static NeedPattern Pick(NeedPattern[] patterns, Random rng) => patterns[(int)(patterns.Length * Math.Pow(rng.NextDouble(), 2))];

    private static NeedPattern Draw(string category, AnalysisWeek week, Random rng)
    {
        var temporary = rng.NextDouble() < (category == "kurzzeitpflege" ? 0.8 : 0.1);
        DateOnly? from = null, until = null;
        if (temporary)
        {
            from = week.Monday.AddDays(rng.Next(-10, 6));
            until = from.Value.AddDays(rng.Next(3, 21));
        }
        else if (category == "ferienbetreuung" && rng.NextDouble() < 0.4)
            from = week.Monday.AddDays(rng.Next(20, 120)); // needed in the next holidays, not this week
        else if (rng.NextDouble() < 0.05)
            from = week.Date(rng.Next(1, 7)); // arrives during the week
        var slots = WeekProjection.NeededSlots([.. Windows(category, rng)], from, until, week);
        return new NeedPattern([.. slots], temporary);
    }

    private static IEnumerable<DemandWindow> Windows(string category, Random rng)
    {
        var days = rng.NextDouble() < 0.25 ? MonToThu : MonToFri;
        var saturday = rng.NextDouble() < 0.08 ? Need([DayOfWeek.Saturday], 8, 14) : [];
        return category switch
        {
            "krippe" or "kita" or "kindertagespflege" =>
                [.. Need(days, rng.Pick(7, 7.5, 8, 8, 6, 5.5), rng.Pick(13, 15, 16, 16.5, 18, 19)), .. saturday],
            "hort" => [.. Need(days, 12, rng.Pick(16, 17, 18)), .. rng.NextDouble() < 0.2 ? Need(days, 6.5, 8) : []],
            "ferienbetreuung" => Need(MonToFri, rng.Pick(7.5, 8), rng.Pick(15, 16, 17)),
            "randzeitenbetreuung" => [.. Need(days, rng.Pick(5, 5.5, 6), 7.5), .. rng.NextDouble() < 0.6 ? Need(days, 17, rng.Pick(19, 20, 21)) : [], .. saturday],
            "tagespflege" => [.. Need(rng.NextDouble() < 0.3 ? [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday] : MonToFri, rng.Pick(8, 8, 7), rng.Pick(16, 16, 18)), .. saturday],
            "kurzzeitpflege" => Need(AllDays, 0, 24),
            "nachtpflege" => Need(rng.NextDouble() < 0.7 ? AllDays : MonToFri, rng.Pick(20, 21, 22), rng.Pick(6, 7, 8), overnight: true),
            "ambulante-pflege" => [.. Need(AllDays, 7, 8), .. Need(AllDays, 18, 18.5), .. rng.NextDouble() < 0.3 ? Need(AllDays, 12, 12.5) : []],
            "alltagsbegleitung" => Need(rng.NextDouble() < 0.5 ? [DayOfWeek.Tuesday, DayOfWeek.Thursday] : [DayOfWeek.Wednesday, DayOfWeek.Saturday], rng.Pick(9, 10, 14), rng.Pick(12, 13, 17)),
            _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
        };
    }
}
