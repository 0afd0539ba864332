namespace GutAusgestattet.Contracts.V1;

/// <summary>A gap between demand and offer appeared for one category in one area.</summary>
public sealed record GapDetected(string TenantId, string GapKey, int Version, GapState Gap) : ITenantEvent;

/// <summary>A gap as other systems may see it.</summary>
/// <param name="Category">Care category code of the unmet demand.</param>
/// <param name="AreaCode">The tenant's area where the demand is unmet.</param>
/// <param name="Kind"><c>content</c> (no offer of the category serves the area) or <c>capacity</c> (too few free places).</param>
/// <param name="EstimatedPersons">Persons whose need is unmet, estimated from weighted responses; null when fewer
/// than 5 responses stand behind it, since small cells never leave the planner's own view.</param>
/// <param name="Responses">Survey responses behind the figure.</param>
public sealed record GapState(string Category, string AreaCode, string Kind, double? EstimatedPersons, int Responses);
