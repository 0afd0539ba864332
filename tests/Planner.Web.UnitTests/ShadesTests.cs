using GutAusgestattet.PlannerWeb.Gaps;

namespace GutAusgestattet.PlannerWeb.UnitTests;

public sealed class ShadesTests
{
    [Theory]
    [InlineData(0, 9, 0)]
    [InlineData(0.1, 9, 1)]
    [InlineData(3, 9, 1)]
    [InlineData(3.1, 9, 2)]
    [InlineData(6, 9, 2)]
    [InlineData(9, 9, 3)]
    [InlineData(2, 0, 0)]
    public void The_shade_is_the_third_of_the_peak_a_figure_falls_in(double value, double peak, int level) =>
        Assert.Equal(level, Shades.Level(value, peak));

    [Fact]
    public void The_legend_ranges_join_up_from_nothing_to_the_peak() =>
        Assert.Equal([(0.0, 3.0), (3.0, 6.0), (6.0, 9.0)], Enumerable.Range(1, Shades.Levels).Select(level => Shades.Range(level, 9)));
}
