using System.Globalization;
using System.Text.RegularExpressions;
using GutAusgestattet.ServiceDefaults.Http;
using GutAusgestattet.Surveys.Answers;

namespace GutAusgestattet.Surveys.LimeSurveyImport;

/// <summary>
/// One row of the export turned into an answer as a respondent would have sent it. <c>Columns</c>
/// says which column each answer field came from, so a rule the answer breaks can name the column;
/// <c>Errors</c> are cells the mapping cannot read (an answer code it does not list, a date that is none).
/// </summary>
public sealed record MappedRow(AnswerRequest Answer, IReadOnlyDictionary<string, string> Columns, IReadOnlyList<(string Field, string? Column, string Rule)> Errors);

public static partial class LimeSurveyRows
{
    [GeneratedRegex(@"(?:^|\s)(?<h>[0-9]{1,2}):(?<m>[0-9]{2})(?::00)?$")]
    private static partial Regex ClockTime();

    private static readonly string[] Yes = ["y", "yes", "true", "1", "ja", "j"];
    private static readonly string[] No = ["n", "no", "false", "0", "nein"];

    /// <summary>
    /// The answer of <paramref name="row"/>. Consent: the mapped column's answer, else given, since a
    /// submitted LimeSurvey response went past the survey's consent page; the planner names the text.
    /// </summary>
    public static MappedRow Map(CsvRecord row, LimeSurveyHeader header, LimeSurveyMapping mapping, string consentVersion)
    {
        var r = new Reader(row, header);
        var language = r.Text(header.Language, "language");
        if (header.Language.Values is null && language is not null) language = language.Split('-')[0].ToLowerInvariant();
        var answer = new AnswerRequest(
            language,
            consentVersion,
            mapping.Consent is { } consent ? r.Bool(consent, "consent") : true,
            mapping.HouseholdType is { } household ? r.Text(household, "householdType") : null,
            mapping.AreaCode is { } area ? r.Text(area, "areaCode") : null,
            mapping.AwayDays is { } away ? r.Ticked(away, "awayDays").Select(d => r.Day(d.Value, d.Column, "awayDays")).OfType<DayOfWeek>().ToList() : null,
            mapping.Languages is { } languages ? r.Ticked(languages, "languages").Select(l => l.Value).ToList() : null,
            Needs(r, mapping.Needs ?? []),
            mapping.Extra is { Count: > 0 } extra ? Extra(r, extra) : null,
            mapping.Workplace is { } workplace ? Workplace(r, workplace) : null);
        return new MappedRow(answer, r.Columns, r.Errors);
    }

    private static List<NeedAnswer> Needs(Reader r, List<NeedMap> maps)
    {
        var needs = new List<NeedAnswer>();
        foreach (var map in maps)
        {
            var present = map.When is { } when ? Reader.IsTicked(r.Cell(when)) : LimeSurveyHeader.NeedSources(map).Any(s => r.Answered(s.Source));
            if (!present) continue;
            var key = $"needs[{needs.Count}]";
            var windows = new List<WindowAnswer>();
            foreach (var window in map.Windows ?? [])
            {
                if (LimeSurveyHeader.WindowSources(window).Any(s => s.Source.Column is not null) && !LimeSurveyHeader.WindowSources(window).Any(s => r.Answered(s.Source)))
                    continue;
                var wk = $"{key}.windows[{windows.Count}]";
                windows.Add(new WindowAnswer(
                    window.Day is { } day ? r.Day(r.Text(day, $"{wk}.day"), day.Column, $"{wk}.day") : null,
                    window.From is { } from ? Clock(r.Text(from, $"{wk}.from")) : null,
                    window.To is { } to ? Clock(r.Text(to, $"{wk}.to")) : null,
                    window.Overnight is { } overnight && r.Bool(overnight, $"{wk}.overnight") == true,
                    window.Place is { } place ? r.Text(place, $"{wk}.place") : null));
            }
            needs.Add(new NeedAnswer(
                map.Category is { } category ? r.Text(category, $"{key}.category") : null,
                map.Persons is { } persons ? r.Whole(persons, $"{key}.persons") : null,
                map.AgeBand is { } ageBand ? r.Text(ageBand, $"{key}.ageBand") : null,
                windows,
                map.From is { } periodFrom ? r.Date(periodFrom, $"{key}.from") : null,
                map.Until is { } until ? r.Date(until, $"{key}.until") : null,
                map.Temporary is { } temporary ? r.Bool(temporary, $"{key}.temporary") : null,
                map.Urgency is { } urgency ? r.Text(urgency, $"{key}.urgency") : null,
                map.MetToday is { } metToday ? r.Text(metToday, $"{key}.metToday") : null));
        }
        return needs;
    }

