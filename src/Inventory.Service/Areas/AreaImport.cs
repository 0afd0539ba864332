using GutAusgestattet.Inventory.Import;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Inventory.Areas;

/// <summary>One row of an import file: its position, and the area it states if every rule held.</summary>
/// <param name="CodeField">Where the code came from, to name it in an error (<c>code</c>, <c>properties.ref</c>).</param>
public sealed record ParsedRow(int? Line, int? Feature, string? Code, string CodeField, AreaInput? Input);

/// <summary>An import file as read: its rows and what was wrong with them or with the file as a whole.</summary>
public sealed record AreaFile(string Format, List<ParsedRow> Rows, List<ImportError> Errors, IReadOnlyList<string> IgnoredColumns);

/// <summary>
/// Plans an import against the tenant's areas: every row's outcome, and every broken rule including
/// a code that occurs twice in the file. Nothing is changed here.
/// </summary>
public static class AreaImportPlan
{
    public static (List<(ParsedRow Row, ImportOutcome Outcome)> Plan, List<ImportError> Errors) Make(AreaFile file, IReadOnlyDictionary<string, Area> existing)
    {
        var errors = new List<ImportError>(file.Errors);
        var plan = new List<(ParsedRow, ImportOutcome)>(file.Rows.Count);
        var first = new Dictionary<string, ParsedRow>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            if (row.Input is not { } input)
            {
                plan.Add((row, ImportOutcome.Invalid));
                continue;
            }
            if (first.TryGetValue(input.Code, out var earlier))
            {
                var where = earlier.Line is { } line ? $"line {line}" : $"feature {earlier.Feature}";
                errors.Add(new ImportError(row.Line, row.Feature, row.CodeField, $"The code '{input.Code}' occurs already on {where}; each area once per file."));
                plan.Add((row, ImportOutcome.Invalid));
                continue;
            }
            first[input.Code] = row;
            plan.Add((row, AreaChanges.Plan(existing.GetValueOrDefault(input.Code), input)));
        }
        return (plan, errors);
    }
}
