namespace GutAusgestattet.Gaps.Regions;

/// <summary>
/// A district's regional view as fixed for one calendar week: taken at the week's first read and shown unchanged
/// until the week ends. Two reads in the same week are the same, so a consent withdrawn (or given) for a day, or one
/// municipality's gaps moving, cannot be read off their difference; consent changes count from the next week's
/// snapshot. Between weeks every figure has moved anyway and is rounded (<see cref="RegionalAggregates"/>).
/// Not owned by a tenant: it is the district's, and holds only sums that were fit to show.
/// </summary>
public sealed class RegionalSnapshot
{
    /// <summary>The district: the first 5 digits of its municipalities' AGS.</summary>
    public required string District { get; init; }

    /// <summary>Monday of the calendar week the snapshot stands for.</summary>
    public DateOnly Week { get; init; }

    public DateTimeOffset TakenAt { get; init; }

    /// <summary>Municipalities of the district that consented when it was taken.</summary>
    public int ConsentingMunicipalities { get; init; }

    public required IReadOnlyList<RegionalAggregate> Gaps { get; init; }
}
