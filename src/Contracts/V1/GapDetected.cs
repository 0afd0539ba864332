namespace GutAusgestattet.Contracts.V1;

/// <summary>A gap between demand and offer appeared for one category in one area.</summary>
public sealed record GapDetected(string TenantId, string GapKey, int Version, GapState Gap) : ITenantEvent;

/// <summary>A gap as other systems may see it.</summary>
/// <param name="Category">Care category code of the unmet demand.</param>
/// <param name="AreaCode">The tenant's area where the demand is unmet.</param>
/// <param name="Kind"><c>content</c> (no offer of the category serves the area), <c>capacity</c> (too few free places
/// when open), <c>time</c> (no serving offer open when needed) or <c>feature</c> (short-term places or languages missing).</param>
/// <param name="EstimatedPersons">Persons whose need is unmet, estimated from weighted responses; null when fewer
/// than 5 responses stand behind it, since small cells never leave the planner's own view.</param>
/// <param name="Responses">Survey responses behind the figure.</param>
/// <param name="Intervals">When in the week care is missing, e.g. <c>Mo–Do 06:00–07:00, 16:00–17:30; Sa 08:00–12:00</c>;
/// null when suppressed (they would tell when few households need care).</param>
/// <param name="PersonHours">Person-hours per week without care; null when suppressed.</param>
/// <param name="Severity">0–100: the share of the care hours needed in the area that the gap leaves uncovered; null when suppressed.</param>
/// <param name="Confidence">0–1 from the responses behind the gap: n ÷ (n + 5).</param>
public sealed record GapState(
    string Category, string AreaCode, string Kind, double? EstimatedPersons, int Responses,
    string? Intervals = null, double? PersonHours = null, double? Severity = null, double Confidence = 0);
