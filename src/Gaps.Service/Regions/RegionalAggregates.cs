using GutAusgestattet.Contracts;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.Regions;

/// <summary>One open gap of one consenting municipality, as the regional view reads it.</summary>
public sealed record RegionalGapRow(string TenantId, string Category, GapKind Kind, double EstimatedPersons, double PersonHours, int Responses);

/// <param name="Municipalities">Consenting municipalities with an open gap of this category and kind.</param>
/// <param name="Responses">Responses behind the sum, rounded to a multiple of 5.</param>
/// <param name="EstimatedPersons">Sum over those municipalities' areas of the peak persons without care in one slot — an upper bound of the district's peak, as peaks need not coincide; rounded to a multiple of 5.</param>
/// <param name="PersonHours">Person-hours per week without care, summed and rounded to a multiple of 10.</param>
/// <param name="Suppressed">When true every figure is null.</param>
public sealed record RegionalAggregate(
    string Category, GapKind Kind, bool Suppressed, int? Municipalities, int? Responses, double? EstimatedPersons, double? PersonHours);

/// <summary>
/// Sums the open gaps of a district's consenting municipalities per category and kind. Nothing of
/// a single municipality is ever shown: there are no rows per municipality or area and no totals,
/// and an aggregate is withheld entirely — its municipality count included — unless it rests on at
/// least <see cref="SmallCells.MinimumResponses"/> responses <b>and</b> at least
/// <see cref="MinimumMunicipalities"/> municipalities. With one municipality the sum would be its
/// own figures; with two, either could subtract its own and read the other's. A shown sum is rounded
/// — responses and persons to <see cref="CountBase"/>, person-hours to <see cref="HoursBase"/> — so the
/// difference between two weeks' snapshots (<see cref="RegionalSnapshot"/>) does not give a small
/// municipality that left or joined away.
/// </summary>
public static class RegionalAggregates
{
    public const int MinimumMunicipalities = 3;

    /// <summary>Responses and persons are shown as multiples of this.</summary>
    public const int CountBase = 5;

    /// <summary>Person-hours per week are shown as multiples of this.</summary>
    public const int HoursBase = 10;

    /// <summary>To the nearest multiple of <paramref name="step"/>, halves up.</summary>
    public static double Round(double value, int step) => Math.Round(value / step, MidpointRounding.AwayFromZero) * step;

    public static List<RegionalAggregate> Sum(IEnumerable<RegionalGapRow> rows) =>
    [
        .. rows.GroupBy(r => (r.Category, r.Kind))
            .OrderBy(g => g.Key.Category, StringComparer.Ordinal).ThenBy(g => g.Key.Kind)
            .Select(g => (g.Key, Municipalities: g.Select(r => r.TenantId).Distinct().Count(), Responses: g.Sum(r => r.Responses), Rows: g))
            .Select(a => SmallCells.MayShow(a.Responses) && a.Municipalities >= MinimumMunicipalities
                ? new RegionalAggregate(a.Key.Category, a.Key.Kind, false, a.Municipalities, (int)Round(a.Responses, CountBase),
                    Round(a.Rows.Sum(r => r.EstimatedPersons), CountBase), Round(a.Rows.Sum(r => r.PersonHours), HoursBase))
                : new RegionalAggregate(a.Key.Category, a.Key.Kind, true, null, null, null, null)),
    ];
}
