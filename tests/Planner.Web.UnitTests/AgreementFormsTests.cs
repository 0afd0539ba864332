using GutAusgestattet.Contracts.V1;
using GutAusgestattet.PlannerWeb.Agreements;
using GutAusgestattet.PlannerWeb.Forms;
using GutAusgestattet.PlannerWeb.ServiceClients;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace GutAusgestattet.PlannerWeb.UnitTests;

/// <summary>The agreement form: what a planner typed, read into Partners' terms and the gaps service's what-if, and refusals back at the fields.</summary>
public sealed class AgreementFormsTests
{
    private static readonly Guid OfferId = Guid.Parse("0196a0e0-0000-7000-8000-000000000001");
    private static readonly Guid FacilityId = Guid.Parse("0196a0e0-0000-7000-8000-000000000002");

    private static readonly Offer Kita = new(OfferId, null, 1, 2, new OfferState("Kita Sonnenschein", "kita", null, "mitte",
        new FacilityState(FacilityId, "Haus", "municipal", 49.45, 11.07), null, 10, 8, "Mo-Fr 07:00-17:00",
        [new WeeklyInterval(DayOfWeek.Monday, 420, 1020)], [], true, false, [], null, "active", null), []);

    private static AgreementForm Posted(params (string Name, string Value)[] fields) =>
        AgreementForm.Read(new FormCollection(fields.GroupBy(f => f.Name).ToDictionary(g => g.Key, g => new StringValues([.. g.Select(f => f.Value)]))));

    private static readonly (string, string)[] Filled =
    [
        ("kind", "extendedHours"), ("partners", "0196a0e0-0000-7000-8000-0000000000aa"), ("gaps", "kita:mitte:time"), ("gaps", "kita:nord:time"),
        ("change", $"offer:{OfferId}"), ("category", ""), ("name", " "), ("addedPlaces", "2"), ("openingHours", " Mo-Fr 06:00-17:00 "),
        ("from", "2027-01-04"), ("until", ""), ("funding", " Firma trägt die Randzeit "),
    ];

    [Fact]
    public void An_extended_offer_keeps_its_category_and_the_terms_carry_what_was_typed_trimmed()
    {
        var form = Posted(Filled);

        var terms = form.ToTerms(Kita, out var rules);

        Assert.Empty(rules);
        Assert.Equal(["kita:mitte:time", "kita:nord:time"], form.Gaps);
        Assert.Equal(new CooperationTerms(OfferId, null, "kita", null, 2, "Mo-Fr 06:00-17:00", null, new DateOnly(2027, 1, 4), null, "Firma trägt die Randzeit"), terms);
    }

    [Fact]
    public void Every_rule_the_typed_text_breaks_is_named_at_its_field_and_no_terms_are_made()
    {
        var form = Posted(("kind", "gift"), ("change", $"facility:{FacilityId}"), ("category", ""), ("addedPlaces", "zwei"), ("openingHours", ""),
            ("from", "morgen"), ("until", "2026-01-01"));

        Assert.Null(form.ToTerms(null, out var rules));
        Assert.Equal(["kind", "partners", "gaps", "category", "openingHours", "addedPlaces", "from"], rules.Select(r => r.FieldId));
        Assert.Equal("Agreement_NewOfferHoursRule", rules.Single(r => r.FieldId == "openingHours").Text);
    }

    [Theory]
    [InlineData("", "Agreement_ChangeRule")]
    [InlineData("offer:kein-guid", "Agreement_ChangeRule")]
    public void An_agreement_changes_an_offer_or_creates_one(string change, string rule)
    {
        var form = Posted([.. Filled.Where(f => f.Item1 != "change"), ("change", change)]);

        Assert.Null(form.ToTerms(null, out var rules));
        Assert.Equal(new InputRule("change", rule), Assert.Single(rules));
    }

