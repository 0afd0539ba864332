using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.WhatIf;

/// <summary>
/// Which gaps hypothetical changes to the offer would close, shrink or leave — and what each change
/// covers on its own — computed on a copy of the inputs, so the inventory stays as it is.
/// <para>
/// A change <b>covers</b> the person-hours per week by which it lowers the unmet care of the
/// content, time and capacity gaps (feature gaps count the same hours again and are left out), and
/// the persons by which it lowers their peaks, summed over the gaps it touches.
/// </para>
/// </summary>
public static class WhatIfAnalysis
{
    private const double Epsilon = 1e-9;

    public static WhatIfResult Evaluate(TenantInput today, IReadOnlyList<OfferEdit> edits)
    {
        var before = SlotComparison.Compute(today).ToDictionary(g => g.Key);
        var after = Recompute(Apply(today, edits), Touched(today, edits), before);
        var gaps = before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(key => GapOutcome.Of(before.GetValueOrDefault(key), after.GetValueOrDefault(key)))
            .ToList();
        var unmetBefore = Unmet(before.Values);
        var covered = edits.Select(edit =>
        {
            var alone = Recompute(Apply(today, [edit]), Touched(today, [edit]), before);
            var (persons, hours) = Covered(before, unmetBefore, alone);
            return new EditCoverage(edit.OfferId, Math.Round(persons, 2), Math.Round(hours, 2));
        }).ToList();
        var (totalPersons, totalHours) = Covered(before, unmetBefore, after);
        return new WhatIfResult(gaps, covered, Math.Round(totalPersons, 2), Math.Round(totalHours, 2));
    }

    private static TenantInput Apply(TenantInput today, IEnumerable<OfferEdit> edits) =>
        today with { Offers = edits.Aggregate((IEnumerable<OfferInput>)today.Offers, (offers, edit) => edit.ApplyTo(offers)).ToList() };

    /// <summary>The categories the edits change an offer of: a new offer's, a changed or withdrawn offer's own, and the one it is moved to.</summary>
    private static HashSet<string> Touched(TenantInput today, IEnumerable<OfferEdit> edits)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edit in edits)
        {
            if (edit.Category is { } category) touched.Add(category);
            if (edit.OfferId is { } id && today.Offers.FirstOrDefault(o => o.OfferId == id) is { } offer) touched.Add(offer.Category);
        }
        return touched;
    }

    /// <summary>
    /// The gaps with the edits applied: only the touched categories are compared again (a category's gaps rest on its own offers and
    /// needs alone); every other category's findings are the ones before, unchanged.
    /// </summary>
    private static Dictionary<string, GapFinding> Recompute(TenantInput edited, HashSet<string> touched, Dictionary<string, GapFinding> before)
    {
        var findings = before.Where(g => !touched.Contains(g.Value.Category)).ToDictionary();
        foreach (var category in touched.Order(StringComparer.Ordinal))
            foreach (var gap in SlotComparison.Compute(edited, category))
                findings.Add(gap.Key, gap);
        return findings;
    }

    private static (double Persons, double Hours) Covered(
        Dictionary<string, GapFinding> before, Dictionary<(string, string), (double Peak, double Hours)> unmetBefore, Dictionary<string, GapFinding> after)
    {
        var unmetAfter = Unmet(after.Values);
        var cells = before.Values.Concat(after.Values).Where(g => g.Kind != GapKind.Feature).Select(g => (g.Category, g.AreaCode)).Distinct();
        double persons = 0, hours = 0;
        foreach (var cell in cells)
        {
            var was = unmetBefore.GetValueOrDefault(cell);
            var now = unmetAfter.GetValueOrDefault(cell);
            persons += was.Peak - now.Peak;
            hours += was.Hours - now.Hours;
        }
        return (Math.Max(0, persons), Math.Max(0, hours));
    }

    /// <summary>Peak and hours of unmet care per cell (category, area): its content, time and capacity gaps never share a slot.</summary>
    private static Dictionary<(string, string), (double Peak, double Hours)> Unmet(IEnumerable<GapFinding> gaps) =>
        gaps.Where(g => g.Kind != GapKind.Feature).GroupBy(g => (g.Category, g.AreaCode))
            .ToDictionary(cell => cell.Key, cell => (cell.Max(g => g.PeakPersons), cell.Sum(g => g.PersonHours)));

    public static string OutcomeOf(GapFinding? before, GapFinding? after) => (before, after) switch
    {
        (null, _) => "opens",
        (_, null) => "closes",
        _ when after.PersonHours < before.PersonHours - Epsilon => "shrinks",
        _ when after.PersonHours > before.PersonHours + Epsilon => "grows",
        _ => "remains",
    };
}

/// <param name="Outcome"><c>closes</c>, <c>shrinks</c>, <c>remains</c>, <c>grows</c> or <c>opens</c>.</param>
public sealed record GapOutcome(string Key, string Category, string AreaCode, GapKind Kind, string Outcome, GapFigures? Before, GapFigures? After)
{
    public static GapOutcome Of(GapFinding? before, GapFinding? after)
    {
        var any = before ?? after!;
        return new GapOutcome(any.Key, any.Category, any.AreaCode, any.Kind, WhatIfAnalysis.OutcomeOf(before, after), GapFigures.Of(before), GapFigures.Of(after));
    }
}

public sealed record GapFigures(string Intervals, double EstimatedPersons, double PersonHours, int Responses)
{
    public static GapFigures? Of(GapFinding? gap) =>
        gap is null ? null : new(gap.Slots.ToString(), Math.Round(gap.PeakPersons, 2), Math.Round(gap.PersonHours, 2), gap.Responses);
}

/// <param name="OfferId">The offer changed; null for a new one (in the order the changes were given).</param>
public sealed record EditCoverage(Guid? OfferId, double PersonsCovered, double PersonHoursCovered);

public sealed record WhatIfResult(IReadOnlyList<GapOutcome> Gaps, IReadOnlyList<EditCoverage> Changes, double PersonsCovered, double PersonHoursCovered);
