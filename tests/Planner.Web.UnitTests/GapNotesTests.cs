using System.Globalization;
using Bunit;
using GutAusgestattet.PlannerWeb.Gaps;
using GutAusgestattet.PlannerWeb.ServiceClients;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.PlannerWeb.UnitTests;

/// <summary>The gap page's notes as a German planner reads them: offers of unknown occupancy, reserved places, and what a feature gap misses by name.</summary>
public sealed class GapNotesTests : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;
    private readonly BunitContext _context = new();

    public GapNotesTests()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");
        _context.Services.AddLocalization();
    }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _culture;
        _context.Dispose();
    }

    private static Gap Gap(GapKind kind, int unknownOffers = 0, int unknownPlaces = 0, IReadOnlyList<string>? missing = null, int reserved = 0) =>
        new(Guid.NewGuid(), $"kita:mitte:{kind.ToString().ToLowerInvariant()}", "kita", "mitte", kind, 4.5, 9, "Mo 08:00–10:00", 50, 0.5, 5, true, 1,
            DateTimeOffset.UtcNow, null, unknownOffers, unknownPlaces, missing, ReservedPlaces: reserved);

    private IRenderedComponent<GapNotes> Render(Gap gap) => _context.Render<GapNotes>(p => p.Add(n => n.Gap, gap));

    [Fact]
    public void A_capacity_gap_tells_for_how_many_offers_the_occupancy_is_unknown_and_how_many_they_could_take()
    {
        var notes = Render(Gap(GapKind.Capacity, unknownOffers: 2, unknownPlaces: 30));

        var text = notes.Find(".gap-unknown-occupancy").TextContent;
        Assert.Contains("Belegung bei 2 Angeboten unbekannt", text);
        // 30 places, but only 4.5 persons short: up to 4,5.
        Assert.Contains("Ihre 30 Plätze sind nicht als frei gezählt, die Lücke ist ohne sie berechnet. Wären sie frei, könnten sie bis zu 4,5 Personen aufnehmen.", text);
        Assert.Contains("Belegung bei 1 Angebot unbekannt", Render(Gap(GapKind.Capacity, unknownOffers: 1, unknownPlaces: 10)).Markup);
        Assert.Empty(notes.FindAll(".gap-missing"));
    }

    [Fact]
    public void A_capacity_gap_shows_the_reserved_places_apart_from_the_open_ones()
    {
        var notes = Render(Gap(GapKind.Capacity, reserved: 2));

        Assert.Equal("Dazu 2 freie Belegplätze: für Beschäftigte von Partnerunternehmen reserviert, nicht für alle offen. Die Lücke ist ohne sie "
            + "berechnet; die Beschäftigten, die ihr Unternehmen angegeben haben, werden zuerst mit ihnen versorgt.", notes.Find(".gap-reserved-places").TextContent);
        Assert.Empty(Render(Gap(GapKind.Capacity)).FindAll(".gap-reserved-places"));
    }

    [Fact]
    public void A_feature_gap_names_short_term_places_and_the_language_in_German()
    {
        var notes = Render(Gap(GapKind.Feature, missing: ["short-term", "da", "xx"]));

        Assert.Equal("Kein erreichbares Angebot bietet: Kurzzeitplätze, Dänisch, xx.", notes.Find(".gap-missing").TextContent);
        Assert.Empty(notes.FindAll(".gap-unknown-occupancy"));
    }

    [Fact]
    public void A_gap_without_notes_adds_nothing_to_the_page() =>
        Assert.Equal("", Render(Gap(GapKind.Time, missing: [])).Markup.Trim());
}
