using GutAusgestattet.Contracts;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>
/// One gap as an export row. In a shared export (one that may be passed on) every figure resting
/// on fewer than <see cref="SmallCells.MinimumResponses"/> responses is null — the rule of
/// <c>Gap.ToState()</c> for events: the responses and the confidence stay, they say only how much
/// the gap rests on.
/// </summary>
public sealed record ExportedGap(
    string Key, string Category, string AreaCode, GapKind Kind, string? Intervals, double? EstimatedPersons, double? PersonHours,
    int Responses, double? Severity, double Confidence, bool Suppressed)
{
    public static ExportedGap From(GapFinding f, bool shared)
    {
        var hide = IsHidden(f, shared);
        return new ExportedGap(f.Key, f.Category, f.AreaCode, f.Kind, hide ? null : f.Slots.ToString(), hide ? null : Math.Round(f.PeakPersons, 1),
            hide ? null : Math.Round(f.PersonHours, 1), f.Responses, hide ? null : f.Severity, f.Confidence, hide);
    }

    /// <summary>Whether <paramref name="f"/>'s figures are withheld from an export that may be passed on.</summary>
    public static bool IsHidden(GapFinding f, bool shared) => shared && !SmallCells.MayShow(f.Responses);

    public string KindCode => Kind.ToString().ToLowerInvariant();
}
