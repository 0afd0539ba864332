using GutAusgestattet.Contracts;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>
/// A gap with a life: detected, changed, resolved. Keyed by category, area and kind; its figures
/// are the exact current ones for the current calendar week, its version that of the last announcement.
/// </summary>
public sealed class Gap : ITenantOwned
{
    public Guid Id { get; init; }

    public required string TenantId { get; init; }

    public required string Key { get; init; }

    public required string Category { get; init; }

    public required string AreaCode { get; init; }

    public GapKind Kind { get; init; }

    /// <summary>Peak persons without care in any one slot, estimated from weighted responses.</summary>
    public double EstimatedPersons { get; set; }

    public double PersonHours { get; set; }

    /// <summary>The affected slots as readable intervals, e.g. <c>Mo–Do 06:00–07:00</c>.</summary>
    public required string Intervals { get; set; }

    public double Severity { get; set; }

    public double Confidence { get; set; }

    public int Responses { get; set; }

    public bool Open { get; set; } = true;

    public int Version { get; set; } = 1;

    public DateTimeOffset DetectedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public static string KeyOf(string category, string areaCode, GapKind kind) =>
        $"{category}:{areaCode}:{kind.ToString().ToLowerInvariant()}";

    public void Take(GapFinding finding)
    {
        EstimatedPersons = finding.PeakPersons;
        PersonHours = finding.PersonHours;
        Intervals = finding.Slots.ToString();
        Severity = finding.Severity;
        Confidence = finding.Confidence;
        Responses = finding.Responses;
    }

    /// <summary>The gap as it may leave this service: every figure resting on fewer than 5 responses suppressed.</summary>
    public GapState ToState()
    {
        var show = SmallCells.MayShow(Responses);
        return new GapState(Category, AreaCode, Kind.ToString().ToLowerInvariant(), show ? Math.Round(EstimatedPersons, 1) : null, Responses,
            show ? Intervals : null, show ? Math.Round(PersonHours, 1) : null, show ? Severity : null, Confidence);
    }
}
