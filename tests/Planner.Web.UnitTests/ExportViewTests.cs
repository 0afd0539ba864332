using GutAusgestattet.PlannerWeb.Exports;
using GutAusgestattet.PlannerWeb.ServiceClients;

namespace GutAusgestattet.PlannerWeb.UnitTests;

public sealed class ExportViewTests
{
    [Fact]
    public void An_empty_form_is_every_gap_of_the_current_week_for_the_planner_alone()
    {
        var view = ExportView.Read(null, "", null, null, " ", null);

        Assert.Empty(view.Errors);
        Assert.Equal("", view.Query);
        Assert.False(view.HasHeatmap);
    }

    [Fact]
    public void The_whole_view_travels_in_the_query_Gaps_takes()
    {
        var view = ExportView.Read("2026-w53", "2027-02-01", "true", "kita", " Süd-Ost ", "Time");

        Assert.Empty(view.Errors);
        Assert.Equal("week=2026-W53&plannedBy=2027-02-01&shared=true&category=kita&area=S%C3%BCd-Ost&kind=time", view.Query);
        Assert.True(view.HasHeatmap);
    }

    [Theory]
    [InlineData("kita", null)] // the category over all areas
    [InlineData(null, "mitte")] // the area over all categories
    public void A_category_or_an_area_alone_has_a_heatmap_too(string? category, string? area) =>
        Assert.True(ExportView.Read(null, null, null, category, area, null).HasHeatmap);

    [Theory]
    [InlineData("2027-W53")] // 2027 has 52 ISO weeks
    [InlineData("2026-W00")]
    [InlineData("2026-49")]
    [InlineData("KW 49")]
    public void A_week_that_is_not_an_ISO_week_is_named_at_its_field(string week)
    {
        var view = ExportView.Read(week, null, null, null, null, null);

        Assert.Equal("Exports_WeekRule", view.Errors["week"]);
    }

    [Theory]
    [InlineData("01.02.2027")]
    [InlineData("2027-02-30")]
    public void A_date_that_is_not_one_is_named_at_its_field(string plannedBy)
    {
        var view = ExportView.Read(null, plannedBy, null, null, null, null);

        Assert.Equal(["plannedBy"], view.Errors.Keys);
    }

    [Fact]
    public void Picks_from_lists_that_name_nothing_are_left_out_like_the_gaps_filters()
    {
        var view = ExportView.Read(null, null, "yes", "zoo", null, "1");

        Assert.Empty(view.Errors);
        Assert.Equal((null, null, false), (view.Category, view.Kind, view.Shared));
        Assert.Equal(GapKind.Content, ExportView.Read(null, null, null, null, null, "content").Kind);
    }
}
