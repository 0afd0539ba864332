namespace GutAusgestattet.Contracts.V2;

/// <summary>A gap between demand and offer appeared for one category in one area.</summary>
public sealed record GapDetected(string TenantId, string GapKey, int Version, GapState Gap) : ITenantEvent;
