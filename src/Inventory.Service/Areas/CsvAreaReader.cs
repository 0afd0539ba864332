using System.Globalization;
using System.Text;

namespace GutAusgestattet.Inventory.Areas;

/// <summary>
/// Reads areas from CSV (RFC 4180): a header row naming the columns <c>code,name,latitude,longitude</c>
/// in any order (other columns are ignored and reported), then one area per row. Fields may be
/// quoted ("Neustadt, Nord"). A header with semicolons and no comma switches to the German
/// spreadsheet dialect: <c>;</c> between fields and a decimal comma in the coordinates.
/// </summary>
public static class CsvAreaReader
{
    public const string Format = "csv";
    public static readonly string[] Columns = ["code", "name", "latitude", "longitude"];

    private sealed record Record(int Line, List<string> Fields, string? Error);

    public static AreaFile Read(string text)
    {
        var errors = new List<AreaImportError>();
        var rows = new List<ParsedRow>();
        if (text.StartsWith('\uFEFF')) text = text[1..];

        var firstLineEnd = text.IndexOfAny(['\r', '\n']);
        var headerLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
        var delimiter = !headerLine.Contains(',') && headerLine.Contains(';') ? ';' : ',';

        using var records = Records(text, delimiter).Where(r => !IsBlank(r)).GetEnumerator();
        if (!records.MoveNext())
        {
            errors.Add(new AreaImportError(null, null, "body", $"The file is empty; expected a header row with the columns {string.Join(delimiter, Columns)}."));
            return new AreaFile(Format, rows, errors, []);
        }

        var header = records.Current;
        var names = header.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
            if (!index.TryAdd(names[i], i) && Columns.Contains(names[i]))
                errors.Add(new AreaImportError(header.Line, null, "header", $"The column '{names[i]}' occurs twice."));
        foreach (var column in Columns.Where(c => !index.ContainsKey(c)))
            errors.Add(new AreaImportError(header.Line, null, "header", $"The column '{column}' is missing; expected the columns {string.Join(delimiter, Columns)}."));
        if (header.Error is { } headerError) errors.Add(new AreaImportError(header.Line, null, "header", headerError));
        var ignored = names.Where(n => !Columns.Contains(n)).ToList();
        if (errors.Count > 0) return new AreaFile(Format, rows, errors, ignored);

        while (records.MoveNext())
        {
            var record = records.Current;
            if (record.Error is not null || record.Fields.Count != names.Count)
            {
                errors.Add(new AreaImportError(record.Line, null, "record",
                    record.Error ?? $"Expected {names.Count} fields as in the header, found {record.Fields.Count}."));
                rows.Add(new ParsedRow(record.Line, null, null, "code", null));
                continue;
            }

            string Field(string column) => record.Fields[index[column]].Trim();
            var before = errors.Count;
            void Check(string field, string? rule)
            {
                if (rule is not null) errors.Add(new AreaImportError(record.Line, null, field, rule));
            }

            var code = Field("code");
            var name = Field("name");
            Check("code", AreaRules.CheckCode(code));
            Check("name", AreaRules.CheckName(name));
            var latitude = Number(Field("latitude"), delimiter, out var latitudeRule);
            Check("latitude", latitudeRule ?? AreaRules.CheckLatitude(latitude));
            var longitude = Number(Field("longitude"), delimiter, out var longitudeRule);
            Check("longitude", longitudeRule ?? AreaRules.CheckLongitude(longitude));

            var input = errors.Count == before ? AreaRules.Normalise(code, name, latitude!.Value, longitude!.Value) : null;
            rows.Add(new ParsedRow(record.Line, null, code, "code", input));
        }
        return new AreaFile(Format, rows, errors, ignored);
    }

    private static double? Number(string text, char delimiter, out string? rule)
    {
        rule = null;
        if (text.Length == 0) return null;
        var normalised = delimiter == ';' ? text.Replace(',', '.') : text;
        if (double.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
            return value;
        rule = $"'{text}' is not a number; write degrees with a decimal point, e.g. 49.4521.";
        return null;
    }

    private static bool IsBlank(Record record) => record.Error is null && record.Fields.All(string.IsNullOrWhiteSpace);

    /// <summary>The records of the file, each with the line it starts on; a quoted field may span lines.</summary>
    private static IEnumerable<Record> Records(string text, char delimiter)
    {
        var i = 0;
        var line = 1;
        var field = new StringBuilder();
        while (i < text.Length)
        {
            var start = line;
            var fields = new List<string>();
            string? error = null;
            while (true)
            {
                field.Clear();
                if (i < text.Length && text[i] == '"')
                {
                    i++;
                    var closed = false;
                    while (i < text.Length)
                    {
                        var c = text[i];
                        if (c == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                field.Append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        if (c == '\n') line++;
                        field.Append(c);
                        i++;
                    }
                    if (!closed) error ??= "A quoted field is not closed before the end of the file.";
                    while (i < text.Length && text[i] is ' ' or '\t') i++;
                    if (i < text.Length && text[i] != delimiter && text[i] is not ('\r' or '\n'))
                    {
                        error ??= "Unexpected text after a closing quote; a quote inside a quoted field is written twice (\"\").";
                        while (i < text.Length && text[i] != delimiter && text[i] is not ('\r' or '\n')) i++;
                    }
                }
                else
                {
                    while (i < text.Length && text[i] != delimiter && text[i] is not ('\r' or '\n')) field.Append(text[i++]);
                }
                fields.Add(field.ToString());

                if (i < text.Length && text[i] == delimiter)
                {
                    i++;
                    continue;
                }
                if (i < text.Length)
                {
                    i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    line++;
                }
                break;
            }
            yield return new Record(start, fields, error);
        }
    }
}
