namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// The gaps of every week of a horizon, going from week to week by difference: consecutive weeks share nearly all their
/// input — a holiday closes some offers, some needs' periods start or end — so each category keeps one
/// <see cref="IncrementalComparison"/> over the horizon (<see cref="HorizonCategory"/>) and is given only the offers and
/// answers that differ from the week before. Categories never share places, so a big tenant's advance side by side.
/// <para>
/// The projection should list the same offers and needs in the same order every week — a need outside its period with no
/// slots rather than left out — so that a week lines up with the one before: a replaced item keeps its place, and the
/// comparison sums in the week's own input order. A week that does not line up (other areas or distances, items added,
/// dropped or reordered) is compared afresh. Either way each week's findings are
/// <see cref="SlotComparison.Compute(TenantInput, bool)"/>'s bit for bit.
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
        TenantInput? last = null;
        List<HorizonCategory> order = [];
        Dictionary<Guid, List<int>> items = [];
        foreach (var week in weeks)
        {
            var input = project(week);
            var changes = last is null ? null : Changes(last, input, categories);
            if (changes is null)
            {
                (order, items) = Start(input, categories);
            }
            else if (changes.Count > 0)
            {
                var answers = items;
                var changed = changes.ToArray();
                Run(changed.Length, input.Needs.Count, i =>
                    changed[i].Key.Update(changed[i].Value, r => answers[r].Select(k => input.Needs[k])));
            }
            found.Add(new WeekFindings(week, [.. order.SelectMany(c => c.Findings)]));
            foreach (var category in order) category.Tally();
            last = input;
        }
        return new HorizonFindings(found, categories.Values.Sum(c => c.Classes));
    }

    /// <summary>Every category compared afresh, in the order of its first need as a full comparison lists them; each answer's items by index.</summary>
    private static (List<HorizonCategory> Order, Dictionary<Guid, List<int>> Items) Start(TenantInput input, Dictionary<string, HorizonCategory> categories)
    {
        var offers = input.Offers.ToLookup(o => o.Category);
        var parts = input.Needs.GroupBy(n => n.Category)
            .Select(needs => (Category: categories.TryGetValue(needs.Key, out var c) ? c : categories[needs.Key] = new HorizonCategory(needs.Key),
                Part: input with { Offers = [.. offers[needs.Key]], Needs = [.. needs] }))
            .ToArray();
        Run(parts.Length, input.Needs.Count, i => parts[i].Category.Start(parts[i].Part));
        var items = new Dictionary<Guid, List<int>>();
        for (var i = 0; i < input.Needs.Count; i++)
        {
            if (!items.TryGetValue(input.Needs[i].ResponseId, out var indices)) items.Add(input.Needs[i].ResponseId, indices = []);
            indices.Add(i);
        }
        return ([.. parts.Select(p => p.Category)], items);
    }

    /// <summary>
    /// What differs from the week before, per category, when the week lines up with it (the same areas and distances, the
    /// same offers and answers of the same categories at the same index); null when it does not.
    /// </summary>
    private static Dictionary<HorizonCategory, HorizonChange>? Changes(TenantInput last, TenantInput input, Dictionary<string, HorizonCategory> categories)
    {
        if (!ReferenceEquals(last.Areas, input.Areas) && !last.Areas.SequenceEqual(input.Areas)) return null;
        if (!ReferenceEquals(last.ServingKm, input.ServingKm)
            && (last.ServingKm.Count != input.ServingKm.Count || last.ServingKm.Any(d => !input.ServingKm.TryGetValue(d.Key, out var km) || km != d.Value)))
            return null;
        if (last.Offers.Count != input.Offers.Count || last.Needs.Count != input.Needs.Count) return null;
        var changes = new Dictionary<HorizonCategory, HorizonChange>();
        HorizonChange Of(string category) =>
            changes.TryGetValue(categories[category], out var change) ? change : changes[categories[category]] = new HorizonChange();
        for (var i = 0; i < input.Offers.Count; i++)
        {
            var (before, now) = (last.Offers[i], input.Offers[i]);
            if (ReferenceEquals(before, now)) continue;
            if (before.OfferId != now.OfferId || before.Category != now.Category) return null;
            // An offer of a category without needs is in no comparison.
            if (!WeekClass.Same(before, now) && categories.ContainsKey(now.Category)) Of(now.Category).Offers.Add((before, now));
        }
        for (var i = 0; i < input.Needs.Count; i++)
        {
            var (before, now) = (last.Needs[i], input.Needs[i]);
            if (ReferenceEquals(before, now)) continue;
            if (before.ResponseId != now.ResponseId || before.Category != now.Category) return null;
            if (!WeekClass.Same(before, now)) Of(now.Category).Needs.Add((before, now));
        }
        return changes;
    }

    private static void Run(int count, int needs, Action<int> advance)
    {
        if (needs < SideBySideFrom)
            for (var i = 0; i < count; i++) advance(i);
        else
            Parallel.For(0, count, advance);
    }
}

/// <summary>The findings of each week of a horizon, in order.</summary>
/// <param name="WeekClasses">
/// How many distinct weeks the categories have, summed over the categories (a week without need in a category not
/// counted): the weeks of a category that are not alike to an earlier one (<see cref="WeekClass"/>).
/// </param>
public sealed record HorizonFindings(IReadOnlyList<WeekFindings> Weeks, int WeekClasses);

public sealed record WeekFindings(AnalysisWeek Week, IReadOnlyList<GapFinding> Findings);
