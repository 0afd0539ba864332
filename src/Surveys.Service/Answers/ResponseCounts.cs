using GutAusgestattet.Contracts;

namespace GutAusgestattet.Surveys.Answers;

/// <summary>
/// Responses per area and household type. The planner's own view shows every count; the shared
/// view, for anything that leaves it (exports for others, regional views), suppresses cells under
/// the small-cell threshold and leaves out the total, which would give a lone suppressed cell away.
/// </summary>
public static class ResponseCounts
{
    public static ResponseCountsView Count(IEnumerable<(string AreaCode, string HouseholdType)> responses, bool shared)
    {
        var cells = responses
            .GroupBy(r => r)
            .OrderBy(g => g.Key.AreaCode, StringComparer.Ordinal).ThenBy(g => g.Key.HouseholdType, StringComparer.Ordinal)
            .Select(g => g.Count() is var n && (!shared || SmallCells.MayShow(n))
                ? new ResponseCell(g.Key.AreaCode, g.Key.HouseholdType, n, Suppressed: false)
                : new ResponseCell(g.Key.AreaCode, g.Key.HouseholdType, null, Suppressed: true))
            .ToList();
        return new ResponseCountsView(shared, shared ? null : cells.Sum(c => c.Responses), cells);
    }
}

/// <param name="Responses">Null when suppressed.</param>
public sealed record ResponseCell(string AreaCode, string HouseholdType, int? Responses, bool Suppressed);

/// <param name="Total">All responses; only in the planner's own view.</param>
public sealed record ResponseCountsView(bool Shared, int? Total, IReadOnlyList<ResponseCell> Cells);
