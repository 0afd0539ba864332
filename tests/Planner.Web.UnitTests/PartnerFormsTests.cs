using GutAusgestattet.PlannerWeb.Contacts;
using GutAusgestattet.PlannerWeb.Forms;
using GutAusgestattet.PlannerWeb.Gaps;
using GutAusgestattet.PlannerWeb.Partners;
using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace GutAusgestattet.PlannerWeb.UnitTests;

/// <summary>The partner and contact forms: what a planner typed, read into Partners' requests, and Partners' refusals back at the fields.</summary>
public sealed class PartnerFormsTests
{
    private static FormCollection Posted(params (string Name, string Value)[] fields) =>
        new(fields.ToDictionary(f => f.Name, f => new StringValues(f.Value)));

    private static (string, string)[] Site(int row, string address, string latitude, string employees = "", string incomings = "", string remove = "") =>
    [
        ($"sites[{row}].name", ""), ($"sites[{row}].address", address), ($"sites[{row}].postalCode", address.Length == 0 ? "" : "90402"),
        ($"sites[{row}].latitude", latitude), ($"sites[{row}].longitude", latitude.Length == 0 ? "" : "11,07"), ($"sites[{row}].areaCode", ""),
        ($"sites[{row}].employees", employees), ($"sites[{row}].incomings", incomings), ($"sites[{row}].outgoings", ""), ($"sites[{row}].remove", remove),
    ];

    [Fact]
    public void A_partner_form_becomes_the_request_with_German_numbers_the_filled_site_rows_only_and_empty_counts_as_zero()
    {
        var form = PartnerForm.Read(Posted([("kind", "association"), ("name", " Caritas Mitte "), ("tradeRegisterNumber", " "), ("sector", " 88 "),
            .. Site(0, "Hafenstraße 1", "49,43", "1.200", "60"), .. Site(1, "Alter Weg 2", "49.4", remove: "true"), .. Site(2, "", ""), .. Site(3, "Ring 3", "49.45")]));

        var change = form.ToChange(out var rules, out var sentRows);

        Assert.Empty(rules);
        Assert.Equal([0, 3], sentRows);
        Assert.Equal(("Caritas Mitte", "association", (string?)null, "88"), (change!.Name, change.Kind, change.TradeRegisterNumber, change.Sector));
        Assert.Equal([new PartnerSite(null, "Hafenstraße 1", "90402", 49.43, 11.07, null, 1200, 60, 0), new PartnerSite(null, "Ring 3", "90402", 49.45, 11.07, null, 0, 0, 0)],
            change.Sites);
    }

    [Fact]
    public void What_cannot_be_read_is_named_at_its_sites_field_and_nothing_is_sent()
    {
        var form = PartnerForm.Read(Posted([("kind", "company"), ("name", "Nah Logistik"), ("sector", "H"), .. Site(0, "Weg 1", "Nord", "viele")]));

        Assert.Null(form.ToChange(out var rules, out _));
        Assert.Equal([new InputRule("site-0-latitude", "Facility_DegreesRule"), new InputRule("site-0-employees", "Offer_NumberRule")], rules);
        // Shown again exactly as typed, with a blank row to add one more.
        Assert.Equal(("Nord", "viele"), (form.SiteRows[0].Latitude, form.SiteRows[0].Employees));
        Assert.Equal(SiteRow.Blank, form.SiteRows[^1]);
    }

    [Theory]
    [InlineData("sector", "sector")]
    [InlineData("tradeRegisterNumber", "tradeRegisterNumber")]
    [InlineData("sites[1].latitude", "site-3-latitude")]
    [InlineData("sites[0].incomings", "site-0-incomings")]
    [InlineData("key", "name")]
    public void Partners_refusal_lands_at_the_control_it_is_about(string field, string fieldId) =>
        Assert.Equal(fieldId, PartnerForm.FieldIdOf(field, [0, 3]));

