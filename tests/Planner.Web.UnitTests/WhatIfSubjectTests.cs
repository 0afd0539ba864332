using GutAusgestattet.Contracts.V1;
using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.PlannerWeb.WhatIf;

namespace GutAusgestattet.PlannerWeb.UnitTests;

/// <summary>The what-if's choice: an offer by its id, or a new offer in a facility — and what Gaps is asked to compare for each.</summary>
public sealed class WhatIfSubjectTests
{
    private static readonly Facility Haus = new(Guid.Parse("0196a0e0-0000-7000-8000-000000000002"), null, "Haus am Park", "municipal", null, 49.452, 11.072, "mitte");

    private static readonly Offer Kita = new(Guid.Parse("0196a0e0-0000-7000-8000-000000000001"), null, 1, 2, new OfferState("Kita Sonnenschein", "kita", null, "mitte",
        new FacilityState(Haus.Id, "Haus am Park", "municipal", 49.452, 11.072), null, 10, 8, "Mo-Fr 07:00-17:00",
        [new WeeklyInterval(DayOfWeek.Monday, 420, 1020)], [], true, false, [], null, "active", null), []);

    private static readonly WeeklyInterval[] Evening = [new(DayOfWeek.Tuesday, 420, 1080)];

    [Fact]
    public void An_offers_id_chooses_the_offer_and_new_with_a_facilitys_id_a_new_offer_there()
    {
        Assert.Equal(new WhatIfSubject(Kita, null), WhatIfSubject.Read(Kita.Id.ToString(), [Kita], [Haus]));
        Assert.Equal(new WhatIfSubject(null, Haus), WhatIfSubject.Read(WhatIfSubject.NewAt(Haus), [Kita], [Haus]));
        Assert.Equal($"new:{Haus.Id}", WhatIfSubject.NewAt(Haus));
    }

    [Theory]
    [InlineData("0196a0e0-0000-7000-8000-0000000000ff")] // an offer of no one here (another municipality's, or withdrawn)
    [InlineData("new:0196a0e0-0000-7000-8000-0000000000ff")]
    [InlineData("new:Haus am Park")]
    [InlineData("kita")]
    public void A_choice_that_names_nothing_here_is_none(string choice) =>
        Assert.Null(WhatIfSubject.Read(choice, [Kita], [Haus]));

    [Fact]
    public void An_offer_keeps_its_occupied_places_and_its_own_category_a_new_one_is_all_free_where_its_facility_is()
    {
        var changed = new WhatIfSubject(Kita, null).Change("krippe", 12, Evening);
        Assert.Equal(new WhatIfChange(Kita.Id, 4, changed.Hours), changed);
        Assert.Equal([new WhatIfHours(DayOfWeek.Tuesday, "07:00", "18:00")], changed.Hours);

        var created = new WhatIfSubject(null, Haus).Change("krippe", 12, Evening);
        Assert.Equal(new WhatIfChange(null, 12, created.Hours, "krippe", "mitte", 49.452, 11.072), created);
        Assert.Empty(new WhatIfSubject(null, Haus).Today);
    }

    [Fact]
    public void An_offer_of_unknown_occupancy_supposes_no_place_free_gaps_keep_its_places_unknown()
    {
        var unknown = Kita with { State = Kita.State with { OccupiedPlaces = 0, OccupancyKnown = false } };

        var changed = new WhatIfSubject(unknown, null).Change(null, 12, Evening);

        Assert.Null(changed.FreePlaces);
        Assert.DoesNotContain("freePlaces", System.Text.Json.JsonSerializer.Serialize(changed, GutAusgestattet.ServiceDefaults.Http.ServiceCalls.Json));
    }
}
