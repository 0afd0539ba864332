using GutAusgestattet.Contracts.V1;
using GutAusgestattet.PlannerWeb.Facilities;
using GutAusgestattet.PlannerWeb.Forms;
using GutAusgestattet.PlannerWeb.Offers;
using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace GutAusgestattet.PlannerWeb.UnitTests;

/// <summary>The facility and offer forms: what a planner typed, read into Inventory's requests, and Inventory's refusals back at the fields.</summary>
public sealed class InventoryFormsTests
{
    private static readonly Guid Facility = Guid.Parse("0190c1d2-0000-7000-8000-000000000001");

    private static FormCollection Posted(params (string Name, string Value)[] fields) =>
        new(fields.GroupBy(f => f.Name).ToDictionary(g => g.Key, g => new StringValues([.. g.Select(f => f.Value)])));

    private static FormCollection OfferPost(params (string Name, string Value)[] more) => Posted([
        ("facility", Facility.ToString()), ("name", " Gruppe Igel "), ("category", "kita"), ("tenantCategory", ""), ("places", "1.200"), ("occupiedPlaces", "3"),
        ("openingHours", "Mo-Fr 07:00-17:00"), ("ageFrom", ""), ("ageTo", ""), ("languages", "de, pl;en"), ("feeNote", " "), ("effectiveFrom", ""), .. more]);

    [Fact]
    public void An_offer_form_becomes_the_request_with_German_numbers_languages_and_the_filled_closure_rows_only()
    {
        var form = OfferForm.Read(OfferPost(
            ("shortTerm", "true"),
            ("closures[0].from", "2027-08-02"), ("closures[0].to", "2027-08-20"), ("closures[0].reason", "Sommerschließung"),
            ("closures[1].from", "2027-05-01"), ("closures[1].to", "2027-05-01"), ("closures[1].reason", ""), ("closures[1].remove", "true"),
            ("closures[2].from", ""), ("closures[2].to", ""), ("closures[2].reason", ""),
            ("closures[3].from", "24.12.2027"), ("closures[3].to", ""), ("closures[3].reason", " ")));

        var change = form.ToChange(out var rules, out var sentRows);

        Assert.Empty(rules);
        Assert.Equal([0, 3], sentRows);
        Assert.Equal(new OfferChange(Facility, "Gruppe Igel", "kita", 1200, 3, "Mo-Fr 07:00-17:00", true, null, null, change!.Closures, change.Languages, null, null), change);
        Assert.Equal([new ClosurePeriod(new DateOnly(2027, 8, 2), new DateOnly(2027, 8, 20), "Sommerschließung"),
                      new ClosurePeriod(new DateOnly(2027, 12, 24), new DateOnly(2027, 12, 24))], change.Closures);
        Assert.Equal(["de", "pl", "en"], change.Languages);
    }

    [Fact]
    public void What_cannot_be_read_is_named_at_its_field_and_nothing_is_sent()
    {
        var form = OfferForm.Read(Posted(("facility", ""), ("places", "zehn"), ("occupiedPlaces", "-1"), ("ageFrom", "12"), ("ageTo", ""),
            ("effectiveFrom", "morgen"), ("closures[0].from", "2027-13-01"), ("closures[0].to", "bald"), ("closures[0].reason", "")));

        Assert.Null(form.ToChange(out var rules, out _));
        Assert.Equal(
            [new InputRule("facility", "Offer_FacilityMissing"), new InputRule("places", "Offer_NumberRule"), new InputRule("occupiedPlaces", "Offer_NumberRule"),
             new InputRule("ageTo", "Offer_AgeRule"), new InputRule("effectiveFrom", "Offer_DateRule"),
             new InputRule("closure-0-from", "Offer_DateRule"), new InputRule("closure-0-to", "Offer_DateRule")],
            rules);
        // Shown again exactly as typed.
        Assert.Equal(("zehn", "morgen", "bald"), (form.Places, form.EffectiveFrom, form.Closures[0].To));
    }

