using GutAusgestattet.ServiceDefaults.Http;
using System.Text.Json.Serialization;

namespace GutAusgestattet.Inventory.Import;

/// <summary>What an import did, or would do, to one row (an area, or an offer with its facility).</summary>
public enum ImportOutcome
{
    Created,
    Changed,
    Unchanged,
    Invalid,
}

/// <summary>What an import did, or (dry run, or refused) would do, to each row.</summary>
/// <param name="Code">The area's code (area imports).</param>
/// <param name="Key">The offer's key (offer imports).</param>
/// <param name="FacilityKey">The key of the offer's facility (offer imports).</param>
/// <param name="Reasons">What would change and why (offer imports): <see cref="ImportReasons"/>; only <c>unchanged</c> for a row as stored.</param>
public sealed record ImportRow(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Feature,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Code,
    ImportOutcome Outcome,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Version,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Key = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FacilityKey = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ImportReason>? Reasons = null);

/// <summary>Counts of the facilities an offer import created or changed (null in area imports).</summary>
public sealed record FacilityCounts(int Created, int Changed, int Unchanged);

public sealed record ImportReport(
    string Format,
    bool DryRun,
    bool Stored,
    int Total,
    int Created,
    int Changed,
    int Unchanged,
    int Invalid,
    IReadOnlyList<string> IgnoredColumns,
    IReadOnlyList<ImportRow> Rows,
    IReadOnlyList<ImportError> Errors,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] FacilityCounts? Facilities = null)
{
    /// <summary>The refusal of a file with errors: 400 problem details keyed by row and field, the report attached.</summary>
    public Microsoft.AspNetCore.Http.HttpResults.ValidationProblem ToProblem() => ImportErrors.ToProblem(Errors, this);
}