    [Fact]
    public void A_partner_is_shown_in_the_form_with_its_sites_in_German_writing()
    {
        var partner = new Partner(Guid.NewGuid(), "hr:HRB 4711", "company", "Nah Logistik", "HRB 4711", "52", "H", "Verkehr und Lagerei",
            [new PartnerSite("Werk", "Hafenstraße 1", "90441", 49.43, 11.05, "hafen", 1500, 60, 10)], 1500, 60, 10, DateTimeOffset.UnixEpoch);

        var form = PartnerForm.Of(partner);

        Assert.Equal(new SiteRow("Werk", "Hafenstraße 1", "90441", "49,43", "11,05", "hafen", "1.500", "60", "10"), form.SiteRows[0]);
        Assert.Equal(partner.Sites, form.ToChange(out _, out _)!.Sites);
    }

    [Fact]
    public void A_contact_form_sends_blank_fields_as_absent_and_names_a_date_it_cannot_read()
    {
        var good = ContactForm.Read(Posted(("name", " Anna Schmidt "), ("role", ""), ("email", "anna@example.de"), ("phone", " "), ("legalBasis", "consent"), ("basisDate", "15.01.2026")));
        Assert.Equal(new ContactChange("Anna Schmidt", null, "anna@example.de", null, "consent", new DateOnly(2026, 1, 15)), good.ToChange(out var none));
        Assert.Empty(none);

        var bad = ContactForm.Read(Posted(("name", "Anna"), ("legalBasis", "whim"), ("basisDate", "gestern")));
        Assert.Null(bad.ToChange(out var rules));
        Assert.Equal([new InputRule("basisDate", "Offer_DateRule")], rules);
        Assert.Null(ContactForm.Read(Posted(("name", "Anna"), ("legalBasis", "whim"))).ToChange(out _)!.LegalBasis);
        Assert.Equal(("basisDate", "legalBasis", "name"), (ContactForm.FieldIdOf("basisDate"), ContactForm.FieldIdOf("legalBasis"), ContactForm.FieldIdOf("partnerId")));
    }

    [Fact]
    public void A_refusal_of_Partners_says_so_at_the_field()
    {
        var problem = new ServiceProblem(null, null, new Dictionary<string, string[]> { ["basisDate"] = ["With consent, the date of the consent is required."] });

        Assert.Equal([new InputRule("basisDate", "Partners_Refused", "With consent, the date of the consent is required.")],
            InputRules.Of(problem, ContactForm.FieldIdOf, "Partners_Refused"));
    }

    [Theory]
    [InlineData("kita:mitte:time", "kita", "mitte", GapKind.Time)]
    [InlineData("tagespflege:alt-stadt:capacity", "tagespflege", "alt-stadt", GapKind.Capacity)]
    public void A_gap_key_names_category_area_and_kind(string key, string category, string area, GapKind kind) =>
        Assert.Equal<(string, string, GapKind)?>((category, area, kind), GapKeys.Parse(key));

    [Theory]
    [InlineData("kita:mitte")]
    [InlineData("kita:mitte:evening")]
    [InlineData("kita:mitte:1")]
    [InlineData(":mitte:time")]
    public void A_key_of_another_form_is_not_read(string key) => Assert.Null(GapKeys.Parse(key));

    [Fact]
    public void A_gap_key_stands_for_the_latest_life_of_its_gap()
    {
        Gap Life(DateTimeOffset at, bool open) =>
            new(Guid.NewGuid(), "kita:mitte:time", "kita", "mitte", GapKind.Time, 3, 10, "Mo 08:00-10:00", 20, 0.5, 5, open, 1, at, open ? null : at.AddDays(1));
        var (earlier, later) = (Life(DateTimeOffset.UnixEpoch, false), Life(DateTimeOffset.UnixEpoch.AddDays(30), true));

        var keys = GapKeys.From([later, earlier], AreaNames.None, null!);

        Assert.Same(later, keys.Find("kita:mitte:time"));
        Assert.Null(keys.Find("kita:hafen:time"));
    }
}
