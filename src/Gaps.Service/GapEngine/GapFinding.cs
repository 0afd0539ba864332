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
public sealed record GapFinding(
    string Category, string AreaCode, GapKind Kind, SlotSet Slots, double PeakPersons, double PersonHours, int Responses,
    double Severity, double Confidence, float[]? Profile = null)
{
    public string Key => Gap.KeyOf(Category, AreaCode, Kind);
}
