namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// A gap between demand and offer appeared for one category in one area.
/// <paramref name="EstimatedPersons"/> is null when fewer than 5 responses stand behind it:
/// small cells never leave the planner's own view.
/// </summary>
public sealed record GapDetected(
    string TenantId,
    string GapKey,
    int Version,
    string Category,
    string AreaCode,
    string Kind,
    double? EstimatedPersons,
    int Responses) : ITenantEvent;
