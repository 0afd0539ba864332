using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>
/// Persons without care per slot of the week in one category and area, from the findings'
/// per-slot profiles. By default the content, time and capacity gaps are summed — in any one slot
/// at most one of them applies, so the sum is the persons with no care at all; feature gaps (care
/// that is open but unsuitable) overlap them and are shown only when asked for by kind.
/// </summary>
public static class GapHeatmap
{
    public static readonly IReadOnlySet<GapKind> WithoutCare = new HashSet<GapKind> { GapKind.Content, GapKind.Time, GapKind.Capacity };

    /// <summary>
    /// One value per slot (<see cref="WeekSlots.Count"/>); null where a gap whose figures a shared
    /// export withholds has persons in the slot — the slot is withheld, not shown as smaller.
    /// </summary>
    public static float?[] Slots(IEnumerable<GapFinding> findings, string category, string area, IReadOnlySet<GapKind> kinds, bool shared)
    {
        var slots = new float?[WeekSlots.Count];
        Array.Fill(slots, 0f);
        foreach (var finding in findings.Where(f => f.Category == category && f.AreaCode == area && kinds.Contains(f.Kind)))
        {
            var profile = finding.Profile ?? throw new ArgumentException("The findings must be computed with profiles.", nameof(findings));
            var hidden = ExportedGap.IsHidden(finding, shared);
            for (var t = 0; t < slots.Length; t++)
            {
                if (profile[t] <= 0) continue;
                slots[t] = hidden ? null : slots[t] + profile[t];
            }
        }
        return slots;
    }
}
