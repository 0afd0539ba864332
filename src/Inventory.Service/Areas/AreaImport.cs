using System.Text.Json.Serialization;

namespace GutAusgestattet.Inventory.Areas;

/// <summary>One row of an import file: its position, and the area it states if every rule held.</summary>
/// <param name="CodeField">Where the code came from, to name it in an error (<c>code</c>, <c>properties.ref</c>).</param>
public sealed record ParsedRow(int? Line, int? Feature, string? Code, string CodeField, AreaInput? Input);

/// <summary>A rule an import file broke. <c>Line</c> is the CSV line (1-based, the header is line 1); <c>Feature</c> the index in the GeoJSON <c>features</c> array (0-based).</summary>
public sealed record AreaImportError(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Feature,
    string Field,
    string Rule)
{
    /// <summary>The key in the problem details' <c>errors</c>: <c>line[3].latitude</c>, <c>features[0].properties.code</c>.</summary>
    public string Key => Line is { } line ? $"line[{line}].{Field}" : Feature is { } feature ? $"features[{feature}].{Field}" : Field;
}

/// <summary>What an import did, or (dry run, or refused) would do, to each row.</summary>
public sealed record AreaImportRow(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Feature,
    string? Code,
    AreaOutcome Outcome,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Version);

public sealed record AreaImportReport(
    string Format,
    bool DryRun,
    bool Stored,
    int Total,
    int Created,
    int Changed,
    int Unchanged,
    int Invalid,
    IReadOnlyList<string> IgnoredColumns,
    IReadOnlyList<AreaImportRow> Rows,
    IReadOnlyList<AreaImportError> Errors);

/// <summary>An import file as read: its rows and what was wrong with them or with the file as a whole.</summary>
public sealed record AreaFile(string Format, List<ParsedRow> Rows, List<AreaImportError> Errors, IReadOnlyList<string> IgnoredColumns);

/// <summary>
/// Plans an import against the tenant's areas: every row's outcome, and every broken rule including
/// a code that occurs twice in the file. Nothing is changed here.
/// </summary>
public static class AreaImportPlan
{
    public static (List<(ParsedRow Row, AreaOutcome Outcome)> Plan, List<AreaImportError> Errors) Make(AreaFile file, IReadOnlyDictionary<string, Area> existing)
    {
        var errors = new List<AreaImportError>(file.Errors);
        var plan = new List<(ParsedRow, AreaOutcome)>(file.Rows.Count);
        var first = new Dictionary<string, ParsedRow>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            if (row.Input is not { } input)
            {
                plan.Add((row, AreaOutcome.Invalid));
                continue;
            }
            if (first.TryGetValue(input.Code, out var earlier))
            {
                var where = earlier.Line is { } line ? $"line {line}" : $"feature {earlier.Feature}";
                errors.Add(new AreaImportError(row.Line, row.Feature, row.CodeField, $"The code '{input.Code}' occurs already on {where}; each area once per file."));
                plan.Add((row, AreaOutcome.Invalid));
                continue;
            }
            first[input.Code] = row;
            plan.Add((row, AreaChanges.Plan(existing.GetValueOrDefault(input.Code), input)));
        }
        return (plan, errors);
    }
}
