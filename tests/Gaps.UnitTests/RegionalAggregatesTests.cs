using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.Regions;

namespace GutAusgestattet.Gaps.UnitTests;

public sealed class RegionalAggregatesTests
{
    /// <summary>One stored open gap; a municipality may have several of a category and kind, one per area.</summary>
    private static RegionalGapRow Row(string tenant, int responses, GapKind kind = GapKind.Time) =>
        new(tenant, "kita", kind, EstimatedPersons: responses * 1.5, PersonHours: responses * 4, responses);

    [Fact]
    public void Gaps_are_summed_per_category_and_kind_across_municipalities_and_areas()
    {
        var sums = RegionalAggregates.Sum([Row("09162001", 2), Row("09162001", 1), Row("09162002", 2), Row("09162003", 1), Row("09162001", 9, kind: GapKind.Content)]);
        var time = sums.Single(a => a.Kind == GapKind.Time);
        // 6 responses, 9 persons, 24 person-hours: shown rounded to 5, 5 and 10.
        Assert.Equal(new RegionalAggregate("kita", GapKind.Time, false, 3, 5, 10, 20), time);
    }

    [Fact]
    public void A_small_municipality_leaving_a_large_sum_hardly_moves_it()
    {
        RegionalGapRow[] others = [Row("09162001", 7), Row("09162002", 6), Row("09162003", 7)];
        var before = RegionalAggregates.Sum([.. others, Row("09162004", 1)]).Single();
        var after = RegionalAggregates.Sum(others).Single();

        // 21 → 20 responses, 31.5 → 30 persons, 84 → 80 person-hours: the same rounded figures, only the count of municipalities moves.
        Assert.Equal(before with { Municipalities = 3 }, after);
    }

    [Theory]
    [InlineData(2.4, 5, 0)]
    [InlineData(2.5, 5, 5)]
    [InlineData(33, 5, 35)]
    [InlineData(84, 10, 80)]
    [InlineData(85, 10, 90)]
    public void Figures_are_rounded_to_the_nearest_step_halves_up(double value, int step, double rounded) =>
        Assert.Equal(rounded, RegionalAggregates.Round(value, step));

    [Theory]
    [InlineData(4, 3)] // a small cell
    [InlineData(9, 2)] // two municipalities: either could subtract its own figures from the sum
    [InlineData(9, 1)] // one municipality's own figures
    public void An_aggregate_on_fewer_than_5_responses_or_3_municipalities_is_withheld_entirely(int responses, int municipalities)
    {
        var rows = Enumerable.Range(0, municipalities).Select(m => Row($"0916200{m}", m == 0 ? responses - (municipalities - 1) : 1));
        Assert.Equal(new RegionalAggregate("kita", GapKind.Time, true, null, null, null, null), Assert.Single(RegionalAggregates.Sum(rows)));
    }
}
