using GutAusgestattet.PlannerWeb.ServiceClients;

namespace GutAusgestattet.PlannerWeb.Surveys;

/// <summary>
/// A survey's responses as a table: a row per area (by name), a column per household type of the template, the totals.
/// The planner's own view: every cell, small ones included (they are suppressed only where figures leave it).
/// </summary>
public sealed record ResponseTable(IReadOnlyList<ResponseTable.Row> Rows, IReadOnlyDictionary<string, int> ColumnTotals, int Total)
{
    /// <summary>The template's household types, in the order its question lists them.</summary>
    public static readonly IReadOnlyList<string> HouseholdTypes = ["incoming", "outgoing", "both", "other"];

    public sealed record Row(string AreaCode, string AreaName, IReadOnlyDictionary<string, int> ByType, int Total);

    public static ResponseTable Of(IEnumerable<ResponseCell> cells, Func<string, string> areaName)
    {
        var rows = cells.GroupBy(c => c.AreaCode, StringComparer.Ordinal)
            .Select(area => new Row(area.Key, areaName(area.Key),
                HouseholdTypes.ToDictionary(t => t, t => area.Where(c => c.HouseholdType == t).Sum(c => c.Responses ?? 0)),
                area.Sum(c => c.Responses ?? 0)))
            .OrderBy(r => r.AreaName, StringComparer.CurrentCulture).ToList();
        return new ResponseTable(rows, HouseholdTypes.ToDictionary(t => t, t => rows.Sum(r => r.ByType[t])), rows.Sum(r => r.Total));
    }
}
