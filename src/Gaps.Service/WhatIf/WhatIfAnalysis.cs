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
        var after = SlotComparison.Compute(Apply(today, edits)).ToDictionary(g => g.Key);
        var gaps = before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(key => GapOutcome.Of(before.GetValueOrDefault(key), after.GetValueOrDefault(key)))
            .ToList();
        var covered = edits.Select(edit =>
        {
            var alone = SlotComparison.Compute(Apply(today, [edit])).ToDictionary(g => g.Key);
            var (persons, hours) = Covered(before, alone);
            return new EditCoverage(edit.OfferId, Math.Round(persons, 2), Math.Round(hours, 2));
        }).ToList();
        var (totalPersons, totalHours) = Covered(before, after);
        return new WhatIfResult(gaps, covered, Math.Round(totalPersons, 2), Math.Round(totalHours, 2));
    }

    private static TenantInput Apply(TenantInput today, IEnumerable<OfferEdit> edits) =>
        today with { Offers = edits.Aggregate((IEnumerable<OfferInput>)today.Offers, (offers, edit) => edit.ApplyTo(offers)).ToList() };

    private static (double Persons, double Hours) Covered(Dictionary<string, GapFinding> before, Dictionary<string, GapFinding> after)
    {
        var unmet = before.Values.Concat(after.Values).Where(g => g.Kind != GapKind.Feature).Select(g => (g.Category, g.AreaCode)).Distinct();
        double persons = 0, hours = 0;
        foreach (var (category, area) in unmet)
        {
            var was = Unmet(before.Values, category, area);
            var now = Unmet(after.Values, category, area);
            persons += was.Peak - now.Peak;
            hours += was.Hours - now.Hours;
        }
        return (Math.Max(0, persons), Math.Max(0, hours));
    }

    /// <summary>Peak and hours of unmet care in one cell: its content, time and capacity gaps never share a slot.</summary>
    private static (double Peak, double Hours) Unmet(IEnumerable<GapFinding> gaps, string category, string area)
    {
        var cell = gaps.Where(g => g.Category == category && g.AreaCode == area && g.Kind != GapKind.Feature).ToList();
        return (cell.Select(g => g.PeakPersons).DefaultIfEmpty().Max(), cell.Sum(g => g.PersonHours));
    }

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
