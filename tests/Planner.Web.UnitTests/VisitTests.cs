using GutAusgestattet.PlannerWeb.Overview;

namespace GutAusgestattet.PlannerWeb.UnitTests;

public sealed class VisitTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_first_visit_looks_back_a_week()
    {
        var visit = Visit.Next(null, "09162000", Monday);
        Assert.Equal((null, Monday.AddDays(-7)), (visit.Since, visit.From));
    }

    [Fact]
    public void The_next_day_the_list_starts_where_the_last_visit_ended()
    {
        var monday = Visit.Next(null, "09162000", Monday);
        var tuesday = Visit.Next(monday.Write(), "09162000", Monday.AddDays(1));
        Assert.Equal(Monday, tuesday.From);
    }

    [Fact]
    public void A_reload_within_the_visit_keeps_the_list()
    {
        var monday = Visit.Next(Visit.Next(null, "09162000", Monday.AddDays(-1)).Write(), "09162000", Monday);
        var reload = Visit.Next(monday.Write(), "09162000", Monday.AddMinutes(20));
        var later = Visit.Next(reload.Write(), "09162000", Monday.AddMinutes(40));
        Assert.Equal([Monday.AddDays(-1), Monday.AddDays(-1)], [reload.From, later.From]);
    }

    [Theory]
    [InlineData("08111000|1764493200|1764496800")] // another municipality
    [InlineData("09162000|1764496800|1764493200")] // since after seen: altered
    [InlineData("09162000|x|1764496800")]
    [InlineData("nonsense")]
    [InlineData("")]
    public void A_cookie_not_of_this_municipality_or_not_ours_is_a_first_visit(string cookie) =>
        Assert.Null(Visit.Next(cookie, "09162000", Monday).Since);

    [Fact]
    public void A_visit_from_the_future_is_not_believed() =>
        Assert.Null(Visit.Next(Visit.Next(null, "09162000", Monday.AddDays(1)).Write(), "09162000", Monday).Since);
}
