namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// The gaps of every week of a horizon, going from week to week by difference: consecutive weeks share nearly all their
/// input — a holiday closes some offers, some needs' periods start or end — so each category keeps one
/// <see cref="IncrementalComparison"/> over the horizon and is given only the offers and needs that differ from the week
/// before (<see cref="HorizonCategory"/>). Categories never share places, so a big tenant's categories advance side by side.
/// <para>
/// The projection should list the same offers and needs in the same order every week — a need outside its period with no
/// slots rather than left out — so that every week is a difference; a week that does not line up with the one before is
/// compared afresh. Either way each week's findings are <see cref="SlotComparison.Compute(TenantInput, bool)"/>'s bit for bit.
/// </para>
/// </summary>
public static class PlanningHorizon
{
    /// <summary>Below this many needs in a week its categories advance one after the other: sharing them out costs more than they take.</summary>
    private const int SideBySideFrom = 10_000;

    /// <param name="project">The week as the engine compares it (offers, needs, areas, distances).</param>
    public static HorizonFindings Compute(IReadOnlyList<AnalysisWeek> weeks, Func<AnalysisWeek, TenantInput> project)
    {
        var categories = new Dictionary<string, HorizonCategory>();
        var found = new List<WeekFindings>(weeks.Count);
        foreach (var week in weeks)
        {
            var input = project(week);
            var offers = input.Offers.ToLookup(o => o.Category);
            // Categories in the order of their first need, as a full comparison lists them.
            var parts = input.Needs.GroupBy(n => n.Category)
                .Select(needs => (Category: categories.TryGetValue(needs.Key, out var c) ? c : categories[needs.Key] = new HorizonCategory(needs.Key),
                    Part: input with { Offers = [.. offers[needs.Key]], Needs = [.. needs] }))
                .ToArray();
            var findings = new IReadOnlyList<GapFinding>[parts.Length];
            if (input.Needs.Count < SideBySideFrom)
                for (var i = 0; i < parts.Length; i++) findings[i] = parts[i].Category.Advance(parts[i].Part);
            else
                Parallel.For(0, parts.Length, i => findings[i] = parts[i].Category.Advance(parts[i].Part));
            found.Add(new WeekFindings(week, [.. findings.SelectMany(f => f)]));
        }
        return new HorizonFindings(found, categories.Values.Sum(c => c.Classes));
    }
}

/// <summary>The findings of each week of a horizon, in order.</summary>
/// <param name="WeekClasses">
/// How many distinct weeks the categories have, summed over the categories (a week without need in a category not
/// counted): the weeks of a category that are not alike to an earlier one (<see cref="WeekClass"/>).
/// </param>
public sealed record HorizonFindings(IReadOnlyList<WeekFindings> Weeks, int WeekClasses);

public sealed record WeekFindings(AnalysisWeek Week, IReadOnlyList<GapFinding> Findings);
