namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// The gaps of every week of a horizon. Categories never share places, and within a category most weeks are alike — the
/// same needs in the same slots, the same offers open with the same free places — so each category's distinct weeks (its
/// <see cref="WeekClass"/>es) are compared once and their findings stand for every week of the class. A holiday, a closure,
/// a need's period or a planned change makes a week a class of its own, in the categories it touches only — school holidays
/// in holiday care too, whose needs and offers they bound (<see cref="HolidayCare"/>): the projected slots differ, so the classes do.
/// </summary>
public static class PlanningHorizon
{
    /// <param name="project">The week as the engine compares it (offers, needs, areas, distances).</param>
    public static HorizonFindings Compute(IReadOnlyList<AnalysisWeek> weeks, Func<AnalysisWeek, TenantInput> project)
    {
        var classes = new Dictionary<(string Category, int Hash), List<(TenantInput Input, List<GapFinding> Findings)>>();
        var found = new List<WeekFindings>(weeks.Count);
        var compared = 0;
        foreach (var week in weeks)
        {
            var input = project(week);
            var offers = input.Offers.ToLookup(o => o.Category);
            var findings = new List<GapFinding>();
            foreach (var needs in input.Needs.GroupBy(n => n.Category))
            {
                var part = input with { Offers = [.. offers[needs.Key]], Needs = [.. needs] };
                var key = (needs.Key, WeekClass.HashOf(part));
                if (!classes.TryGetValue(key, out var alike)) classes[key] = alike = [];
                var known = alike.FirstOrDefault(c => WeekClass.Same(c.Input, part));
                if (known.Input is null)
                {
                    known = (part, SlotComparison.Compute(part));
                    alike.Add(known);
                    compared++;
                }
                findings.AddRange(known.Findings);
            }
            found.Add(new WeekFindings(week, findings));
        }
        return new HorizonFindings(found, compared);
    }
}

/// <summary>The findings of each week of a horizon, in order.</summary>
/// <param name="WeekClasses">How many weeks of a category were compared: the other weeks of the category were alike to one of them.</param>
public sealed record HorizonFindings(IReadOnlyList<WeekFindings> Weeks, int WeekClasses);

public sealed record WeekFindings(AnalysisWeek Week, IReadOnlyList<GapFinding> Findings);
