using System.Collections.Immutable;
using GutAusgestattet.Contracts.V1;

namespace GutAusgestattet.Inventory.OpeningHours;

internal static class WeeklyIntervals
{
    public static IReadOnlyList<WeeklyInterval> Of(ImmutableArray<DayHours?> days)
    {
        var perDay = Enumerable.Range(0, Weekdays.Count).Select(_ => new List<(int From, int To)>()).ToArray();
        for (var day = 0; day < Weekdays.Count; day++)
        {
            foreach (var range in days[day]?.Ranges ?? [])
            {
                if (range.IsOvernight)
                {
                    perDay[day].Add((range.FromMinute, TimeRange.MinutesPerDay));
                    // Su is the last index, so its night spills into Mo of the same reference week.
                    perDay[(day + 1) % Weekdays.Count].Add((0, range.ToMinute));
                }
                else
                {
                    perDay[day].Add((range.FromMinute, range.ToMinute));
                }
            }
        }

        var result = new List<WeeklyInterval>();
        for (var day = 0; day < Weekdays.Count; day++)
        {
            var weekday = Weekdays.FromIndex(day);
            result.AddRange(Merge(perDay[day]).Select(m => new WeeklyInterval(weekday, m.From, m.To)));
        }

        return result;
    }

    private static List<(int From, int To)> Merge(List<(int From, int To)> spans)
    {
        var merged = new List<(int From, int To)>();
        foreach (var span in spans.OrderBy(s => s.From))
        {
            // Touching spans merge too: 08:00-12:00 and 12:00-14:00 are one opening for the gap engine.
            if (merged.Count > 0 && span.From <= merged[^1].To)
            {
                merged[^1] = (merged[^1].From, Math.Max(merged[^1].To, span.To));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
