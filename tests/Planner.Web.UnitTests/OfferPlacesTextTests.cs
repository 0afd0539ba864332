using System.Globalization;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.PlannerWeb.Gaps;
using GutAusgestattet.PlannerWeb.Localization;
using GutAusgestattet.PlannerWeb.ServiceClients;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GutAusgestattet.PlannerWeb.UnitTests;

/// <summary>An offer's places in the offers tables: free of all, and the places reserved for partners' staff apart, as the gaps count them.</summary>
public sealed class OfferPlacesTextTests
{
    private static readonly IStringLocalizer<Texts> T =
        new StringLocalizer<Texts>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static Offer Kita(IReadOnlyList<ReservedPlaces>? reserved) => new(Guid.NewGuid(), null, 1, 2, new OfferState("Kita Sonnenschein", "kita", null, "mitte",
        new FacilityState(Guid.NewGuid(), "Haus", "municipal", 49.45, 11.07), null, 12, 10, "Mo-Fr 07:00-17:00",
        [new WeeklyInterval(DayOfWeek.Monday, 420, 1020)], [], true, false, [], null, "active", null, Reserved: reserved), []);

    [Fact]
    public void Reserved_places_are_named_after_the_free_places()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");
        Assert.Equal("2 von 12", GapNames.FreePlaces(Kita(null), T));
        Assert.Equal("2 von 12; 3 Belegplätze (nur für Beschäftigte von Partnern)",
            GapNames.FreePlaces(Kita([new ReservedPlaces(Guid.NewGuid(), [Guid.NewGuid()], 2), new ReservedPlaces(Guid.NewGuid(), [Guid.NewGuid()], 1)]), T));

        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        Assert.Equal("2 of 12; 2 reserved places (for partners' staff only)", GapNames.FreePlaces(Kita([new ReservedPlaces(Guid.NewGuid(), [Guid.NewGuid()], 2)]), T));
    }
}
