using System.Text.Json.Serialization;

namespace GutAusgestattet.ServiceDefaults.Http;

/// <summary>A rule an import file broke. <c>Line</c> is the CSV line (1-based, the header is line 1); <c>Feature</c> the index in the GeoJSON <c>features</c> array (0-based).</summary>
public sealed record ImportError(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Feature,
    string Field,
    string Rule)
{
    /// <summary>The key in the problem details' <c>errors</c>: <c>line[3].latitude</c>, <c>features[0].properties.code</c>.</summary>
    public string Key => Line is { } line ? $"line[{line}].{Field}" : Feature is { } feature ? $"features[{feature}].{Field}" : Field;
}

public static class ImportErrors
{
    /// <summary>The refusal of a file with errors: 400 problem details keyed by row and field (<c>line[3].latitude</c>), the report attached.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem ToProblem(IReadOnlyList<ImportError> errors, object report) =>
        Microsoft.AspNetCore.Http.TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Select(e => e.Rule).ToArray()),
            title: $"The file has {errors.Count} error(s); nothing was stored.",
            detail: "Correct every row listed and send the whole file again.",
            extensions: new Dictionary<string, object?> { ["report"] = report });
}
