using GutAusgestattet.Surveys.Answers;

namespace GutAusgestattet.Surveys.UnitTests;

public class ResponseCountsTests
{
    private static IEnumerable<(string, string)> Responses(string area, string household, int count) =>
        Enumerable.Repeat((area, household), count);

    [Fact]
    public void The_planners_own_view_shows_every_cell_and_the_total()
    {
        var view = ResponseCounts.Count(Responses("mitte", "incoming", 4).Concat(Responses("altstadt", "outgoing", 6)), shared: false);
        Assert.Equal(10, view.Total);
        Assert.Equal([new("altstadt", "outgoing", 6, false), new ResponseCell("mitte", "incoming", 4, false)], view.Cells);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void The_shared_view_suppresses_cells_under_five_and_never_shows_the_total(int count, bool suppressed)
    {
        var view = ResponseCounts.Count(Responses("mitte", "incoming", count).Concat(Responses("mitte", "other", 7)), shared: true);
        Assert.Null(view.Total);
        var cell = view.Cells.Single(c => c.HouseholdType == "incoming");
        Assert.Equal((suppressed ? null : count, suppressed), (cell.Responses, cell.Suppressed));
        Assert.Equal(7, view.Cells.Single(c => c.HouseholdType == "other").Responses);
    }
}
