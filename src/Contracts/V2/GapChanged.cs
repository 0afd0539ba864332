namespace GutAusgestattet.Contracts.V2;

/// <summary>An open gap changed in size or kind; carries its whole new state.</summary>
public sealed record GapChanged(string TenantId, string GapKey, int Version, GapState Gap) : ITenantEvent;
