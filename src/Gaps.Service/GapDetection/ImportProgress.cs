using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>
/// What has arrived of one import of offers or answers (<see cref="Contracts.V1.OffersImported"/>, <see cref="Contracts.V1.AnswersImported"/>):
/// a row per event carrying the import's id, and one for the closing event with the number of events to expect. While an
/// import is incomplete its tenant's gaps are not recalculated (<see cref="ImportSettling"/>), so the states halfway through
/// it are never announced.
/// </summary>
public sealed class ImportProgress : ITenantOwned
{
    /// <summary>The <see cref="Event"/> of the closing row.</summary>
    public const string Closing = "";

    public required string TenantId { get; init; }

    public Guid ImportId { get; init; }

    /// <summary><c>offer id/version</c> of an offer event, the response id of an answer's; <see cref="Closing"/> for the closing event.</summary>
    public required string Event { get; init; }

    /// <summary>The closing event's count of events; null on a counted event's row.</summary>
    public int? Expected { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The row counting an event of an import (<paramref name="importId"/> null: none, the event came on its own).</summary>
    public static ImportProgress? Counting(string tenantId, Guid? importId, string @event, DateTimeOffset at) =>
        importId is { } id ? new() { TenantId = tenantId, ImportId = id, Event = @event, At = at } : null;

    /// <summary>The row of an import's closing event.</summary>
    public static ImportProgress Closed(string tenantId, Guid importId, int expected, DateTimeOffset at) =>
        new() { TenantId = tenantId, ImportId = importId, Event = Closing, Expected = expected, At = at };
}
