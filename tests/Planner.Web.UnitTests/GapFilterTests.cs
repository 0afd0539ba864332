using GutAusgestattet.PlannerWeb.Gaps;
using GutAusgestattet.PlannerWeb.Overview;
using GutAusgestattet.PlannerWeb.ServiceClients;

namespace GutAusgestattet.PlannerWeb.UnitTests;

public sealed class GapFilterTests
{
    private static Gap Gap(string category, string area, GapKind kind, double persons, double severity, bool open = true) =>
        new(Guid.NewGuid(), $"{category}:{area}:{kind.ToString().ToLowerInvariant()}", category, area, kind, persons, persons * 2, "Mo 06:00–08:00",
            severity, 0.5, 5, open, 1, DateTimeOffset.UnixEpoch, null);

    private static readonly Gap[] Gaps =
    [
        Gap("kita", "mitte", GapKind.Time, persons: 3, severity: 20),
        Gap("krippe", "altstadt", GapKind.Content, persons: 2, severity: 100),
        Gap("kita", "altstadt", GapKind.Capacity, persons: 5, severity: 10),
        Gap("tagespflege", "mitte", GapKind.Feature, persons: 1, severity: 5),
    ];

    [Fact]
    public void By_default_the_most_persons_come_first_and_severity_orders_the_other_way()
    {
        Assert.Equal(["kita:altstadt:capacity", "kita:mitte:time", "krippe:altstadt:content", "tagespflege:mitte:feature"],
            GapFilter.Read(null, null, null, null).Apply(Gaps).Select(g => g.Key));
        Assert.Equal(["krippe:altstadt:content", "kita:mitte:time", "kita:altstadt:capacity", "tagespflege:mitte:feature"],
            GapFilter.Read(null, null, null, "severity").Apply(Gaps).Select(g => g.Key));
    }

    [Fact]
    public void Area_category_and_kind_narrow_the_list_together()
    {
        Assert.Equal(["kita:altstadt:capacity", "krippe:altstadt:content"], GapFilter.Read("altstadt", null, null, null).Apply(Gaps).Select(g => g.Key));
        Assert.Equal(["kita:altstadt:capacity"], GapFilter.Read("altstadt", "kita", null, null).Apply(Gaps).Select(g => g.Key));
        Assert.Empty(GapFilter.Read("altstadt", "kita", "time", null).Apply(Gaps));
    }

    [Theory]
    [InlineData("", "hochhaus", "1", "2")]
    [InlineData("  ", "Kita", "weird", "persons;drop")]
    public void Values_that_name_nothing_are_ignored(string area, string category, string kind, string sort)
    {
        var filter = GapFilter.Read(area, category, kind, sort);
        Assert.Equal(new GapFilter(null, null, null, GapSort.Persons), filter);
    }

    [Fact]
    public void The_overview_counts_open_gaps_by_category_in_taxonomy_order_and_by_kind()
    {
        // As Gaps counts them (ordered by its own rules): kita 1 capacity + 2 time, krippe 1 content, tagespflege 1 feature.
        var counts = GapCounts.Of([new("tagespflege", GapKind.Feature, 1), new("kita", GapKind.Time, 2), new("krippe", GapKind.Content, 1), new("kita", GapKind.Capacity, 1)]);

        Assert.Equal(5, counts.Total);
        Assert.Equal(["krippe", "kita", "tagespflege"], counts.Rows.Select(r => r.Category));
        Assert.Equal((1, 2, 1, 0, 3), (counts.Rows[1].ByKind[GapKind.Capacity], counts.Rows[1].ByKind[GapKind.Time], counts.Rows[0].ByKind[GapKind.Content],
            counts.Rows[0].ByKind[GapKind.Feature], counts.Rows[1].Total));
        Assert.Equal((1, 2, 1, 1), (counts.ByKind[GapKind.Content], counts.ByKind[GapKind.Time], counts.ByKind[GapKind.Capacity], counts.ByKind[GapKind.Feature]));
    }
}
