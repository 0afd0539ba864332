using System.Text.Json;
using GutAusgestattet.PlannerWeb.PlanningYear;
using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.PlannerWeb.UnitTests;

/// <summary>The planning year's table, read from the horizon as Gaps writes it.</summary>
public sealed class YearTableTests
{
    /// <summary>Three weeks from 2027-W30: a Kita time gap of 8 hours and a feature gap in week 31 in one area, a content gap of 2 hours in another; a Hort gap in week 32.</summary>
    private const string Horizon = """
        {"from":"2027-W30","to":"2027-W32","weeks":3,"weekClasses":3,"schoolHolidayDays":14,"cells":[
          {"category":"kita","areaCode":"a","firstWeek":"2027-W31","weeks":[
            {"week":"2027-W31","monday":"2027-08-02","kind":"time","intervals":"Mo 08:00–12:00","estimatedPersons":2,"personHours":8,"responses":2,"severity":40},
            {"week":"2027-W31","monday":"2027-08-02","kind":"feature","intervals":"Mo 08:00–12:00","estimatedPersons":1,"personHours":4,"responses":1,"severity":20}]},
          {"category":"kita","areaCode":"b","firstWeek":"2027-W31","weeks":[
            {"week":"2027-W31","monday":"2027-08-02","kind":"content","intervals":"Di 08:00–10:00","estimatedPersons":1,"personHours":2,"responses":1,"severity":100}]},
          {"category":"hort","areaCode":"a","firstWeek":"2027-W32","weeks":[
            {"week":"2027-W32","monday":"2027-08-09","kind":"time","intervals":"Di 12:00–16:00","estimatedPersons":3,"personHours":12,"responses":3,"severity":60}]}]}
        """;

    [Fact]
    public void Each_week_is_a_row_and_each_category_a_column_with_the_hours_no_offer_covers()
    {
        var horizon = JsonSerializer.Deserialize<GapHorizon>(Horizon, ServiceCalls.Json)!;
        var table = YearTable.Of(horizon);
        Assert.Equal(14, horizon.SchoolHolidayDays); // holiday care counts on these days only

        Assert.Equal(["hort", "kita"], table.Categories);
        // A feature gap's persons are cared for, only not as they asked: its hours are not uncovered.
        Assert.Equal(["2027-W30 26.07. 30: 0, 0", "2027-W31 02.08. 31: 0, 10", "2027-W32 09.08. 32: 12, 0"],
            table.Rows.Select(r => $"{r.Week} {r.Monday:dd.MM.} {r.Number}: {string.Join(", ", r.Hours)}"));
    }

    [Fact]
    public void A_horizon_across_the_new_year_names_its_weeks_as_Gaps_does()
    {
        var table = YearTable.Of(new GapHorizon("2026-W53", "2027-W02", 3, []));

        Assert.Empty(table.Categories);
        Assert.Equal(["2026-W53", "2027-W01", "2027-W02"], table.Rows.Select(r => r.Week));
        Assert.Equal(new DateOnly(2026, 12, 28), table.Rows[0].Monday);
    }
}
