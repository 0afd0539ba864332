using GutAusgestattet.Contracts;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>
/// One gap as every export format shows it — the one place that decides what a shared row (one that may be passed
/// on) tells. On fewer than <see cref="SmallCells.MinimumResponses"/> responses a shared row keeps only the gap's
/// existence (key, category, area, kind): its window, persons, person-hours, severity, its responses and the
/// confidence derived from them are null, and so is its <see cref="Profile"/>, so a picture cannot draw the window a
/// table leaves out. The rule of <c>Gap.ToState()</c> for events.
/// </summary>
/// <param name="Profile">Persons without care per slot of the week (<see cref="WeekSlots.Count"/> values) when the
/// findings were computed with profiles; null when withheld or not computed.</param>
/// <param name="UnknownOccupancyOffers">Serving offers of unknown occupancy left out of a capacity gap: facts about offers, kept when suppressed.</param>
/// <param name="Missing">What a feature gap misses (<see cref="MissingFeatures"/>); null when suppressed, as a language asked by a few
/// households can point at them.</param>
/// <param name="ReservedPlaces">Free places of the serving offers reserved for partners' staff, left out of a capacity gap: facts about
/// offers, kept when suppressed.</param>
public sealed record ExportedGap(
    string Key, string Category, string AreaCode, GapKind Kind, string? Intervals, double? EstimatedPersons, double? PersonHours,
    int? Responses, double? Severity, double? Confidence, bool Suppressed, IReadOnlyList<float>? Profile = null,
    int UnknownOccupancyOffers = 0, int UnknownOccupancyPlaces = 0, IReadOnlyList<string>? Missing = null, int ReservedPlaces = 0)
{
    public static ExportedGap From(GapFinding f, bool shared) =>
        shared && !SmallCells.MayShow(f.Responses)
            ? new ExportedGap(f.Key, f.Category, f.AreaCode, f.Kind, null, null, null, null, null, null, Suppressed: true,
                UnknownOccupancyOffers: f.Unknown.Offers, UnknownOccupancyPlaces: f.Unknown.Places, ReservedPlaces: f.ReservedPlaces)
            : new ExportedGap(f.Key, f.Category, f.AreaCode, f.Kind, f.Slots.ToString(), Math.Round(f.PeakPersons, 1), Math.Round(f.PersonHours, 1),
                f.Responses, f.Severity, f.Confidence, Suppressed: false, f.Profile, f.Unknown.Offers, f.Unknown.Places, f.Missing?.Codes ?? [],
                f.ReservedPlaces);

    public string KindCode => Kind.ToString().ToLowerInvariant();

    /// <summary>The area's name as Gaps learnt it from Inventory; null while unknown. Not a figure: a shared row keeps it.</summary>
    public string? AreaName { get; init; }
}
