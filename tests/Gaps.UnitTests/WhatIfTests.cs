using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.WhatIf;

namespace GutAusgestattet.Gaps.UnitTests;

public sealed class WhatIfTests
{
    private static readonly AreaInput Area = new("a", 49.45, 11.07);

    private static SlotRange Monday(int fromHour, int toHour) => new(fromHour * 4, toHour * 4);

    private static TenantInput Today(params OfferInput[] offers) => new([Area], offers,
        [new NeedInput(Guid.NewGuid(), "krippe", "a", 2, [Monday(6, 8)], false, []), new NeedInput(Guid.NewGuid(), "krippe", "a", 1, [Monday(6, 8)], false, [])],
        new Dictionary<string, double>());

    [Fact]
    public void Opening_an_hour_earlier_closes_the_time_gap_and_covers_its_persons_and_hours()
    {
        // 3 children need Monday 06:00–08:00; the Krippe opens at 07:00 with 2 free places:
        // time gap 06–07 (3 persons, 3 h), capacity gap 07–08 (1 person, 1 h).
        var krippe = new OfferInput(Guid.NewGuid(), "krippe", "a", 49.45, 11.07, 2, [Monday(7, 16)], false, []);
        var earlier = new OfferEdit(krippe.OfferId, Open: [Monday(6, 16)]);
        var oneMore = new OfferEdit(krippe.OfferId, FreePlaces: 3);

        var result = WhatIfAnalysis.Evaluate(Today(krippe), [earlier, oneMore]);

        Assert.Equal([("krippe:a:capacity", "closes"), ("krippe:a:time", "closes")], result.Gaps.Select(g => (g.Key, g.Outcome)));
        // Alone, opening earlier leaves a shortfall of 1 in both hours: 4 − 2 person-hours covered, the peak down from 3 to 1.
        Assert.Equal((2.0, 2.0), (result.Changes[0].PersonsCovered, result.Changes[0].PersonHoursCovered));
        // Alone, a third place closes 07–08 only: peak 3 stays (06–07), 1 person-hour covered.
        Assert.Equal((0.0, 1.0), (result.Changes[1].PersonsCovered, result.Changes[1].PersonHoursCovered));
        Assert.Equal((3.0, 4.0), (result.PersonsCovered, result.PersonHoursCovered));
    }

    [Fact]
    public void A_new_offer_elsewhere_leaves_the_gap_and_withdrawing_the_only_one_opens_a_content_gap()
    {
        var krippe = new OfferInput(Guid.NewGuid(), "krippe", "a", 49.45, 11.07, 5, [Monday(6, 16)], false, []);
        var farAway = new OfferEdit(null, "krippe", "a", 50.45, 11.07, 10, [Monday(6, 16)]);
        Assert.Empty(WhatIfAnalysis.Evaluate(Today(krippe), [farAway]).Gaps);

        var withdrawn = WhatIfAnalysis.Evaluate(Today(krippe), [new OfferEdit(krippe.OfferId, Withdraw: true)]);
        Assert.Equal(("krippe:a:content", "opens", 6.0), (withdrawn.Gaps[0].Key, withdrawn.Gaps[0].Outcome, withdrawn.Gaps[0].After!.PersonHours));
    }

    [Fact]
    public void Hours_that_end_before_they_start_run_overnight_and_bad_changes_name_their_field()
    {
        var krippe = new OfferInput(Guid.NewGuid(), "krippe", "a", 49.45, 11.07, 5, [Monday(6, 16)], false, []);
        var (valid, edits) = WhatIfRules.Read(new WhatIfRequest(Changes: [new OfferChangeRequest(krippe.OfferId, Hours: [new HoursRequest(DayOfWeek.Sunday, "22:00", "06:00")])]), Today(krippe));
        Assert.True(valid.IsValid);
        Assert.Equal("Mo 00:00–06:00; So 22:00–24:00", SlotSet.Of(edits![0].Open!).ToString());

        var (invalid, none) = WhatIfRules.Read(new WhatIfRequest(Changes:
        [
            new OfferChangeRequest(Guid.NewGuid()),
            new OfferChangeRequest(Category: "schwimmbad", AreaCode: "b", Latitude: 91, Longitude: 11, FreePlaces: -1, Hours: [new HoursRequest(DayOfWeek.Monday, "25:00", "06:00")]),
        ]), Today(krippe));
        Assert.Null(none);
        Assert.Equal(["changes[0].offerId", "changes[1].areaCode", "changes[1].category", "changes[1].freePlaces", "changes[1].hours[0].from", "changes[1].latitude"],
            invalid.Errors.Keys.Order());
    }
}
