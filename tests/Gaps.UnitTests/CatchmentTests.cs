using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.UnitTests;

/// <summary>The latitude shortcut in the catchment must not change who is served at the edge of the serving distance.</summary>
public sealed class CatchmentTests
{
    private static readonly SlotRange Monday = new(32, 40);

    [Theory]
    [InlineData(1.999, false)]  // just inside the Krippe's 2 km: served, so a capacity gap (1 place, 2 persons)
    [InlineData(2.001, true)]   // just outside: nothing serves it
    public void An_area_due_north_is_served_exactly_up_to_the_serving_distance(double km, bool content)
    {
        var north = 49.45 + km / (6371.0088 * Math.PI / 180); // the radius ServingDistances.Km uses
        var gaps = SlotComparison.Compute(new TenantInput(
            [new AreaInput("a", 49.45, 11.07), new AreaInput("b", north, 11.07)],
            [new OfferInput(Guid.NewGuid(), "krippe", "a", 49.45, 11.07, 1, [Monday], false, [])],
            [new NeedInput(Guid.NewGuid(), "krippe", "b", 2, [Monday], false, [])],
            new Dictionary<string, double>()));
        Assert.Equal(content ? GapKind.Content : GapKind.Capacity, Assert.Single(gaps).Kind);
    }
}
