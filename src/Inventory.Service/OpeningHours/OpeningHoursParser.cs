namespace GutAusgestattet.Inventory.OpeningHours;

/// <summary>
/// Reads the supported subset of the OSM opening_hours grammar:
/// <code>
/// value    = rule { ";" rule }                       (spaces allowed around ";")
/// rule     = "24/7" | "PH" off | "SH" off | months off | body | weekdays " " body
/// months   = month [ "-" month ]                     (Jan..Dec; Nov-Feb wraps over the new year)
/// body     = off | span { "," span }                 (spaces allowed around "," and "-")
/// off      = "off" | "closed"
/// weekdays = day [ "-" day ] { "," day [ "-" day ] } (Fr-Mo wraps over the weekend)
/// span     = time "-" time                           (end before start: until the next morning)
/// time     = HH ":" MM                               (00:00–24:00, 24:00 only as an end)
/// </code>
/// As in OSM, a later rule replaces what earlier rules said about the days it names. Unlike
/// opening_hours.js, an overnight range stays whole even when a later rule names the next day:
/// a night care "Mo-Fr 22:00-06:00; Sa off" means open until Saturday 06:00, as its operator means it.
/// </summary>
internal sealed class OpeningHoursParser(string text)
{
    private const string RuleExpectation = "a rule: weekdays, a time range HH:MM-HH:MM, '24/7', 'Aug off', 'PH off' or 'SH off'";

    private static readonly bool[] EveryDay = [.. Enumerable.Repeat(true, Weekdays.Count)];

    private readonly DayHours?[] days = new DayHours?[Weekdays.Count];
    private bool publicHolidaysOff;
    private bool schoolHolidaysOff;
    private readonly SortedSet<int> closedMonths = [];
    private int position;

    private bool AtEnd => position >= text.Length;

    public OpeningHoursError? Parse(out OpeningHours? hours)
    {
        hours = null;
        SkipSpaces();
        while (true)
        {
            if (Rule() is { } error)
            {
                return error;
            }

            SkipSpaces();
            if (AtEnd)
            {
                break;
            }

            if (!Consume(";"))
            {
                return Expected("';' or the end of the text");
            }

            SkipSpaces();
        }

        hours = new OpeningHours([.. days], publicHolidaysOff, schoolHolidaysOff, closedMonths);
        return null;
    }

    private OpeningHoursError? Rule()
    {
        var word = Scanner.WordAt(text, position);
        // The model keeps each kind of holiday as one flag and the closed months as a set; a later weekday rule would
        // reopen only the holidays or months on its days.
        if ((publicHolidaysOff || schoolHolidaysOff || closedMonths.Count > 0) && word is not ("PH" or "SH") && Months.Number(word) is null)
        {
            var closing = publicHolidaysOff ? "PH off" : schoolHolidaysOff ? "SH off" : $"{Months.Name(closedMonths.Min)} off";
            return Error(position, $"a rule after '{closing}' would reopen those days; put month rules, 'PH off' and 'SH off' last");
        }

        if (Consume("24/7"))
        {
            Assign(EveryDay, DayHours.WholeDay);
            return null;
        }

        if (word is "PH" or "SH")
        {
            position += word.Length;
            return Holidays(word);
        }

        if (Months.Number(word) is { } month)
        {
            position += word.Length;
            return MonthsOff(month, word);
        }

        if (UnsupportedSyntax.At(text, position) is { } unsupported)
        {
            return Error(position, unsupported);
        }

        if (word is "off" or "closed" || (!AtEnd && char.IsAsciiDigit(text[position])))
        {
            return Body(EveryDay);
        }

        if (word.Length == 0)
        {
            return Expected(RuleExpectation);
        }

        if (WeekdaySelector(out var selected) is { } error)
        {
            return error;
        }

        if (AtEnd)
        {
            return Expected("times HH:MM-HH:MM or 'off' after the weekdays");
        }

        if (!char.IsWhiteSpace(text[position]))
        {
            return Expected("a space after the weekdays");
        }

        SkipSpaces();
        return Body(selected);
    }

    /// <summary><c>PH off</c> (public holidays) or <c>SH off</c> (school holidays, as the municipality's planners enter them).</summary>
    private OpeningHoursError? Holidays(string word)
    {
        SkipSpaces();
        if (ConsumeOff())
        {
            if (word == "PH") publicHolidaysOff = true;
            else schoolHolidaysOff = true;
            return null;
        }

        var kind = word == "PH" ? "public" : "school";
        return Error(position, $"only '{word} off' is supported; opening times or other rules for {kind} holidays are not supported");
    }

    /// <summary><c>Aug off</c> or <c>Jul-Aug off</c>: the offer is closed on every day of those months, every year.</summary>
    private OpeningHoursError? MonthsOff(int first, string firstName)
    {
        var last = first;
        if (Consume("-"))
        {
            var lastName = Scanner.WordAt(text, position);
            if (Months.Number(lastName) is not { } end)
            {
                return Expected("a month Jan..Dec after '-'");
            }

            position += lastName.Length;
            last = end;
        }

        SkipSpaces();
        if (!ConsumeOff())
        {
            return Error(position, $"only closed months are supported ('{firstName} off'); opening times for months are not supported");
        }

        // A range like Nov-Feb runs over the new year.
        for (var month = first; ; month = month % 12 + 1)
        {
            closedMonths.Add(month);
            if (month == last) break;
        }

        return null;
    }

