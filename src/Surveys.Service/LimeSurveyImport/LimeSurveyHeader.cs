using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Surveys.LimeSurveyImport;

/// <summary>
/// The export's header row with the mapping checked against it: every column the mapping names
/// exists, and every source is a column or a value. A mapping error stops the import before any
/// row is read, since every row would fail the same way.
/// </summary>
public sealed class LimeSurveyHeader
{
    private readonly Dictionary<string, int> _index;

    private LimeSurveyHeader(Dictionary<string, int> index, int count, string responseId, string? submitDate, FieldMap language)
    {
        _index = index;
        Count = count;
        ResponseId = responseId;
        SubmitDate = submitDate;
        Language = language;
    }

    public int Count { get; }

    public string ResponseId { get; }

    /// <summary>Null when the file has no submit date column (an export of completed responses only).</summary>
    public string? SubmitDate { get; }

    public FieldMap Language { get; }

    /// <summary>The trimmed cell of <paramref name="column"/>, which the check made sure exists.</summary>
    public string Cell(CsvRecord row, string column) => row.Fields[_index[column]].Trim();

    public static LimeSurveyHeader? Check(CsvRecord header, LimeSurveyMapping mapping, List<LimeSurveyImportError> errors)
    {
        var before = errors.Count;
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var twice = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Fields.Count; i++)
            if (!index.TryAdd(header.Fields[i].Trim(), i)) twice.Add(header.Fields[i].Trim());
        if (header.Error is { } broken) errors.Add(new LimeSurveyImportError(header.Line, null, null, "header", broken));

        void Column(string path, string column, string? hint = null)
        {
            if (twice.Contains(column)) errors.Add(new LimeSurveyImportError(header.Line, null, column, path, $"The column '{column}' occurs twice in the header."));
            else if (!index.ContainsKey(column))
                errors.Add(new LimeSurveyImportError(header.Line, null, column, path, $"The column '{column}' is not in the file's header.{hint}"));
        }

        var responseId = mapping.ResponseId ?? LimeSurveyMapping.DefaultResponseId;
        Column("mapping.responseId", responseId);
        var submitDate = mapping.SubmitDate ?? (index.ContainsKey(LimeSurveyMapping.DefaultSubmitDate) ? LimeSurveyMapping.DefaultSubmitDate : null);
        if (submitDate is not null) Column("mapping.submitDate", submitDate);
        var language = mapping.Language ?? new FieldMap(LimeSurveyMapping.DefaultLanguage);
        if (mapping.HouseholdType is null) errors.Add(new LimeSurveyImportError(null, null, null, "mapping.householdType", "Map the household type: every answer needs one."));
        if (mapping.AreaCode is null) errors.Add(new LimeSurveyImportError(null, null, null, "mapping.areaCode", "Map the area: every answer needs one."));
        if (mapping.Needs is not { Count: > 0 }) errors.Add(new LimeSurveyImportError(null, null, null, "mapping.needs", "Map at least one need: every answer needs one."));

        foreach (var (path, source) in Sources(mapping with { Language = language }))
        {
            if (source.Column is null == source.Value is null)
                errors.Add(new LimeSurveyImportError(null, null, null, path, "Give either a column or a value."));
            else if (source.Column is { } column)
                Column(path, column, path == "mapping.language" ? " Map the language column, or give the language as a value." : null);
        }
        foreach (var (path, column) in OptionColumns(mapping)) Column(path, column);

        return errors.Count > before ? null : new LimeSurveyHeader(index, header.Fields.Count, responseId, submitDate, language);
    }

    /// <summary>Every field source of the mapping with its path in the request.</summary>
    private static IEnumerable<(string Path, FieldMap Source)> Sources(LimeSurveyMapping m)
    {
        (string, FieldMap?)[] top = [("language", m.Language), ("consent", m.Consent), ("householdType", m.HouseholdType), ("areaCode", m.AreaCode)];
        foreach (var (name, source) in top)
            if (source is not null) yield return ($"mapping.{name}", source);
        (string, FieldMap?)[] workplace = [("ags", m.Workplace?.Ags), ("areaCode", m.Workplace?.AreaCode)];
        foreach (var (name, source) in workplace)
            if (source is not null) yield return ($"mapping.workplace.{name}", source);
        foreach (var (id, source) in m.Extra ?? [])
            yield return ($"mapping.extra.{id}", source);
        for (var n = 0; n < (m.Needs?.Count ?? 0); n++)
            foreach (var (path, source) in NeedSources(m.Needs![n]))
                yield return ($"mapping.needs[{n}].{path}", source);
    }

    /// <summary>The sources of one need, paths relative to it; <see cref="LimeSurveyRows"/> reads the same.</summary>
    public static IEnumerable<(string Path, FieldMap Source)> NeedSources(NeedMap need)
    {
        (string, FieldMap?)[] fields =
        [
            ("category", need.Category), ("persons", need.Persons), ("ageBand", need.AgeBand), ("from", need.From),
            ("until", need.Until), ("temporary", need.Temporary), ("urgency", need.Urgency), ("metToday", need.MetToday),
        ];
        foreach (var (name, source) in fields)
            if (source is not null) yield return (name, source);
        for (var w = 0; w < (need.Windows?.Count ?? 0); w++)
            foreach (var (path, source) in WindowSources(need.Windows![w]))
                yield return ($"windows[{w}].{path}", source);
    }

    public static IEnumerable<(string Path, FieldMap Source)> WindowSources(WindowMap window)
    {
        (string, FieldMap?)[] fields = [("day", window.Day), ("from", window.From), ("to", window.To), ("overnight", window.Overnight), ("place", window.Place)];
        foreach (var (name, source) in fields)
            if (source is not null) yield return (name, source);
    }

    private static IEnumerable<(string Path, string Column)> OptionColumns(LimeSurveyMapping m)
    {
        foreach (var column in m.AwayDays?.Columns.Keys ?? Enumerable.Empty<string>()) yield return ("mapping.awayDays", column);
        foreach (var column in m.Languages?.Columns.Keys ?? Enumerable.Empty<string>()) yield return ("mapping.languages", column);
        for (var n = 0; n < (m.Needs?.Count ?? 0); n++)
            if (m.Needs![n].When is { } when) yield return ($"mapping.needs[{n}].when", when);
    }
}
