using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>
/// What an event changed in a marked category, written in the event's unit of work: a kept
/// <see cref="GapEngine.IncrementalComparison"/> then applies just the named offers and answers
/// instead of reloading the category. A new weight names the answers of its stratum. A row without
/// an item asks for the whole category (areas, serving distances). The refresh that takes the rows
/// deletes them; several rows may name the same item.
/// </summary>
public sealed class PendingChange : ITenantOwned
{
    public long Id { get; init; }

    public required string TenantId { get; init; }

    public required string Category { get; init; }

    public ChangedItem? Item { get; init; }

    /// <summary>The offer's or the response's id.</summary>
    public Guid? ItemId { get; init; }
}

public enum ChangedItem
{
    Offer,
    Answer,
}
