using System.Globalization;
using System.Text;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Gaps.SchoolHolidays;

/// <summary>
/// Reads school holidays from an iCalendar file (RFC 5545) as the ministries, OpenHolidays and schulferien.org publish
/// them: each <c>VEVENT</c> is a period from <c>DTSTART</c> to <c>DTEND</c>, named by its <c>SUMMARY</c>. An all-day
/// event's <c>DTEND</c> is the day after it (exclusive), so "20270729 to 20270909" is 29 July to 8 September; a
/// date-time is taken by its date, a midnight end as exclusive too. Folded lines are unfolded; recurring events are refused
/// rather than read as their first occurrence.
/// </summary>
public static class IcsHolidays
{
    public static HolidayFile Read(string text)
    {
        var periods = new List<(int, HolidayPeriod)>();
        var errors = new List<ImportError>();
        var lines = Unfold(text);
        if (lines.Count == 0 || !lines[0].Text.Equals("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase))
            errors.Add(new ImportError(1, null, "body", "An iCalendar file starts with BEGIN:VCALENDAR."));

        Event? current = null;
        foreach (var (number, line) in lines)
        {
            var (name, parameters, value) = Split(line);
            if (name == "BEGIN" && value.Equals("VEVENT", StringComparison.OrdinalIgnoreCase)) current = new Event(number);
            else if (current is null) continue;
            else if (name == "END" && value.Equals("VEVENT", StringComparison.OrdinalIgnoreCase))
            {
                if (current.Finish(errors) is { } period) periods.Add((current.Line, period));
                current = null;
            }
            else if (name == "DTSTART") (current.Start, current.StartGiven) = (Day(value, number, "DTSTART", errors), true);
            else if (name == "DTEND") current.End = (Day(value, number, "DTEND", errors), IsMidnightOrDate(value, parameters));
            else if (name == "SUMMARY") current.Summary = Unescape(value);
            else if (name is "RRULE" or "RDATE") errors.Add(new ImportError(number, null, name, "Recurring events are not supported; list each holiday period as an event of its own."));
        }
        if (current is not null) errors.Add(new ImportError(current.Line, null, "VEVENT", "The event is not closed by END:VEVENT."));
        return new HolidayFile(periods, errors);
    }

    private sealed class Event(int line)
    {
        public int Line { get; } = line;

        public DateOnly? Start { get; set; }

        /// <summary>A DTSTART was there, readable or not (an unreadable one has its error already).</summary>
        public bool StartGiven { get; set; }

        public (DateOnly? Day, bool Exclusive)? End { get; set; }

        public string? Summary { get; set; }

        public HolidayPeriod? Finish(List<ImportError> errors)
        {
            if (Start is not { } start)
            {
                if (!StartGiven) errors.Add(new ImportError(Line, null, "DTSTART", "The event has no start date (DTSTART)."));
                return null;
            }
            // No end: a one-day event. An exclusive end names the day after the last.
            var last = End switch
            {
                null => start,
                ({ } end, true) => end.AddDays(-1) < start ? start : end.AddDays(-1),
                ({ } end, false) => end,
                _ => (DateOnly?)null,
            };
            return last is null ? null : new HolidayPeriod(start, last, string.IsNullOrWhiteSpace(Summary) ? "Schulferien" : Summary.Trim());
        }
    }

    private static DateOnly? Day(string value, int line, string field, List<ImportError> errors)
    {
        if (value.Length >= 8 && DateOnly.TryParseExact(value[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && (value.Length == 8 || value[8] == 'T'))
            return day;
        errors.Add(new ImportError(line, null, field, $"'{value}' is no date (yyyymmdd, e.g. 20270729)."));
        return null;
    }

    /// <summary>An all-day end (VALUE=DATE or 8 digits) or one at 00:00 is the first day after the event.</summary>
    private static bool IsMidnightOrDate(string value, string parameters) =>
        value.Length == 8
        || (parameters.Contains("VALUE=DATE", StringComparison.OrdinalIgnoreCase) && !parameters.Contains("VALUE=DATE-TIME", StringComparison.OrdinalIgnoreCase))
        || (value.Length >= 15 && value.AsSpan(9, 6).SequenceEqual("000000"));

    /// <summary>Name (upper case), parameters and value of a content line <c>NAME;PARAM=x:value</c>.</summary>
    private static (string Name, string Parameters, string Value) Split(string line)
    {
        var colon = line.IndexOf(':');
        if (colon < 0) return (line.ToUpperInvariant(), "", "");
        var head = line[..colon];
        var semicolon = head.IndexOf(';');
        return semicolon < 0
            ? (head.ToUpperInvariant(), "", line[(colon + 1)..])
            : (head[..semicolon].ToUpperInvariant(), head[(semicolon + 1)..], line[(colon + 1)..]);
    }

    /// <summary>Logical lines with the number of the physical line each starts on; a line starting with a space or tab continues the one before.</summary>
    private static List<(int Line, string Text)> Unfold(string text)
    {
        var lines = new List<(int, string)>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && lines.Count > 0)
                lines[^1] = (lines[^1].Item1, lines[^1].Item2 + line[1..]);
            else if (line.Length > 0)
                lines.Add((number, line.TrimStart('\uFEFF')));
        }
        return lines;
    }

    private static string Unescape(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                text.Append(value[i] is 'n' or 'N' ? ' ' : value[i]);
            }
            else text.Append(value[i]);
        }
        return text.ToString();
    }
}
