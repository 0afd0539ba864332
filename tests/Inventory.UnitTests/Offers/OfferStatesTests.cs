using GutAusgestattet.Inventory.Facilities;
using GutAusgestattet.Inventory.Offers;
using OpeningHoursValue = GutAusgestattet.Inventory.OpeningHours.OpeningHours;

namespace GutAusgestattet.Inventory.UnitTests.Offers;

public sealed class OfferStatesTests
{
    private static readonly Facility Facility = new() { Id = Guid.NewGuid(), TenantId = "09162000", Name = "Haus Nord", AreaCode = "nord" };

    private static OfferDetails Details(string hours) =>
        new(Facility.Id, "Gruppe 1", "kita", null, null, 20, 18, hours, [], false, ["de"], null);

    [Fact]
    public void A_new_offer_lists_every_field_but_the_derived_intervals()
    {
        var changes = OfferStates.Diff(null, OfferStates.Build(Details("Mo-Fr 07:00-17:00"), Facility, OfferStatus.Active, null));

        Assert.All(changes, change => Assert.Null(change.From));
        Assert.Contains(changes, change => change.Field == "openingHours" && change.To == "\"Mo-Fr 07:00-17:00\"");
        Assert.DoesNotContain(changes, change => change.Field == "openIntervals");
    }

    [Fact]
    public void Other_hours_change_the_opening_hours_only()
    {
        var before = OfferStates.Build(Details("Mo-Fr 07:00-17:00"), Facility, OfferStatus.Active, null);
        var after = OfferStates.Build(Details("Mo-Fr 08:00-16:00"), Facility, OfferStatus.Active, null);

        var change = Assert.Single(OfferStates.Diff(before, after));
        Assert.Equal(("openingHours", "\"Mo-Fr 07:00-17:00\"", "\"Mo-Fr 08:00-16:00\""), (change.Field, change.From, change.To));
        Assert.Empty(OfferStates.Diff(before, OfferStates.Build(Details("Mo-Fr 07:00-17:00"), Facility, OfferStatus.Active, null)));
    }

    [Fact]
    public void Holidays_off_travel_as_their_own_fields_and_a_change_of_them_is_a_change_of_the_hours()
    {
        var before = OfferStates.Build(Details("Mo-Fr 07:00-17:00; PH off"), Facility, OfferStatus.Active, null);
        var after = OfferStates.Build(Details("Mo-Fr 07:00-17:00; SH off; PH off"), Facility, OfferStatus.Active, null);

        Assert.Equal((true, false), (before.ClosedOnPublicHolidays, before.ClosedOnSchoolHolidays));
        Assert.Equal((true, true), (after.ClosedOnPublicHolidays, after.ClosedOnSchoolHolidays));
        Assert.Equal(["closedOnSchoolHolidays", "openingHours"], OfferStates.Diff(before, after).Select(c => c.Field).Order());
    }

    [Fact]
    public void States_of_the_same_hours_share_intervals_that_nobody_can_change()
    {
        var first = OfferStates.Build(Details("Mo-Th 06:30-18:00; Fr 06:30-14:00"), Facility, OfferStatus.Active, null);
        var second = OfferStates.Build(Details("Mo-Th 06:30-18:00; Fr 06:30-14:00"), Facility, OfferStatus.Active, null);

        Assert.Equal(OpeningHoursValue.Parse("Mo-Th 06:30-18:00; Fr 06:30-14:00").ToWeeklyIntervals(), second.OpenIntervals);
        Assert.Same(first.OpenIntervals, second.OpenIntervals);
        Assert.Throws<NotSupportedException>(() => ((IList<Contracts.V1.WeeklyInterval>)second.OpenIntervals).Clear());
    }
}
