using GutAusgestattet.Contracts;
using GutAusgestattet.PlannerWeb.ServiceClients;

namespace GutAusgestattet.PlannerWeb.Overview;

/// <summary>The open gaps counted by category (rows, in the taxonomy's order) and kind (columns), with the sums of both.</summary>
public sealed record GapCounts(IReadOnlyList<GapCounts.Row> Rows, Dictionary<GapKind, int> ByKind, int Total)
{
    /// <summary>The columns, in the order a planner reads them: nothing there, closed then, too full, unsuitable.</summary>
    public static readonly GapKind[] Kinds = [GapKind.Content, GapKind.Time, GapKind.Capacity, GapKind.Feature];

    public sealed record Row(string Category, Dictionary<GapKind, int> ByKind, int Total);

    /// <param name="counts">Gaps' counts of open gaps per category and kind.</param>
    public static GapCounts Of(IReadOnlyCollection<GapCount> counts)
    {
        var taxonomy = CareCategories.Names.Keys.ToList();
        var rows = counts.GroupBy(c => c.Category)
            .OrderBy(c => taxonomy.IndexOf(c.Key) is var i and >= 0 ? i : int.MaxValue).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new Row(c.Key, Sum(c), c.Sum(k => k.Open)))
            .ToList();
        return new GapCounts(rows, Sum(counts), counts.Sum(c => c.Open));
    }

    private static Dictionary<GapKind, int> Sum(IEnumerable<GapCount> counts)
    {
        var sums = Kinds.ToDictionary(k => k, _ => 0);
        foreach (var count in counts) sums[count.Kind] += count.Open;
        return sums;
    }
}
