using GutAusgestattet.Contracts;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>
/// Persons without care per slot of the week in one category and area, from the exported gaps' per-slot profiles.
/// By default the content, time and capacity gaps are summed — in any one slot at most one of them applies, so the
/// sum is the persons with no care at all; feature gaps (care that is open but unsuitable) overlap them and are
/// shown only when asked for by kind.
/// </summary>
/// <param name="Persons">One value per slot (<see cref="WeekSlots.Count"/>).</param>
/// <param name="Withheld">Gaps of the picture a shared export withholds (<see cref="ExportedGap.Suppressed"/>): they
/// are not drawn at all, since marking their slots would show the window the shared tables leave out.</param>
public sealed record GapHeatmap(float[] Persons, int Withheld)
{
    public static readonly IReadOnlySet<GapKind> WithoutCare = new HashSet<GapKind> { GapKind.Content, GapKind.Time, GapKind.Capacity };

    public static GapHeatmap Of(IEnumerable<ExportedGap> gaps, string category, string area, IReadOnlySet<GapKind> kinds)
    {
        var persons = new float[WeekSlots.Count];
        var withheld = 0;
        foreach (var gap in gaps.Where(g => g.Category == category && g.AreaCode == area && kinds.Contains(g.Kind)))
        {
            if (gap.Suppressed)
            {
                withheld++;
                continue;
            }
            var profile = gap.Profile ?? throw new ArgumentException("The gaps must be exported with profiles.", nameof(gaps));
            for (var t = 0; t < persons.Length; t++) persons[t] += profile[t];
        }
        return new GapHeatmap(persons, withheld);
    }

    /// <summary>A whole category: one row per area (in the order given), each as <see cref="Of"/> draws it.</summary>
    public static IReadOnlyList<HeatmapRow> ByArea(IReadOnlyList<ExportedGap> gaps, string category, IEnumerable<AreaPoint> areas, IReadOnlySet<GapKind> kinds) =>
        [.. areas.Select(a => new HeatmapRow(a.Label, Of(gaps, category, a.Code, kinds)))];

    /// <summary>One area: one row per category of the standard taxonomy, each as <see cref="Of"/> draws it.</summary>
    public static IReadOnlyList<HeatmapRow> ByCategory(IReadOnlyList<ExportedGap> gaps, string area, IReadOnlySet<GapKind> kinds) =>
        [.. CareCategories.Names.Select(c => new HeatmapRow(c.Value, Of(gaps, c.Key, area, kinds)))];
}

/// <summary>One row of an overview heatmap: an area of a category, or a category of an area.</summary>
public sealed record HeatmapRow(string Label, GapHeatmap Heatmap);
