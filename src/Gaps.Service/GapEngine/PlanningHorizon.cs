namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// The gaps of every week of a horizon. Most weeks are alike — the same needs in the same slots, the same offers open with
/// the same free places — so each distinct week (its <see cref="WeekClass"/>) is compared once and its findings stand for
/// every week of the class; a holiday, a closure, a need's period or a planned change makes a week a class of its own.
/// </summary>
public static class PlanningHorizon
{
    /// <param name="project">The week as the engine compares it (offers, needs, areas, distances).</param>
    public static HorizonFindings Compute(IReadOnlyList<AnalysisWeek> weeks, Func<AnalysisWeek, TenantInput> project)
    {
        var classes = new Dictionary<int, List<(TenantInput Input, IReadOnlyList<GapFinding> Findings)>>();
        var found = new List<WeekFindings>(weeks.Count);
        var compared = 0;
        foreach (var week in weeks)
        {
            var input = project(week);
            var hash = WeekClass.HashOf(input);
            if (!classes.TryGetValue(hash, out var alike)) classes[hash] = alike = [];
            var known = alike.FirstOrDefault(c => WeekClass.Same(c.Input, input));
            if (known.Input is null)
            {
                known = (input, SlotComparison.Compute(input));
                alike.Add(known);
                compared++;
            }
            found.Add(new WeekFindings(week, known.Findings));
        }
        return new HorizonFindings(found, compared);
    }
}

/// <summary>The findings of each week of a horizon, in order, and how many distinct weeks were compared for them.</summary>
public sealed record HorizonFindings(IReadOnlyList<WeekFindings> Weeks, int WeekClasses);

public sealed record WeekFindings(AnalysisWeek Week, IReadOnlyList<GapFinding> Findings);
