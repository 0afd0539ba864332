using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>
/// What has arrived of one import of offers (<see cref="Contracts.V1.OffersImported"/>): a row per offer event carrying the
/// import's id, and one for the closing event with the number of offer events to expect. While an import is incomplete its
/// tenant's gaps are not recalculated (<see cref="ImportSettling"/>), so the states halfway through it are never announced.
/// </summary>
public sealed class ImportProgress : ITenantOwned
{
    /// <summary>The <see cref="Event"/> of the closing row.</summary>
    public const string Closing = "";

    public required string TenantId { get; init; }

    public Guid ImportId { get; init; }

    /// <summary><c>offer id/version</c> of an offer event; <see cref="Closing"/> for the closing event.</summary>
    public required string Event { get; init; }

    /// <summary>The closing event's count of offer events; null on an offer event's row.</summary>
    public int? Expected { get; init; }

    public DateTimeOffset At { get; init; }

    public static string OfferEvent(Guid offerId, int version) => $"{offerId:N}/{version}";
}
