namespace GutAusgestattet.Contracts.V2;

/// <summary>
/// A gap as other systems may see it. Version 2 of the gap events: V1 always carried the responses and the
/// confidence, which on fewer than 5 responses give the persons away (with one person per answer the
/// responses are the person count), so V1 is no longer published. Here every figure, <paramref name="Responses"/>
/// and <paramref name="Confidence"/> included, is null when <paramref name="Withheld"/>.
/// </summary>
/// <param name="Category">Care category code of the unmet demand.</param>
/// <param name="AreaCode">The tenant's area where the demand is unmet.</param>
/// <param name="Kind"><c>content</c> (no offer of the category serves the area), <c>capacity</c> (too few free places
/// when open), <c>time</c> (no serving offer open when needed) or <c>feature</c> (short-term places or languages missing).</param>
/// <param name="Withheld">True when fewer than 5 responses stand behind the gap: small cells never leave the planner's
/// own view, so every figure below is null and only the gap's existence (category, area, kind) is told.</param>
/// <param name="EstimatedPersons">Persons whose need is unmet, estimated from weighted responses; null when withheld.</param>
/// <param name="Responses">Survey responses behind the figure, at least 5; null when withheld.</param>
/// <param name="Intervals">When in the week care is missing, e.g. <c>Mo–Do 06:00–07:00, 16:00–17:30; Sa 08:00–12:00</c>;
/// null when withheld (they would tell when few households need care).</param>
/// <param name="PersonHours">Person-hours per week without care; null when withheld.</param>
/// <param name="Severity">0–100: the share of the care hours needed in the area that the gap leaves uncovered; null when withheld.</param>
/// <param name="Confidence">0–1 from the responses behind the gap: n ÷ (n + 5); null when withheld, since it gives n away.</param>
/// <param name="UnknownOccupancyOffers">For a capacity gap: serving offers whose occupancy is unknown. Their places are not known to be
/// free, so the gap is computed without them; they could cover up to <paramref name="UnknownOccupancyPlaces"/> persons if free. 0 for
/// other kinds. Facts about offers, not persons: told even when withheld.</param>
/// <param name="UnknownOccupancyPlaces">The places of those offers.</param>
/// <param name="Missing">For a feature gap: what no serving offer has — <c>short-term</c> (short-term places) and the ISO 639-1 codes of
/// the languages asked for, e.g. <c>["short-term", "da"]</c>; empty for other kinds; null when withheld (a language asked by a few
/// households in one area can point at them).</param>
public sealed record GapState(
    string Category, string AreaCode, string Kind, bool Withheld, double? EstimatedPersons, int? Responses,
    string? Intervals, double? PersonHours, double? Severity, double? Confidence,
    int UnknownOccupancyOffers = 0, int UnknownOccupancyPlaces = 0, IReadOnlyList<string>? Missing = null);
