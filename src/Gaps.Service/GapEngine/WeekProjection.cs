using GutAusgestattet.Contracts.V1;

namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>Turns weekly opening hours and needed windows into slots of one calendar week.</summary>
public static class WeekProjection
{
    /// <summary>A need given without windows (e.g. recorded by a planner) needs the core hours Mon–Fri 08:00–16:00.</summary>
    public static readonly IReadOnlyList<DemandWindow> CoreHours =
        [.. Enumerable.Range(0, 5).Select(d => new DemandWindow(WeekSlots.Day(d), 8 * 60, 16 * 60, false))];

    /// <summary>
    /// The slots an offer is open in <paramref name="week"/>: days inside a closure period are closed, and so are the
    /// <paramref name="holidaysOff"/> (the week's public or school holidays, for an offer closed on them — <c>PH off</c>, <c>SH off</c>).
    /// </summary>
    public static List<SlotRange> OpenSlots(
        IEnumerable<WeeklyInterval> intervals, IReadOnlyList<ClosurePeriod> closures, AnalysisWeek week, IReadOnlySet<DateOnly>? holidaysOff = null)
    {
        var open = new List<SlotRange>();
        foreach (var interval in intervals)
        {
            var day = WeekSlots.DayIndex(interval.Day);
            var date = week.Date(day);
            if (closures.Any(c => c.From <= date && date <= c.To) || holidaysOff?.Contains(date) == true) continue;
            if (SlotRange.Open(day, interval.FromMinute, interval.ToMinute) is { } range) open.Add(range);
        }
        return open;
    }

    /// <summary>
    /// The slots a need covers in <paramref name="week"/>: windows starting on a day outside its period are not needed, nor —
    /// when <paramref name="onlyOn"/> is given (the week's school holidays, for holiday care) — on a day not in it.
    /// </summary>
    public static List<SlotRange> NeededSlots(
        IReadOnlyList<DemandWindow>? windows, DateOnly? from, DateOnly? until, AnalysisWeek week, IReadOnlySet<DateOnly>? onlyOn = null)
    {
        var needed = new List<SlotRange>();
        foreach (var window in windows is { Count: > 0 } ? windows : CoreHours)
        {
            var day = WeekSlots.DayIndex(window.Day);
            var date = week.Date(day);
            if (date < from || date > until || onlyOn?.Contains(date) == false) continue;
            needed.AddRange(SlotRange.Needed(day, window.FromMinute, window.ToMinute, window.Overnight));
        }
        return needed;
    }
}
