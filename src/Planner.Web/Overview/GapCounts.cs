using GutAusgestattet.Contracts;
using GutAusgestattet.PlannerWeb.ServiceClients;

namespace GutAusgestattet.PlannerWeb.Overview;

/// <summary>The open gaps counted by category (rows, in the taxonomy's order) and kind (columns), with the sums of both.</summary>
public sealed record GapCounts(IReadOnlyList<GapCounts.Row> Rows, Dictionary<GapKind, int> ByKind, int Total)
{
    /// <summary>The columns, in the order a planner reads them: nothing there, closed then, too full, unsuitable.</summary>
    public static readonly GapKind[] Kinds = [GapKind.Content, GapKind.Time, GapKind.Capacity, GapKind.Feature];

    public sealed record Row(string Category, Dictionary<GapKind, int> ByKind, int Total);

    public static GapCounts Of(IReadOnlyCollection<Gap> gaps)
    {
        var open = gaps.Where(g => g.Open).ToList();
        var taxonomy = CareCategories.Names.Keys.ToList();
        var rows = open.GroupBy(g => g.Category)
            .OrderBy(c => taxonomy.IndexOf(c.Key) is var i and >= 0 ? i : int.MaxValue).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new Row(c.Key, Count(c), c.Count()))
            .ToList();
        return new GapCounts(rows, Count(open), open.Count);
    }

    private static Dictionary<GapKind, int> Count(IEnumerable<Gap> gaps)
    {
        var counts = Kinds.ToDictionary(k => k, _ => 0);
        foreach (var gap in gaps) counts[gap.Kind]++;
        return counts;
    }
}
