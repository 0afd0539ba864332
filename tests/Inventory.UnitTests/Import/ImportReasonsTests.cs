using GutAusgestattet.Inventory.Areas;
using GutAusgestattet.Inventory.Facilities;
using GutAusgestattet.Inventory.Import;
using GutAusgestattet.Inventory.Offers;

namespace GutAusgestattet.Inventory.UnitTests.Import;

/// <summary>A row's reasons read as a planner would say them, and carry their code and arguments for a translation.</summary>
public class ImportReasonsTests
{
    private static readonly PlacedArea Altstadt = new("08", "Altstadt", 54.78, 9.43, null);

    [Fact]
    public void A_moved_area_names_both_codes_and_the_polygon()
    {
        var reason = ImportReasons.Area(PlacementBasis.Polygon, Altstadt, "03");

        Assert.Equal(("area.polygon", "area 03 → 08: inside Altstadt's polygon"), (reason.Code, reason.Text));
        Assert.Equal(["08", "Altstadt", "03"], reason.Arguments);
    }

    [Fact]
    public void A_new_facilitys_area_says_where_it_came_from()
    {
        Assert.Equal("area 08: nearest centre, no polygon contains the point", ImportReasons.Area(PlacementBasis.OutsidePolygons, Altstadt, null).Text);
        Assert.Equal("area 08: nearest centre, no area has an outline", ImportReasons.Area(PlacementBasis.NoOutlines, Altstadt, null).Text);
        Assert.Equal("area 08: given in the file", ImportReasons.Area(null, Altstadt, null).Text);
        Assert.Equal("", ImportReasons.Area(null, Altstadt, null).Arguments[2]);
    }

    [Fact]
    public void A_given_area_code_questioned_by_a_polygon_names_both()
    {
        Assert.Equal("area_code 03 given, but the point lies inside Altstadt's (08) polygon", ImportReasons.GivenElsewhere("03", Altstadt).Text);
    }

    [Fact]
    public void A_kept_correction_names_its_day_and_the_files_area()
    {
        var reason = ImportReasons.CorrectionKept("08", new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.FromHours(-2)), "03");

        Assert.Equal("area kept at 08, corrected by hand on 2026-12-02; the file's location lies in 03", reason.Text);
        Assert.Equal(["08", "2026-12-02", "03"], reason.Arguments);
    }

    [Fact]
    public void An_offers_changes_read_as_words_with_values_and_leave_the_facility_to_its_own_reasons()
    {
        var reasons = ImportReasons.OfferChanges([
            new FieldChange("places", "20", "25"),
            new FieldChange("openingHours", "\"Mo-Fr 07:00-16:00\"", "\"Mo-Fr 07:00-17:00\""),
            new FieldChange("languages", "[\"de\"]", "[\"de\",\"da\"]"),
            new FieldChange("feeNote", "null", "\"frei\""),
            new FieldChange("facility", "{}", "{\"name\":\"x\"}"),
            new FieldChange("areaCode", "\"03\"", "\"08\""),
        ]).ToList();

        Assert.Equal(["places 20 → 25", "opening hours Mo-Fr 07:00-16:00 → Mo-Fr 07:00-17:00", "languages de → de, da", "fee note (none) → frei"],
            reasons.Select(r => r.Text));
        Assert.Equal(["openingHours", "Mo-Fr 07:00-16:00", "Mo-Fr 07:00-17:00"], reasons[1].Arguments);
    }

    [Fact]
    public void A_facilitys_changed_columns_are_named_but_its_area_is_not()
    {
        var before = new Facility { TenantId = "t", Name = "Kita Nord", AreaCode = "03", Latitude = 54.5, Longitude = 9.5 };
        var after = new Facility { TenantId = "t", Name = "Kita Nordlicht", AreaCode = "08", Latitude = 54.5, Longitude = 9.55, Address = "Weg 1" };

        Assert.Equal(["name Kita Nord → Kita Nordlicht", "address (none) → Weg 1", "longitude 9.5 → 9.55"],
            ImportReasons.FacilityChanges(before, after).Select(r => r.Text));
    }

    [Theory]
    [InlineData(null, true, null, true)]
    [InlineData(null, false, null, false)]
    [InlineData(null, false, true, true)]
    [InlineData(null, true, false, false)]
    [InlineData("2026-12-01", false, null, true)]
    [InlineData("2026-12-01", false, false, false)]
    public void A_planners_area_change_is_a_correction_unless_the_request_hands_the_area_back(string? before, bool areaChanged, bool? correction, bool corrected)
    {
        var facility = new Facility { TenantId = "t", Name = "Kita", AreaCode = "08", AreaCorrectedAt = before is null ? null : DateTimeOffset.Parse(before) };
        var now = new DateTimeOffset(2026, 12, 7, 4, 0, 0, TimeSpan.Zero);

        facility.MarkAreaCorrection(areaChanged, correction, now);

        Assert.Equal(corrected, facility.AreaCorrectedAt is not null);
        if (before is not null && corrected) Assert.Equal(DateTimeOffset.Parse(before), facility.AreaCorrectedAt);
    }
}
