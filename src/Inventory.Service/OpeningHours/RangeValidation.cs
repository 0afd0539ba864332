namespace GutAusgestattet.Inventory.OpeningHours;

/// <summary>Checks explicit ranges from the JSON API, collecting every problem so a client can fix all at once.</summary>
internal static class RangeValidation
{
    public static List<string> Build(
        IEnumerable<DayRange> ranges, IEnumerable<DayOfWeek> offDays, bool publicHolidaysOff, out OpeningHours? hours)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        ArgumentNullException.ThrowIfNull(offDays);
        hours = null;
        var errors = new List<string>();
        var open = Enumerable.Range(0, Weekdays.Count).Select(_ => new List<TimeRange>()).ToArray();

        var index = 0;
        foreach (var (day, from, to) in ranges)
        {
            var item = $"ranges[{index++}] ({day} {from}–{to})";
            if (!Weekdays.IsDefined(day))
            {
                errors.Add($"{item}: {(int)day} is not a weekday");
            }
            else if (TimeRange.Problem(from, to) is { } problem)
            {
                errors.Add($"{item}: {problem}");
            }
            else
            {
                open[Weekdays.Index(day)].Add(new TimeRange(from, to));
            }
        }

        var off = new bool[Weekdays.Count];
        index = 0;
        foreach (var day in offDays)
        {
            var item = $"offDays[{index++}] ({day})";
            if (!Weekdays.IsDefined(day))
            {
                errors.Add($"{item}: {(int)day} is not a weekday");
            }
            else if (open[Weekdays.Index(day)].Count > 0)
            {
                errors.Add($"{item}: the day also has ranges");
            }
            else
            {
                off[Weekdays.Index(day)] = true;
            }
        }

        var days = Enumerable.Range(0, Weekdays.Count)
            .Select(d => open[d].Count > 0 ? DayHours.Open(open[d]) : off[d] ? DayHours.Off : null)
            .ToArray();

        // Nothing stated has no opening_hours text; an offer without hours simply has none.
        if (errors.Count == 0 && !publicHolidaysOff && days.All(d => d is null))
        {
            errors.Add("no ranges, off days or public holiday closure given");
        }

        if (errors.Count == 0)
        {
            hours = new OpeningHours([.. days], publicHolidaysOff);
        }

        return errors;
    }
}