    /// <summary>The workplace, or none when the row answers neither of its questions.</summary>
    private static WorkplaceAnswer? Workplace(Reader r, WorkplaceMap map)
    {
        var ags = map.Ags is { } agsSource ? r.Text(agsSource, "workplace.ags") : null;
        var area = map.AreaCode is { } areaSource ? r.Text(areaSource, "workplace.areaCode") : null;
        return ags is null && area is null ? null : new WorkplaceAnswer(ags, area);
    }

    private static Dictionary<string, string> Extra(Reader r, Dictionary<string, FieldMap> maps)
    {
        var extra = new Dictionary<string, string>();
        foreach (var (id, map) in maps)
            if (r.Text(map, $"extra.{id}") is { } value) extra[id] = value;
        return extra;
    }

    /// <summary><c>HH:mm</c> from what LimeSurvey writes for a time (<c>6:00</c>, <c>06:00:00</c>, <c>1970-01-01 06:00:00</c>); else as it is, for the answer rules to refuse.</summary>
    private static string? Clock(string? text) =>
        text is not null && ClockTime().Match(text) is { Success: true } m ? $"{m.Groups["h"].Value.PadLeft(2, '0')}:{m.Groups["m"].Value}" : text;

    /// <summary>Reads the cells of one row, noting the column behind each answer field and each cell it cannot read.</summary>
    private sealed class Reader(CsvRecord row, LimeSurveyHeader header)
    {
        public Dictionary<string, string> Columns { get; } = new(StringComparer.Ordinal);

        public List<(string Field, string? Column, string Rule)> Errors { get; } = [];

        public string Cell(string column) => header.Cell(row, column);

        public bool Answered(FieldMap source) => source.Column is { } column && Cell(column).Length > 0;

        public static bool IsTicked(string cell) => cell.Length > 0 && !cell.Equals("N", StringComparison.OrdinalIgnoreCase);

        /// <summary>The mapped value of the field; null when unanswered or not readable (then with an error).</summary>
        public string? Text(FieldMap source, string field)
        {
            if (source.Column is not { } column) return source.Value;
            Columns[field] = column;
            var cell = Cell(column);
            if (cell.Length == 0) return null;
            if (source.Values is null) return cell;
            if (source.Values.TryGetValue(cell, out var mapped)) return mapped.Length == 0 ? null : mapped;
            Errors.Add((field, column, $"The answer code '{cell}' is not in the mapping's values ({string.Join(", ", source.Values.Keys)})."));
            return null;
        }

        public IEnumerable<(string Column, string Value)> Ticked(OptionsMap options, string field)
        {
            var index = 0;
            foreach (var (column, value) in options.Columns)
            {
                if (!IsTicked(Cell(column))) continue;
                Columns[$"{field}[{index++}]"] = column;
                Columns.TryAdd(field, column);
                yield return (column, value);
            }
        }

        public bool? Bool(FieldMap source, string field)
        {
            var text = Text(source, field);
            if (text is null) return null;
            if (Yes.Contains(text, StringComparer.OrdinalIgnoreCase)) return true;
            if (No.Contains(text, StringComparer.OrdinalIgnoreCase)) return false;
            return Fail<bool>(source, field, $"'{text}' is neither yes (Y) nor no (N).");
        }

        public int? Whole(FieldMap source, string field)
        {
            var text = Text(source, field);
            if (text is null) return null;
            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                && number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue)
                return (int)number;
            return Fail<int>(source, field, $"'{text}' is not a whole number.");
        }

        public DateOnly? Date(FieldMap source, string field)
        {
            var text = Text(source, field);
            if (text is null) return null;
            if (text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && (text.Length == 10 || text[10] is ' ' or 'T'))
                return date;
            return Fail<DateOnly>(source, field, $"'{text}' is not a date yyyy-MM-dd.");
        }

        public DayOfWeek? Day(string? text, string? column, string field)
        {
            if (text is null) return null;
            if (Enum.GetNames<DayOfWeek>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } name) return Enum.Parse<DayOfWeek>(name);
            Errors.Add((field, column, $"'{text}' is not a weekday (monday … sunday)."));
            return null;
        }

        private T? Fail<T>(FieldMap source, string field, string rule) where T : struct
        {
            Errors.Add((field, source.Column, rule));
            return null;
        }
    }
}
