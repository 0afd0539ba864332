namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// A respondent withdrew their answer (Art. 17 GDPR): every store derived from it removes the
/// demand items of <paramref name="ResponseId"/>.
/// </summary>
[InternalEvent]
public sealed record NeedsWithdrawn(string TenantId, Guid ResponseId) : ITenantEvent;
