using System.Globalization;
using System.Text;

namespace GutAusgestattet.Inventory.Import;

/// <summary>One CSV record with the line it starts on; <c>Error</c> when its quoting is broken.</summary>
public sealed record CsvRecord(int Line, List<string> Fields, string? Error);

/// <summary>
/// The one CSV reader of every import (RFC 4180): a header row naming the columns in any order
/// (other columns are ignored and reported), then one record per row; fields may be quoted
/// ("Neustadt, Nord") and span lines. A header with semicolons and no comma switches to the German
/// spreadsheet dialect: <c>;</c> between fields and a decimal comma in numbers.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _index;

    private CsvTable(char delimiter, Dictionary<string, int> index, int columnCount, IReadOnlyList<string> ignored, IEnumerable<CsvRecord> records)
    {
        Delimiter = delimiter;
        _index = index;
        ColumnCount = columnCount;
        IgnoredColumns = ignored;
        Records = records;
    }

    public char Delimiter { get; }

    public int ColumnCount { get; }

    public IReadOnlyList<string> IgnoredColumns { get; }

    /// <summary>The records after the header, blank lines skipped; read once.</summary>
    public IEnumerable<CsvRecord> Records { get; }

    public bool Has(string column) => _index.ContainsKey(column);

    /// <summary>The trimmed field of <paramref name="column"/>; empty when the file has no such column.</summary>
    public string Field(CsvRecord record, string column) => _index.TryGetValue(column, out var i) ? record.Fields[i].Trim() : "";

    /// <summary>What is wrong with the record's shape (quoting, field count), or null.</summary>
    public string? ShapeError(CsvRecord record) =>
        record.Error ?? (record.Fields.Count != ColumnCount ? $"Expected {ColumnCount} fields as in the header, found {record.Fields.Count}." : null);

    /// <summary>
    /// Reads the header; errors about it (empty file, a missing or doubled column) go to
    /// <paramref name="errors"/>, and then the table is null.
    /// </summary>
    public static CsvTable? Read(string text, IReadOnlyList<string> required, IReadOnlyList<string> optional, List<ImportError> errors, out IReadOnlyList<string> ignored)
    {
        ignored = [];
        if (text.StartsWith('\uFEFF')) text = text[1..];
        var firstLineEnd = text.IndexOfAny(['\r', '\n']);
        var headerLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
        var delimiter = !headerLine.Contains(',') && headerLine.Contains(';') ? ';' : ',';

        var records = Parse(text, delimiter).Where(r => !IsBlank(r)).GetEnumerator();
        if (!records.MoveNext())
        {
            errors.Add(new ImportError(null, null, "body", $"The file is empty; expected a header row with the columns {string.Join(delimiter, required)}."));
            return null;
        }

        var header = records.Current;
        var before = errors.Count;
        var names = header.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        bool Known(string name) => required.Contains(name) || optional.Contains(name);
        for (var i = 0; i < names.Count; i++)
            if (!index.TryAdd(names[i], i) && Known(names[i]))
                errors.Add(new ImportError(header.Line, null, "header", $"The column '{names[i]}' occurs twice."));
        foreach (var column in required.Where(c => !index.ContainsKey(c)))
            errors.Add(new ImportError(header.Line, null, "header", $"The column '{column}' is missing; expected the columns {string.Join(delimiter, required)}."));
        if (header.Error is { } headerError) errors.Add(new ImportError(header.Line, null, "header", headerError));
        ignored = names.Where(n => !Known(n)).ToList();
        if (errors.Count > before) return null;
        return new CsvTable(delimiter, index, names.Count, ignored, Rest(records));
    }

    private static IEnumerable<CsvRecord> Rest(IEnumerator<CsvRecord> records)
    {
        using (records)
            while (records.MoveNext())
                yield return records.Current;
    }

    /// <summary>A decimal number in the table's dialect (decimal comma after a <c>;</c> header); null and a rule when it is none.</summary>
    public double? Number(string text, out string? rule, string example = "49.4521")
    {
        rule = null;
        if (text.Length == 0) return null;
        var normalised = Delimiter == ';' ? text.Replace(',', '.') : text;
        if (double.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
            return value;
        rule = $"'{text}' is not a number; write it with a decimal point, e.g. {example}.";
        return null;
    }

    /// <summary>A whole number; null and a rule when it is none.</summary>
    public static int? Whole(string text, out string? rule)
    {
        rule = null;
        if (text.Length == 0) return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        rule = $"'{text}' is not a whole number.";
        return null;
    }

    private static bool IsBlank(CsvRecord record) => record.Error is null && record.Fields.All(string.IsNullOrWhiteSpace);

    /// <summary>The records of the file, each with the line it starts on; a quoted field may span lines.</summary>
    private static IEnumerable<CsvRecord> Parse(string text, char delimiter)
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
            yield return new CsvRecord(start, fields, error);
        }
    }
}