    [Fact]
    public void An_offer_is_shown_in_the_form_with_its_closures_and_two_blank_rows_to_add_more()
    {
        var state = new OfferState("Gruppe Igel", "krippe", "Großtagespflege", "mitte", new FacilityState(Facility, "Haus", "municipal", 49.45, 11.07),
            new AgeRange(12, 36), 1200, 4, "Mo-Fr 07:00-17:00", [], [new ClosurePeriod(new DateOnly(2027, 8, 2), new DateOnly(2027, 8, 20), "Sommer")],
            true, false, ["de", "tr"], "einkommensabhängig", "planned", new DateOnly(2027, 1, 1));

        var form = OfferForm.Of(state);

        Assert.Equal((Facility.ToString(), "1.200", "4", "12", "36", "de, tr", "2027-01-01"),
            (form.FacilityId, form.Places, form.OccupiedPlaces, form.AgeFrom, form.AgeTo, form.Languages, form.EffectiveFrom));
        Assert.Equal([new ClosureRow("2027-08-02", "2027-08-20", "Sommer"), ClosureRow.Blank, ClosureRow.Blank], form.ClosureRows);
        // Read back unchanged, it asks for the same offer.
        var again = form.ToChange(out var rules, out _);
        Assert.Empty(rules);
        Assert.Equal((1200, 4, new AgeRange(12, 36), "Großtagespflege", "einkommensabhängig"), (again!.Places, again.OccupiedPlaces, again.Ages, again.TenantCategory, again.FeeNote));
    }

    [Fact]
    public void An_offer_of_unknown_occupancy_shows_an_empty_field_and_saved_as_it_is_stays_unknown()
    {
        var state = new OfferState("Kita Regenbogen", "kita", null, "mitte", new FacilityState(Facility, "Haus", "welfare", 49.45, 11.07),
            null, 75, 0, "Mo-Fr 07:00-17:00", [], [], false, false, [], null, "active", null, OccupancyKnown: false);

        var form = OfferForm.Of(state);

        Assert.Equal("", form.OccupiedPlaces);
        var again = form.ToChange(out var rules, out _);
        Assert.Empty(rules);
        Assert.Null(again!.OccupiedPlaces);
        // Once the planner types a number, it is known.
        Assert.Equal(0, (form with { OccupiedPlaces = "0" }).ToChange(out _, out _)!.OccupiedPlaces);
    }

    [Theory]
    [InlineData("openingHours", "openingHours")]
    [InlineData("ages.toMonths", "ageTo")]
    [InlineData("facilityId", "facility")]
    [InlineData("languages[1]", "languages")]
    [InlineData("closures[1].to", "closure-3-to")]
    [InlineData("closures[0].reason", "closure-0-reason")]
    [InlineData("key", "name")]
    public void Inventorys_refusal_lands_at_the_control_it_is_about(string field, string fieldId) =>
        Assert.Equal(fieldId, OfferForm.FieldIdOf(field, [0, 3]));

    [Fact]
    public void A_refusal_keeps_Inventorys_words_for_each_field()
    {
        var problem = new ServiceProblem("One or more validation errors occurred.", null,
            new Dictionary<string, string[]> { ["latitude"] = ["Latitude must lie", "between -90 and 90."], ["areaCode"] = ["Unknown area."] });

        Assert.Equal([new InputRule("latitude", "Inventory_Refused", "Latitude must lie between -90 and 90."), new InputRule("areaCode", "Inventory_Refused", "Unknown area.")],
            InputRules.Of(problem, FacilityForm.FieldIdOf));
    }

    [Fact]
    public void A_facility_form_reads_degrees_with_comma_or_point_and_names_what_is_no_number()
    {
        var good = FacilityForm.Read(Posted(("name", " Haus Mitte "), ("operatorType", "welfare"), ("address", ""), ("latitude", "49,4521"), ("longitude", "11.0767"), ("areaCode", "mitte")));
        Assert.Equal(new FacilityChange("Haus Mitte", "welfare", 49.4521, 11.0767, "mitte", null), good.ToChange(out var none));
        Assert.Empty(none);

        var bad = FacilityForm.Read(Posted(("name", "Haus"), ("operatorType", "welfare"), ("latitude", "Nord"), ("longitude", ""), ("areaCode", "mitte")));
        Assert.Null(bad.ToChange(out var rules));
        Assert.Equal([new InputRule("latitude", "Facility_DegreesRule"), new InputRule("longitude", "Facility_DegreesRule")], rules);

        var shown = FacilityForm.Of(new Facility(Facility, null, "Haus", "private", null, 49.4521, 11.0767, "mitte"));
        Assert.Equal(("49,4521", "11,0767", ""), (shown.Latitude, shown.Longitude, shown.Address));
        Assert.Equal(("areaCode", "name"), (FacilityForm.FieldIdOf("areaCode"), FacilityForm.FieldIdOf("key")));
    }

    [Fact]
    public void An_unknown_occupancy_is_sent_as_null_as_inventory_requires_the_field_while_other_nulls_are_left_out()
    {
        var change = new OfferChange(Facility, "Kita", "kita", 20, null, "Mo-Fr 08:00-16:00", false, null, null, [], [], null, null);

        var json = System.Text.Json.JsonSerializer.Serialize(change, ServiceCalls.Json);

        Assert.Contains("\"occupiedPlaces\":null", json);
        Assert.DoesNotContain("\"feeNote\"", json);
    }
}
