using System.Globalization;

namespace GutAusgestattet.ServiceDefaults.Http;

/// <summary>
/// The column table of the platform's CSV imports over <see cref="CsvRecords"/>: a header row naming the columns in any order
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

    /// <summary>
    /// The trimmed field of <paramref name="column"/>, without the quote an export put before a formula-like
    /// start (<see cref="CsvCell.Restore"/>); empty when the file has no such column.
    /// </summary>
    public string Field(CsvRecord record, string column) => _index.TryGetValue(column, out var i) ? CsvCell.Restore(record.Fields[i].Trim()) : "";

    /// <summary>What is wrong with the record's shape (quoting, field count), or null.</summary>
    public string? ShapeError(CsvRecord record) =>
        record.Error ?? (record.Fields.Count != ColumnCount ? $"Expected {ColumnCount} fields as in the header, found {record.Fields.Count}." : null);

    /// <summary>
    /// Reads the header; errors about it (empty file, a missing or doubled column) go to
    /// <paramref name="errors"/>, and then the table is null.
    /// </summary>
    /// <param name="aliases">Other header names of a column (<c>lat</c> → <c>latitude</c>), as open data spells them; a file naming one column twice, under two names, is refused naming both.</param>
    public static CsvTable? Read(string text, IReadOnlyList<string> required, IReadOnlyList<string> optional, List<ImportError> errors, out IReadOnlyList<string> ignored,
        IReadOnlyDictionary<string, string>? aliases = null)
    {
        ignored = [];
        var records = CsvRecords.Read(text, out var delimiter).GetEnumerator();
        if (!records.MoveNext())
        {
            errors.Add(new ImportError(null, null, "body", $"The file is empty; expected a header row with the columns {string.Join(delimiter, required)}."));
            return null;
        }

        var header = records.Current;
        var before = errors.Count;
        var given = header.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var names = given.Select(n => aliases?.GetValueOrDefault(n) ?? n).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        bool Known(string name) => required.Contains(name) || optional.Contains(name);
        for (var i = 0; i < names.Count; i++)
            if (!index.TryAdd(names[i], i) && Known(names[i]))
                errors.Add(new ImportError(header.Line, null, "header", given[index[names[i]]] == given[i]
                    ? $"The column '{names[i]}' occurs twice."
                    : $"The columns '{given[index[names[i]]]}' and '{given[i]}' both give {names[i]}; keep one of them."));
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
}
