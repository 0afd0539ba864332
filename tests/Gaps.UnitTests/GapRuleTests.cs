using GutAusgestattet.Gaps.GapDetection;

namespace GutAusgestattet.Gaps.UnitTests;

public class GapRuleTests
{
    [Fact]
    public void No_demand_is_no_gap_even_without_offers() =>
        Assert.Null(GapRule.Evaluate(new CellDemand(0, 0), new CellSupply(0, 0)));

    [Fact]
    public void Demand_without_any_offer_is_a_content_gap_of_all_persons() =>
        Assert.Equal(new GapFinding(GapKind.Content, 3.5, 2), GapRule.Evaluate(new CellDemand(3.5, 2), new CellSupply(0, 0)));

    [Fact]
    public void Too_few_free_places_are_a_capacity_gap_of_the_shortfall() =>
        Assert.Equal(new GapFinding(GapKind.Capacity, 1.5, 4), GapRule.Evaluate(new CellDemand(3.5, 4), new CellSupply(2, 2)));

    [Theory]
    [InlineData(3, 3)]
    [InlineData(3, 10)]
    public void Enough_free_places_close_the_gap(double persons, int freePlaces) =>
        Assert.Null(GapRule.Evaluate(new CellDemand(persons, 1), new CellSupply(1, freePlaces)));

    [Fact]
    public void A_full_offer_still_counts_as_serving_the_area() =>
        Assert.Equal(GapKind.Capacity, GapRule.Evaluate(new CellDemand(1, 1), new CellSupply(1, 0))!.Kind);
}
