using GutAusgestattet.Contracts;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Contracts.V2;
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

    /// <summary>Of <see cref="Responses"/>, those standing only for themselves (<see cref="GapFinding.UnweightedResponses"/>).</summary>
    public int UnweightedResponses { get; set; }

    /// <summary>For a capacity gap: serving offers of unknown occupancy, left out of its free places (<see cref="UnknownOccupancy"/>).</summary>
    public int UnknownOccupancyOffers { get; set; }

    /// <summary>The places of those offers.</summary>
    public int UnknownOccupancyPlaces { get; set; }

    /// <summary>
    /// For a capacity gap: the free places of the serving offers reserved for partners' staff (<see cref="GapFinding.ReservedPlaces"/>),
    /// which the gap is computed without.
    /// </summary>
    public int ReservedPlaces { get; set; }

    /// <summary>For a feature gap: what no serving offer has (<see cref="MissingFeatures"/>), codes separated by <c>,</c>; empty for other kinds.</summary>
    public string Missing { get; set; } = "";

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
        UnweightedResponses = finding.UnweightedResponses;
        (UnknownOccupancyOffers, UnknownOccupancyPlaces) = (finding.Unknown.Offers, finding.Unknown.Places);
        ReservedPlaces = finding.ReservedPlaces;
        Missing = string.Join(',', finding.Missing?.Codes ?? []);
    }

    public IReadOnlyList<string> MissingCodes => Missing.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The gap as it may leave this service: on fewer than 5 responses only its existence — every figure, the
    /// responses and the confidence too, is withheld, since with one person per answer they are the person count.
    /// </summary>
    public GapState ToState()
    {
        var kind = Kind.ToString().ToLowerInvariant();
        return SmallCells.MayShow(Responses)
            ? new GapState(Category, AreaCode, kind, false, Math.Round(EstimatedPersons, 1), Responses, Intervals, Math.Round(PersonHours, 1), Severity, Confidence,
                UnknownOccupancyOffers, UnknownOccupancyPlaces, MissingCodes)
            : new GapState(Category, AreaCode, kind, true, null, null, null, null, null, null, UnknownOccupancyOffers, UnknownOccupancyPlaces, null);
    }
}
