using System.Text.Json.Serialization;
using GutAusgestattet.ServiceDefaults.Http;

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

/// <summary>What an import did, or would do: counts, each row's outcome, the errors that refuse the file.</summary>
/// <param name="Warnings">Offer imports: what was read other than written (tidied opening hours, assumed places per age group …); no errors.</param>
/// <param name="UnknownOperators">Offer imports: operators named but not recognised, which got the type <c>other</c>.</param>
/// <param name="OffersPerRow">Offer imports: per row of the file, its offers by category.</param>
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
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] FacilityCounts? Facilities = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ImportWarning>? Warnings = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<UnknownOperator>? UnknownOperators = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RowOffers>? OffersPerRow = null)
{
    /// <summary>The refusal of a file with errors: 400 problem details keyed by row and field, the report attached.</summary>
    public Microsoft.AspNetCore.Http.HttpResults.ValidationProblem ToProblem() => ImportErrors.ToProblem(Errors, this);
}

/// <summary>
/// Something an offer import read other than written but took in, saying how (<c>07:30-16:30</c> read as
/// <c>Mo-Fr 07:30-16:30</c>): no error, the import goes on. <c>Line</c> and <c>Feature</c> as in <see cref="ImportError"/>.
/// </summary>
public sealed record ImportWarning(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Feature,
    string Field,
    string Message);

/// <summary>An operator named in the file but neither recognised (<see cref="Facilities.Operators"/>) nor typed by <c>operator:type</c>, with the rows naming it.</summary>
public sealed record UnknownOperator(string Name, IReadOnlyList<int> Lines, IReadOnlyList<int> Features);

/// <summary>How many offers of which category came from one row of the file (a Kita with U3 groups gives a Krippe and a Kita offer).</summary>
public sealed record RowOffers(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Feature,
    IReadOnlyDictionary<string, int> Offers)
{
    /// <summary>Per row of the file, in its order, the offers its rows state by category.</summary>
    public static IReadOnlyList<RowOffers> Of(OfferFile file) =>
        [.. file.Rows.GroupBy(r => (r.Line, r.Feature))
            .Select(g => new RowOffers(g.Key.Line, g.Key.Feature, g.GroupBy(r => r.Offer.Category).ToDictionary(c => c.Key, c => c.Count(), StringComparer.Ordinal)))];
}
