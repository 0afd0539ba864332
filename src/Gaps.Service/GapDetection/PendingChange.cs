using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>
/// What an event changed in a marked category, written in the event's unit of work: a kept
/// <see cref="GapEngine.IncrementalComparison"/> then applies just the named offers and answers
/// instead of reloading the category. A new weight names its stratum, whose answers the refresh
/// applies. A row without an item asks for the whole category (areas, serving distances). The refresh
/// that takes the rows deletes them; several rows may name the same item.
/// </summary>
public sealed class PendingChange : ITenantOwned
{
    public long Id { get; init; }

    public required string TenantId { get; init; }

    public required string Category { get; init; }

    public ChangedItem? Item { get; init; }

    /// <summary>The offer's or the response's id; for a stratum, its survey's.</summary>
    public Guid? ItemId { get; init; }

    /// <summary>A stratum's area (with <see cref="ItemId"/> its survey and <see cref="HouseholdType"/>).</summary>
    public string? AreaCode { get; init; }

    /// <summary>A stratum's household type.</summary>
    public string? HouseholdType { get; init; }
}

public enum ChangedItem
{
    Offer,
    Answer,

    /// <summary>
    /// Every answer of one stratum took its new weight: one row for the stratum rather than one per answer, as a stratum
    /// of a big city holds thousands of answers and is reweighed with nearly every round of them.
    /// </summary>
    Stratum,
}
