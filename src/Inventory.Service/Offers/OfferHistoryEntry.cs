using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Inventory.Offers;

/// <summary>One step in an offer's life: who did what when, and which fields changed from what to what.</summary>
public sealed class OfferHistoryEntry : ITenantOwned
{
    public Guid Id { get; init; }

    public required string TenantId { get; init; }

    public Guid OfferId { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The staff member's subject, or <c>system</c> for planned changes taking effect on their day.</summary>
    public required string By { get; init; }

    public required string Action { get; init; }

    public required IReadOnlyList<FieldChange> Changes { get; init; }
}

/// <summary>A changed field with its JSON values before and after; null before for a new offer.</summary>
public sealed record FieldChange(string Field, string? From, string? To);
