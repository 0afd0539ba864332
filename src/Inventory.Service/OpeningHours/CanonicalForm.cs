using System.Collections.Immutable;

namespace GutAusgestattet.Inventory.OpeningHours;

/// <summary>
/// Writes one rule per distinct day schedule, rules ordered by their first day, days Mo..Su.
/// No two rules name the same day, so no rule overrides another and no day needs an <c>off</c>
/// beyond the days the model itself states as off.
/// </summary>
internal static class CanonicalForm
{
    public static string Write(ImmutableArray<DayHours?> days, bool publicHolidaysOff, bool schoolHolidaysOff, ImmutableArray<int> closedMonths)
    {
        var groups = new List<(DayHours Hours, List<int> Days)>();
        for (var day = 0; day < Weekdays.Count; day++)
        {
            if (days[day] is not { } hours)
            {
                continue;
            }

            var group = groups.FindIndex(g => g.Hours.Equals(hours));
            if (group < 0)
            {
                groups.Add((hours, [day]));
            }
            else
            {
                groups[group].Days.Add(day);
            }
        }

        var rules = groups.Select(g => Rule(g.Hours, g.Days)).ToList();
        rules.AddRange(MonthRules(closedMonths));
        if (schoolHolidaysOff)
        {
            rules.Add("SH off");
        }

        if (publicHolidaysOff)
        {
            rules.Add("PH off");
        }

        return string.Join("; ", rules);
    }

    /// <summary>Runs of consecutive months within a year: <c>Jul-Aug off</c>, <c>Dec off</c>.</summary>
    private static IEnumerable<string> MonthRules(ImmutableArray<int> months)
    {
        for (var i = 0; i < months.Length;)
        {
            var end = i;
            while (end + 1 < months.Length && months[end + 1] == months[end] + 1)
            {
                end++;
            }

            yield return end == i ? $"{Months.Name(months[i])} off" : $"{Months.Name(months[i])}-{Months.Name(months[end])} off";
            i = end + 1;
        }
    }

    private static string Rule(DayHours hours, List<int> days) =>
        days.Count < Weekdays.Count ? $"{Selector(days)} {hours}"
        : hours.Equals(DayHours.WholeDay) ? "24/7"
        : hours.ToString();

    /// <summary>Runs of two or more consecutive days become ranges (Mo-Tu); runs never wrap past Su.</summary>
    private static string Selector(List<int> days)
    {
        var parts = new List<string>();
        for (var i = 0; i < days.Count;)
        {
            var end = i;
            while (end + 1 < days.Count && days[end + 1] == days[end] + 1)
            {
                end++;
            }

            parts.Add(end == i
                ? Weekdays.Abbreviations[days[i]]
                : $"{Weekdays.Abbreviations[days[i]]}-{Weekdays.Abbreviations[days[end]]}");
            i = end + 1;
        }

        return string.Join(',', parts);
    }
}
