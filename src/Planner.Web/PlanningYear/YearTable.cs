using System.Globalization;
using GutAusgestattet.PlannerWeb.ServiceClients;

namespace GutAusgestattet.PlannerWeb.PlanningYear;

/// <summary>
/// The planning year as the page shows it: one row per week of the horizon, one column per category with a gap in any
/// week, each cell the person-hours of the week left without care (content, time and capacity gaps summed over the areas;
/// a feature gap's persons are cared for, only not as they asked) — what the year CSV of Gaps holds too.
/// </summary>
public sealed record YearTable(IReadOnlyList<string> Categories, IReadOnlyList<YearRow> Rows)
{
    public static YearTable Of(GapHorizon horizon)
    {
        var categories = horizon.Cells.Select(c => c.Category).Distinct().Order(StringComparer.Ordinal).ToList();
        var hours = horizon.Cells.SelectMany(c => c.Weeks.Where(w => w.Kind != GapKind.Feature).Select(w => (c.Category, w.Week, w.PersonHours)))
            .GroupBy(h => (h.Category, h.Week)).ToDictionary(g => g.Key, g => g.Sum(h => h.PersonHours));
        var first = ISOWeek.ToDateTime(int.Parse(horizon.From[..4], CultureInfo.InvariantCulture), int.Parse(horizon.From[6..], CultureInfo.InvariantCulture), DayOfWeek.Monday);
        var rows = Enumerable.Range(0, horizon.Weeks).Select(i => DateOnly.FromDateTime(first.AddDays(7 * i))).Select(monday =>
        {
            var week = IsoWeek(monday);
            return new YearRow(week, monday, [.. categories.Select(c => hours.GetValueOrDefault((c, week)))]);
        }).ToList();
        return new YearTable(categories, rows);
    }

    /// <summary>e.g. <c>2027-W32</c>, as Gaps names weeks.</summary>
    public static string IsoWeek(DateOnly monday)
    {
        var day = monday.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):D2}";
    }
}

/// <param name="Hours">Per category (in <see cref="YearTable.Categories"/>' order) the person-hours left without care; 0 for none.</param>
public sealed record YearRow(string Week, DateOnly Monday, IReadOnlyList<double> Hours)
{
    /// <summary>The week as planners say it: KW 32.</summary>
    public string Number => Week[6..].TrimStart('0');
}
