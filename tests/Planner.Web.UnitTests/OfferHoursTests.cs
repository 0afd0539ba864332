using GutAusgestattet.Contracts.V1;
using GutAusgestattet.PlannerWeb.Imports;
using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.PlannerWeb.WhatIf;

namespace GutAusgestattet.PlannerWeb.UnitTests;

public sealed class OfferHoursTests
{
    private static readonly WeeklyInterval[] Week =
    [
        new(DayOfWeek.Monday, 0, 360), new(DayOfWeek.Monday, 780, 1020), new(DayOfWeek.Monday, 450, 720), new(DayOfWeek.Sunday, 1320, 1440),
    ];

    [Fact]
    public void The_gaps_service_gets_every_interval_with_midnight_as_24_00()
    {
        Assert.Equal(
            [new WhatIfHours(DayOfWeek.Monday, "00:00", "06:00"), new WhatIfHours(DayOfWeek.Monday, "13:00", "17:00"),
             new WhatIfHours(DayOfWeek.Monday, "07:30", "12:00"), new WhatIfHours(DayOfWeek.Sunday, "22:00", "24:00")],
            OfferHours.ForGaps(Week));
    }

    [Fact]
    public void A_day_reads_in_time_order_and_a_closed_day_is_empty()
    {
        Assert.Equal("00:00–06:00, 07:30–12:00, 13:00–17:00", OfferHours.OfDay(Week, DayOfWeek.Monday));
        Assert.Equal("", OfferHours.OfDay(Week, DayOfWeek.Tuesday));
        Assert.Equal([(1320, 1440)], OfferHours.Spans(Week, DayOfWeek.Sunday));
    }

    [Fact]
    public void A_change_keeps_the_offer_and_never_occupies_more_places_than_it_has()
    {
        var offer = new OfferState("Kita Sonnenblume", "kita", "Ü3", "mitte", new FacilityState(Guid.NewGuid(), "Haus", "welfare", 49.4, 11.0),
            new AgeRange(36, 72), 20, 15, "Mo-Fr 08:00-16:00", [], [], true, true, ["de", "tr"], "einkommensabhängig", "active", null);

        var change = OfferChange.Of(offer, "Mo-Fr 08:00-18:00", 10, new DateOnly(2027, 1, 4));

        Assert.Equal((offer.Facility.FacilityId, "Kita Sonnenblume", "Ü3", 10, 10, "Mo-Fr 08:00-18:00"),
            (change.FacilityId, change.Name, change.TenantCategory, change.Places, change.OccupiedPlaces, change.OpeningHours));
        Assert.Equal((offer.Ages, offer.Languages, offer.FeeNote, true), (change.Ages, change.Languages, change.FeeNote, change.TakesShortTermPlacements));
    }

    [Theory]
    [InlineData("kitas.csv", ImportSubject.Offers, "text/csv")]
    [InlineData("Ortsteile.CSV", ImportSubject.Areas, "text/csv")]
    [InlineData("export.geojson", ImportSubject.Areas, "application/geo+json")]
    [InlineData("overpass.json", ImportSubject.Offers, "application/geo+json")]
    [InlineData("kitas.xlsx", ImportSubject.Offers, null)]
    [InlineData("kitas", ImportSubject.Offers, null)]
    [InlineData("partner.csv", ImportSubject.Partners, "text/csv")]
    [InlineData("partner.geojson", ImportSubject.Partners, null)]
    public void An_upload_is_read_by_its_extension(string fileName, ImportSubject subject, string? mediaType) =>
        Assert.Equal(mediaType, ImportUpload.MediaTypeOf(fileName, subject));
}