    [Fact]
    public void An_end_before_the_start_is_refused_at_the_end()
    {
        var form = Posted([.. Filled.Where(f => f.Item1 != "until"), ("until", "2027-01-03")]);

        Assert.Null(form.ToTerms(Kita, out var rules));
        Assert.Equal(new InputRule("until", "Agreement_UntilRule"), Assert.Single(rules));
    }

    [Fact]
    public void The_outreach_brings_its_partner_its_gaps_and_their_category()
    {
        var partner = Guid.NewGuid();
        var outreach = new OutreachCase(Guid.NewGuid(), partner, "Nah Logistik", ["kita:mitte:time"], "agreed", [], null, null, null, DateTimeOffset.UtcNow, null);

        var form = AgreementForm.For(outreach);

        Assert.Equal([partner.ToString()], form.Partners);
        Assert.Equal(["kita:mitte:time"], form.Gaps);
        Assert.Equal("kita", form.Category);
    }

    [Theory]
    [InlineData("kind", "kind")]
    [InlineData("partnerIds[1]", "partners")]
    [InlineData("gapKeys", "gaps")]
    [InlineData("gapKeys[0]", "gaps")]
    [InlineData("terms.offerId", "change")]
    [InlineData("terms.openingHours", "openingHours")]
    [InlineData("terms.until", "until")]
    [InlineData("outreachId", "kind")]
    public void Partners_refusal_lands_at_the_control_it_is_about(string field, string fieldId) =>
        Assert.Equal(fieldId, AgreementForm.FieldIdOf(field));

    [Fact]
    public void The_what_if_of_an_extended_offer_counts_the_added_places_as_free_and_takes_the_agreed_hours()
    {
        var terms = new CooperationTerms(OfferId, null, "kita", null, 2, "Mo 06:00-17:00", null, new DateOnly(2027, 1, 4), null, null);
        var week = new OpeningHoursWeek("Mo 06:00-17:00", true, [new WeeklyInterval(DayOfWeek.Monday, 360, 1020)]);

        var change = AgreementEffect.Change(terms, Kita, null, week);

        Assert.Equal((OfferId, 4), (change.OfferId, change.FreePlaces));
        Assert.Equal([new WhatIfHours(DayOfWeek.Monday, "06:00", "17:00")], change.Hours);
        // Hours left as they are: the offer's own.
        Assert.Equal([new WhatIfHours(DayOfWeek.Monday, "07:00", "17:00")], AgreementEffect.Change(terms with { OpeningHours = null }, Kita, null, null).Hours);
    }

    [Fact]
    public void The_what_if_of_a_new_offer_places_it_at_its_facility_with_its_category()
    {
        var facility = new Facility(FacilityId, null, "Betriebsgelände Nah", "company", null, 49.452, 11.072, "mitte");
        var terms = new CooperationTerms(null, FacilityId, "krippe", "Betriebskrippe", 12, "Mo-Fr 06:30-18:00", null, new DateOnly(2027, 1, 4), null, null);
        var week = new OpeningHoursWeek("Mo-Fr 06:30-18:00", true, [new WeeklyInterval(DayOfWeek.Tuesday, 390, 1080)]);

        var change = AgreementEffect.Change(terms, null, facility, week);

        Assert.Equal(new WhatIfChange(null, 12, change.Hours, "krippe", "mitte", 49.452, 11.072), change);
        Assert.Equal([new WhatIfHours(DayOfWeek.Tuesday, "06:30", "18:00")], change.Hours);
    }

    [Fact]
    public void Only_the_chosen_gaps_that_close_count_as_closed_by_the_agreement()
    {
        GapOutcome Outcome(string key, string outcome) => new(key, "kita", key.Split(':')[1], GapKind.Time, outcome, null, null);
        var result = new WhatIfResult([Outcome("kita:mitte:time", "closes"), Outcome("kita:nord:time", "shrinks"), Outcome("kita:sued:time", "closes")], 1, 2);

        Assert.Equal(1, AgreementEffect.Closing(result, ["kita:mitte:time", "kita:nord:time"]));
    }
}
