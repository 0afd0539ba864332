namespace GutAusgestattet.Contracts.V1;

/// <summary>A gap between demand and offer appeared for one category in one area.</summary>
public sealed record GapDetected(string TenantId, string GapKey, int Version, GapState Gap) : ITenantEvent;

/// <summary>
/// A gap as other systems may see it. <paramref name="EstimatedPersons"/> is null when fewer than
/// 5 responses stand behind it: small cells never leave the planner's own view.
/// </summary>
/// <param name="Kind"><c>content</c> (no offer of the category serves the area) or <c>capacity</c> (too few free places).</param>
public sealed record GapState(string Category, string AreaCode, string Kind, double? EstimatedPersons, int Responses);
