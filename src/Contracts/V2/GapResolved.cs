namespace GutAusgestattet.Contracts.V2;

/// <summary>
/// The offer now meets the demand behind a gap that was open. Carries the gap's last state, so a
/// consumer that sees the resolution before the detection (they may overtake each other) still
/// knows what was resolved and can ignore the older detection.
/// </summary>
public sealed record GapResolved(string TenantId, string GapKey, int Version, GapState Gap) : ITenantEvent;
