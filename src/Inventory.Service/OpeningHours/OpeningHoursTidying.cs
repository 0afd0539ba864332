using System.Globalization;
using System.Text.RegularExpressions;

namespace GutAusgestattet.Inventory.OpeningHours;

/// <summary>
/// What <see cref="OpeningHoursTidying.Tidy"/> made of a text: the text to parse, what it changed (each a
/// warning for the import's report), or, where the text is ambiguous, the refusal with the fix suggested.
/// </summary>
public sealed record TidiedOpeningHours(string Text, IReadOnlyList<string> Changes, string? Refusal);

/// <summary>
/// Tidies opening hours as municipalities' open data writes them into the syntax <see cref="OpeningHours"/>
/// reads, saying what it changed, never silently: <c>7-17</c>, <c>7.00-17.00</c>, <c>0730-1630</c>,
/// <c>07:00 Uhr</c> and <c>bis</c> or a dash "–" become <c>07:00-17:00</c>; German weekdays (<c>Di</c>, <c>Mi</c>,
/// <c>Do</c>, <c>So</c>) their OSM names; rules joined by <c>,</c> are separated by <c>;</c>. A rule without
/// weekdays (<c>07:30-16:30</c>, in OSM every day) is read as <c>Mo-Fr</c> where the source is open data
/// (<c>bareRangesOnWorkingDays</c>), because the offers imported (Kitas, Horte, day care) open on
/// working days and a source that meant the weekend would say so; elsewhere (the platform's CSV, whose canonical
/// text writes every day as a bare range, so that export → import stays unchanged) it keeps the OSM meaning, noted all the same.
/// Whole hours whose end lies before the start but could be afternoon (<c>7-5</c>) are ambiguous and refused
/// with the likely fix. Only imports tidy: the JSON API takes valid opening_hours text, which its client can fix.
/// </summary>
public static partial class OpeningHoursTidying
{
    /// <summary>The days a rule without weekdays is read as.</summary>
    public const string AssumedDays = "Mo-Fr";

    private static readonly Dictionary<string, string> GermanDays = new(StringComparer.Ordinal)
    {
        ["Di"] = "Tu", ["Mi"] = "We", ["Do"] = "Th", ["So"] = "Su",
    };

    public static TidiedOpeningHours Tidy(string text, bool bareRangesOnWorkingDays)
    {
        var changes = new List<string>();
        string? refusal = null;
        var tidied = text.Trim();

        tidied = Replace(tidied, Uhr(), _ => "", m => $"'{m.Value.Trim()}' left out");
        tidied = Replace(tidied, GermanDay(), m => GermanDays[m.Groups["day"].Value], m => $"German weekday '{m.Groups["day"].Value}' read as {GermanDays[m.Groups["day"].Value]}");
        tidied = Replace(tidied, DayDot(), m => m.Groups["day"].Value, m => $"'{m.Value}' read as {m.Groups["day"].Value}");
        // Spaces around '-' are valid syntax already: tidied, but no warning.
        tidied = Replace(tidied, TimeSpan(), Span, m => Span(m) == Spaces().Replace(m.Value, "") ? null : $"'{m.Value.Trim()}' read as {Span(m)}");
        tidied = Replace(tidied, RuleComma(), _ => "; ", _ => "rules joined by ',' read as separated by ';'");

        var rules = tidied.Split(';', StringSplitOptions.TrimEntries);
        for (var i = 0; i < rules.Length; i++)
        {
            if (rules[i].Length == 0 || !char.IsAsciiDigit(rules[i][0]) || rules[i].StartsWith("24/7", StringComparison.Ordinal)) continue;
            if (!bareRangesOnWorkingDays)
            {
                changes.Add($"'{rules[i]}' names no weekdays: read as every day (Mo-Su), as opening_hours means it; write {AssumedDays} {rules[i]} if it is closed at the weekend");
                continue;
            }
            changes.Add($"'{rules[i]}' names no weekdays: read as {AssumedDays} {rules[i]}; state the days if the offer opens at the weekend");
            rules[i] = AssumedDays + " " + rules[i];
        }
        tidied = string.Join("; ", rules);
        return new TidiedOpeningHours(changes.Count == 0 ? text : tidied, changes, refusal);

        string Replace(string input, Regex pattern, Func<Match, string> replacement, Func<Match, string?> change) =>
            pattern.Replace(input, m =>
            {
                var replaced = replacement(m);
                if (replaced != m.Value && change(m) is { } message) changes.Add(message);
                return replaced;
            });

        string Span(Match m)
        {
            var (from, fromWhole) = Time(m.Groups["from"].Value);
            var (to, toWhole) = Time(m.Groups["to"].Value);
            if (from is null || to is null) return m.Value;
            // "7-5": whole hours ending before they start, and a 12-hour clock reading of the end would not: ask, do not guess.
            if (fromWhole && toWhole && to < from && from < 12 * 60 && to + 12 * 60 > from && to + 12 * 60 <= 24 * 60)
                refusal ??= $"'{m.Value.Trim()}' is ambiguous: the end lies before the start; write {Format(from.Value)}-{Format(to.Value + 12 * 60)} if it closes in the afternoon, or {Format(from.Value)}-{Format(to.Value)} if it is open overnight";
            return $"{Format(from.Value)}-{Format(to.Value)}";
        }
    }

    /// <summary>Minutes after midnight of <c>7</c>, <c>7:30</c>, <c>7.30</c> or <c>0730</c>, and whether only the hour was given; null when out of range.</summary>
    private static (int? Minutes, bool WholeHour) Time(string text)
    {
        var parts = text.Length == 4 && !text.Contains(':') && !text.Contains('.')
            ? [text[..2], text[2..]]
            : text.Split([':', '.']);
        var hour = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var minute = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        return hour > 24 || minute > 59 || (hour == 24 && minute > 0) ? (null, false) : (hour * 60 + minute, parts.Length == 1);
    }

    private static string Format(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";

    /// <summary>A time range in any of the spellings found: <c>7-17</c>, <c>07.00 - 17.00</c>, <c>0730–1630</c>, <c>7 bis 17</c>.</summary>
    [GeneratedRegex(@"(?<![\d:./])(?<from>\d{4}|\d{1,2}(?:[:.]\d{2})?)\s*(?:-|–|bis)\s*(?<to>\d{4}|\d{1,2}(?:[:.]\d{2})?)(?![\d:./])")]
    private static partial Regex TimeSpan();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*\bUhr\b", RegexOptions.IgnoreCase)]
    private static partial Regex Uhr();

    [GeneratedRegex(@"\b(?<day>Di|Mi|Do|So)\b")]
    private static partial Regex GermanDay();

    [GeneratedRegex(@"\b(?<day>Mo|Tu|We|Th|Fr|Sa|Su)\.")]
    private static partial Regex DayDot();

    [GeneratedRegex(@"\s*,\s*(?=(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)\b)")]
    private static partial Regex RuleComma();
}
