using GutAusgestattet.Gaps.GapDetection;

namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// One gap of one week: where (category, area), what kind, when (the affected slots) and how big.
/// </summary>
/// <param name="PeakPersons">The most persons (weighted) left without care in any one slot.</param>
/// <param name="PersonHours">Person-hours per week left without care.</param>
/// <param name="Responses">Responses whose needs fall in the affected slots: what the estimate rests on.</param>
/// <param name="Severity">0–100: the share of the care hours needed in the cell that the gap leaves uncovered (see <see cref="GapMeasures"/>).</param>
/// <param name="Confidence">0–1, from <paramref name="Responses"/> (see <see cref="GapMeasures"/>).</param>
/// <param name="Profile">Persons without care per slot; only when asked for (heatmaps, what-if).</param>
/// <param name="Unknown">For a capacity gap: the serving offers of unknown occupancy, left out of its free places.</param>
/// <param name="Missing">For a feature gap: what no serving offer has (<see cref="MissingFeatures"/>); empty for other kinds.</param>
/// <param name="UnweightedResponses">Of <paramref name="Responses"/>, those standing only for themselves: no household count is known
/// for their stratum, so they add ×1 to a figure whose other responses are scaled up to the known households.</param>
/// <param name="ReservedPlaces">For a capacity gap: the free places of the serving offers reserved for partners' staff (Belegplätze),
/// which the gap is computed without — they serve only those partners' staff (<see cref="StaffPlaces"/>), never the public.</param>
public sealed record GapFinding(
    string Category, string AreaCode, GapKind Kind, SlotSet Slots, double PeakPersons, double PersonHours, int Responses,
    double Severity, double Confidence, float[]? Profile = null, UnknownOccupancy Unknown = default, MissingFeatures? Missing = null,
    int UnweightedResponses = 0, int ReservedPlaces = 0)
{
    public string Key => Gap.KeyOf(Category, AreaCode, Kind);
}

/// <summary>
/// Serving offers whose occupancy no source told: their places count as not known to be free, so a capacity gap is computed
/// without them and says so — were they free, they could cover up to <see cref="CouldCover"/> of the gap's persons.
/// </summary>
public readonly record struct UnknownOccupancy(int Offers, int Places)
{
    public static UnknownOccupancy Of(IEnumerable<OfferInput> serving)
    {
        var (offers, places) = (0, 0);
        foreach (var offer in serving)
            if (offer.UnknownPlaces > 0) (offers, places) = (offers + 1, places + offer.UnknownPlaces);
        return new UnknownOccupancy(offers, places);
    }

    /// <summary>At most the gap's persons, at most the places: the places may also serve neighbouring areas, hence "up to".</summary>
    public double CouldCover(double persons) => Math.Min(Places, persons);
}

/// <summary>
/// What a feature gap misses, in a fixed order: <see cref="ShortTerm"/> first if short-term places are missing, then the ISO 639-1
/// codes of the languages asked for that no serving offer speaks, ascending. Compared by value, as findings are.
/// </summary>
public sealed record MissingFeatures(IReadOnlyList<string> Codes)
{
    public const string ShortTerm = "short-term";

    public bool Equals(MissingFeatures? other) => other is not null && Codes.SequenceEqual(other.Codes);

    public override int GetHashCode() => Codes.Aggregate(0, (hash, code) => HashCode.Combine(hash, code));

    public override string ToString() => string.Join(", ", Codes);
}
