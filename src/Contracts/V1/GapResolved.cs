namespace GutAusgestattet.Contracts.V1;

/// <summary>The offer now meets the demand behind a gap that was open.</summary>
public sealed record GapResolved(string TenantId, string GapKey, int Version) : ITenantEvent;