    private OpeningHoursError? Body(bool[] selected)
    {
        if (ConsumeOff())
        {
            Assign(selected, DayHours.Off);
            return null;
        }

        if (AtEnd || !char.IsAsciiDigit(text[position]))
        {
            return Expected("times HH:MM-HH:MM or 'off'");
        }

        var ranges = new List<TimeRange>();
        while (true)
        {
            if (Span(out var range) is { } error)
            {
                return error;
            }

            ranges.Add(range);
            var afterSpan = position;
            SkipSpaces();
            if (!Consume(","))
            {
                position = afterSpan;
                break;
            }

            SkipSpaces();
            var word = Scanner.WordAt(text, position);
            if (Weekdays.IndexOf(word) >= 0 || word == "PH")
            {
                return Error(position, "rules joined by ',' are not supported; separate rules with ';'");
            }
        }

        Assign(selected, DayHours.Open(ranges));
        return null;
    }

    private OpeningHoursError? WeekdaySelector(out bool[] selected)
    {
        selected = new bool[Weekdays.Count];
        while (true)
        {
            if (Day(out var first) is { } error)
            {
                return error;
            }

            var last = first;
            if (Consume("-") && Day(out last) is { } endError)
            {
                return endError;
            }

            for (var day = first; ; day = (day + 1) % Weekdays.Count)
            {
                selected[day] = true;
                if (day == last)
                {
                    break;
                }
            }

            if (!Consume(","))
            {
                return null;
            }

            SkipSpaces();
        }
    }

    private OpeningHoursError? Day(out int index)
    {
        var word = Scanner.WordAt(text, position);
        index = Weekdays.IndexOf(word);
        if (index >= 0)
        {
            position += word.Length;
            return null;
        }

        return word.Length == 0
            ? Expected("a weekday Mo, Tu, We, Th, Fr, Sa or Su")
            : Error(position, UnsupportedSyntax.At(text, position) ?? $"unknown weekday '{word}' (expected Mo, Tu, We, Th, Fr, Sa or Su)");
    }

    private OpeningHoursError? Span(out TimeRange range)
    {
        range = null!;
        var startAt = position;
        if (Time(out var from) is { } error)
        {
            return error;
        }

        if (from == TimeRange.MinutesPerDay)
        {
            return Error(startAt, "24:00 is allowed only as an end time");
        }

        SkipSpaces();
        if (!Consume("-"))
        {
            return Expected("'-' between start and end time");
        }

        SkipSpaces();
        var endAt = position;
        if (Time(out var to) is { } endError)
        {
            return endError;
        }

        if (to == from)
        {
            return Error(endAt, $"the end {TimeRange.Format(to)} equals the start; for a whole day write 00:00-24:00");
        }

        range = new TimeRange(from, to);
        return null;
    }

    private OpeningHoursError? Time(out int minutes)
    {
        minutes = 0;
        var hourAt = position;
        if (!TwoDigits(out var hour))
        {
            return Expected("a time HH:MM");
        }

        if (!Consume(":"))
        {
            return Expected("':' between hours and minutes of a time HH:MM");
        }

        var minuteAt = position;
        if (!TwoDigits(out var minute))
        {
            return Expected("two-digit minutes of a time HH:MM");
        }

        if (hour > 24)
        {
            return Error(hourAt, $"hour {hour:00} is out of range 00–24");
        }

        if (minute > 59)
        {
            return Error(minuteAt, $"minute {minute:00} is out of range 00–59");
        }

        if (hour == 24 && minute > 0)
        {
            return Error(hourAt, $"time 24:{minute:00} is out of range; the latest time is 24:00");
        }

        minutes = hour * 60 + minute;
        return null;
    }

    private bool TwoDigits(out int value)
    {
        value = 0;
        if (position + 1 >= text.Length || !char.IsAsciiDigit(text[position]) || !char.IsAsciiDigit(text[position + 1]))
        {
            return false;
        }

        value = (text[position] - '0') * 10 + (text[position + 1] - '0');
        position += 2;
        return true;
    }

    private bool ConsumeOff()
    {
        var word = Scanner.WordAt(text, position);
        return word is "off" or "closed" && Consume(word);
    }

    private bool Consume(string expected)
    {
        if (!text.AsSpan(position).StartsWith(expected, StringComparison.Ordinal))
        {
            return false;
        }

        position += expected.Length;
        return true;
    }

    private void SkipSpaces()
    {
        while (!AtEnd && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private void Assign(bool[] selected, DayHours hours)
    {
        for (var day = 0; day < days.Length; day++)
        {
            if (selected[day])
            {
                days[day] = hours;
            }
        }
    }

    private OpeningHoursError Expected(string what) =>
        Error(position, UnsupportedSyntax.At(text, position) ?? $"expected {what}");

    private static OpeningHoursError Error(int at, string description) => OpeningHoursError.At(at, description);
}
