using System.Globalization;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Gaps.SchoolHolidays;

/// <summary>
/// Reads school holidays from a CSV file with the columns <c>from</c>, <c>to</c> and <c>name</c> — or, as a German
/// table has them, <c>von</c>, <c>bis</c> and <c>bezeichnung</c>; dates as 2027-07-29 or 29.07.2027, <c>to</c> the last day.
/// </summary>
public static class CsvHolidays
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["von"] = "from", ["beginn"] = "from", ["start"] = "from",
        ["bis"] = "to", ["ende"] = "to", ["end"] = "to",
        ["bezeichnung"] = "name", ["ferien"] = "name",
    };

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"];

    public static HolidayFile Read(string text)
    {
        var periods = new List<(int, HolidayPeriod)>();
        var errors = new List<ImportError>();
        var table = CsvTable.Read(text, ["from", "to", "name"], [], errors, out _, Aliases);
        if (table is null) return new HolidayFile(periods, errors);
        foreach (var record in table.Records)
        {
            if (table.ShapeError(record) is { } shape)
            {
                errors.Add(new ImportError(record.Line, null, "row", shape));
                continue;
            }
            var from = Date(table.Field(record, "from"), record.Line, "from", errors);
            var to = Date(table.Field(record, "to"), record.Line, "to", errors);
            periods.Add((record.Line, new HolidayPeriod(from, to, table.Field(record, "name"))));
        }
        return new HolidayFile(periods, errors);
    }

    private static DateOnly? Date(string text, int line, string field, List<ImportError> errors)
    {
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add(new ImportError(line, null, field, $"'{text}' is no date; write 2027-07-29 or 29.07.2027."));
        return null;
    }
}
