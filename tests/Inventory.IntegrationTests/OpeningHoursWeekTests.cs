using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static GutAusgestattet.Inventory.IntegrationTests.InventorySteps;

namespace GutAusgestattet.Inventory.IntegrationTests;

/// <summary>The planners' preview of opening hours reads a text exactly as an offer's registration would.</summary>
public sealed class OpeningHoursWeekTests(InventoryHost host) : IClassFixture<InventoryHost>
{
    [Fact]
    public async Task A_text_is_read_as_its_canonical_form_and_its_week_with_overnight_ranges_split_at_midnight()
    {
        var week = await Get(host.Planner(NewTenant()), "/api/opening-hours/week?openingHours=" + Uri.EscapeDataString("Mo,Tu 07:30-16:30; Su 22:00-06:00; PH off"));

        Assert.Equal("Mo-Tu 07:30-16:30; Su 22:00-06:00; PH off", week.GetProperty("openingHours").GetString());
        Assert.True(week.GetProperty("closedOnPublicHolidays").GetBoolean());
        var intervals = week.GetProperty("intervals").EnumerateArray()
            .Select(i => $"{i.GetProperty("day").GetString()} {i.GetProperty("fromMinute").GetInt32()}-{i.GetProperty("toMinute").GetInt32()}").ToList();
        Assert.Equal(["monday 0-360", "monday 450-990", "tuesday 450-990", "sunday 1320-1440"], intervals);
    }

    [Fact]
    public async Task A_text_the_inventory_would_refuse_is_refused_with_the_same_rule_at_the_field()
    {
        var planner = host.Planner(NewTenant());
        var response = await planner.GetAsync("/api/opening-hours/week?openingHours=" + Uri.EscapeDataString("Mo-Fr 08:00-25:00"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var rule = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("openingHours")[0].GetString();
        var offer = await planner.PostAsJsonAsync("/api/offers", Offer(await Facility(planner), "Mo-Fr 08:00-25:00"));
        Assert.Equal(rule, (await offer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("openingHours")[0].GetString());
    }

    [Fact]
    public async Task Only_a_planner_may_ask()
    {
        var response = await host.CreateClient().GetAsync("/api/opening-hours/week?openingHours=Mo-Fr%2008:00-16:00");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
