using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GutAusgestattet.Surveys.LimeSurveyImport;

/// <summary>What the import did, or would do, with one row of the export.</summary>
public enum RowOutcome
{
    /// <summary>A new answer: stored, or (dry run) would be.</summary>
    New,

    /// <summary>A response imported before, under the same response id: left as it is.</summary>
    AlreadyImported,

    /// <summary>An incomplete response (no submit date): not an answer.</summary>
    Skipped,

    /// <summary>The row breaks a rule; see the errors.</summary>
    Invalid,
}

/// <summary>
/// A rule the request, the mapping or a row broke. <c>Line</c> is the physical line of the file the
/// row starts on (the header is line 1, a quoted line break counts); <c>Column</c> the export's
/// column; <c>Field</c> our answer field (<c>needs[0].persons</c>) or the mapping's (<c>mapping.needs[0].persons</c>).
/// </summary>
public sealed record LimeSurveyImportError(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ResponseId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Column,
    string Field,
    string Rule)
{
    /// <summary>The key in the problem details' <c>errors</c>: <c>line[4].needs[0].persons</c>, or the field alone.</summary>
    public string Key => Line is { } line ? $"line[{line}].{Field}" : Field;

    public string Message => Column is null ? Rule : $"Column {Column}: {Rule}";
}

/// <param name="Line">The line the row starts on.</param>
/// <param name="ResponseId">LimeSurvey's response id.</param>
/// <param name="AnswerId">The stored answer (the NeedsReported response id), once stored or when imported before.</param>
public sealed record LimeSurveyReportRow(
    int Line,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ResponseId,
    RowOutcome Outcome,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? AnswerId = null);

/// <summary>What the import did or, in a dry run or when refused, would do.</summary>
/// <param name="Stored">Whether the new answers were stored (and their NeedsReported published).</param>
/// <param name="RowsRead">Data rows in the file (the header and blank lines not counted).</param>
/// <param name="New">Rows that are (or would be) imported as new answers.</param>
/// <param name="AlreadyImported">Rows whose response id was imported before.</param>
/// <param name="Skipped">Incomplete responses.</param>
/// <param name="Invalid">Rows with errors.</param>
public sealed record LimeSurveyImportReport(
    bool DryRun,
    bool Stored,
    int RowsRead,
    int New,
    int AlreadyImported,
    int Skipped,
    int Invalid,
    IReadOnlyList<LimeSurveyReportRow> Rows,
    IReadOnlyList<LimeSurveyImportError> Errors)
{
    public static LimeSurveyImportReport From(IReadOnlyList<LimeSurveyReportRow> rows, IReadOnlyList<LimeSurveyImportError> errors, bool dryRun, bool stored) =>
        new(dryRun, stored, rows.Count,
            rows.Count(r => r.Outcome == RowOutcome.New), rows.Count(r => r.Outcome == RowOutcome.AlreadyImported),
            rows.Count(r => r.Outcome == RowOutcome.Skipped), rows.Count(r => r.Outcome == RowOutcome.Invalid), rows, errors);

    /// <summary>The refusal of a file with errors: 422 problem details keyed by line and field, the report attached.</summary>
    public ProblemHttpResult ToProblem() =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
            title: $"The import has {Errors.Count} error(s); nothing was stored.",
            detail: "Correct the rows or the mapping as listed and send the whole file again.",
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = Errors.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                ["report"] = this,
            });
}
