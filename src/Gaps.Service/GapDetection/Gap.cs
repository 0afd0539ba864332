using GutAusgestattet.Contracts;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>A gap with a life: detected, changed, resolved. Keyed by category, area and kind.</summary>
public sealed class Gap : ITenantOwned
{
    public Guid Id { get; init; }

    public required string TenantId { get; init; }

    public required string Key { get; init; }

    public required string Category { get; init; }

    public required string AreaCode { get; init; }

    public GapKind Kind { get; init; }

    public double EstimatedPersons { get; set; }

    public int Responses { get; set; }

    public bool Open { get; set; } = true;

    public int Version { get; set; } = 1;

    public DateTimeOffset DetectedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public static string KeyOf(string category, string areaCode, GapKind kind) =>
        $"{category}:{areaCode}:{kind.ToString().ToLowerInvariant()}";

    /// <summary>The gap as it may leave this service: small cells suppressed.</summary>
    public GapState ToState() => new(Category, AreaCode, Kind.ToString().ToLowerInvariant(),
        SmallCells.MayShow(Responses) ? Math.Round(EstimatedPersons, 1) : null, Responses);
}
