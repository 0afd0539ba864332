using GutAusgestattet.Contracts;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>One column of the gap exports: its name, what it means, and its value (text, number or flag).</summary>
public sealed record ExportColumn(string Name, string Meaning, Func<ExportedGap, object?> Value);

/// <summary>
/// The columns of the CSV and XLSX exports, in order — one list, so both files and their
/// documentation (the XLSX's second sheet, the API description) never disagree.
/// </summary>
public static class ExportColumns
{
    public static readonly IReadOnlyList<ExportColumn> All =
    [
        new("key", "category:area:kind, the gap's key in the API and in events.", g => g.Key),
        new("category", $"Care category code ({string.Join(", ", CareCategories.Names.Keys)}).", g => g.Category),
        new("area", "Area code of the municipality.", g => g.AreaCode),
        new("kind", "content (no offer serves the area), capacity (too few free places), time (no offer open then), "
            + "feature (no short-term place or language as needed).", g => g.KindCode),
        new("intervals", "Weekday × time-of-day windows of the gap, merged, e.g. \"Mo–Do 06:00–07:00\".", g => g.Intervals),
        new("estimatedPersons", "Peak persons (weighted estimate) without care in any one 15-minute slot of the week.", g => g.EstimatedPersons),
        new("personHours", $"Person-hours per week without care = Σ over slots of persons × {WeekSlots.HoursPerSlot} h.", g => g.PersonHours),
        new("responses", "Survey responses whose needs fall in the gap's slots: what the estimate rests on.", g => g.Responses),
        new("severity", "0–100 = 100 × personHours ÷ person-hours needed per week in the category and area (content gaps 100).", g => g.Severity),
        new("confidence", $"0–1 = responses ÷ (responses + {GapMeasures.ConfidenceHalfAt}).", g => g.Confidence),
        new("suppressed", $"true when intervals, estimatedPersons, personHours, responses, severity and confidence are left empty: a shared "
            + $"export (shared=true) withholds every figure resting on fewer than {SmallCells.MinimumResponses} responses, the responses and "
            + "the confidence too, as with one person per answer they are the person count.", g => g.Suppressed),
        new("unknownOccupancyOffers", "Capacity gaps: serving offers whose occupancy is unknown (e.g. imported from OpenStreetMap). Their places "
            + "are not known to be free, so the gap is computed without them. 0 for other kinds.", g => g.UnknownOccupancyOffers),
        new("unknownOccupancyPlaces", "The places of those offers: were they free, they could cover up to this many of the gap's persons.",
            g => g.UnknownOccupancyPlaces),
        new("missing", $"Feature gaps: what no serving offer has — {MissingFeatures.ShortTerm} (short-term places) and ISO 639-1 codes of the "
            + "languages asked for, separated by spaces, e.g. \"short-term da\"; empty for other kinds and when suppressed.",
            g => g.Missing is { Count: > 0 } missing ? string.Join(' ', missing) : null),
    ];

    /// <summary>The columns as Markdown-ish lines for the API description.</summary>
    public static string Describe() => string.Join("; ", All.Select(c => $"{c.Name}: {c.Meaning}"));
}
