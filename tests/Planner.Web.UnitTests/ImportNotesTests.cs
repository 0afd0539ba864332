using System.Globalization;
using Bunit;
using GutAusgestattet.PlannerWeb.Imports;
using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.ServiceDefaults.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.PlannerWeb.UnitTests;

/// <summary>The import page's notes on an offer import, rendered in German as a planner sees them.</summary>
public sealed class ImportNotesTests : BunitContext
{
    private readonly (CultureInfo, CultureInfo) before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    public ImportNotesTests()
    {
        Services.AddLocalization();
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
    }

    // The culture is the thread's: give it back, so no later test on this thread renders in German by chance.
    protected override void Dispose(bool disposing)
    {
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        base.Dispose(disposing);
    }

    [Fact]
    public void Warnings_unknown_operators_and_rows_with_several_offers_are_listed_in_German()
    {
        var report = Report(
            warnings: [new ImportWarning(null, 0, "properties.opening_hours", "'07:30-16:30' names no weekdays: read as Mo-Fr 07:30-16:30")],
            operators: [new UnknownOperator("Kinderhaus Drachenburg gGmbH", [], [2, 5])],
            offers: [new RowOffers(null, 0, new Dictionary<string, int> { ["krippe"] = 1, ["kita"] = 1 }), new RowOffers(null, 1, new Dictionary<string, int> { ["kita"] = 1 })]);

        var notes = Render<ImportNotes>(p => p.Add(c => c.Report, report).Add(c => c.Where, (line, feature) => $"Objekt {feature + 1}"));

        Assert.Contains("Die Datei hat 1 Hinweise", notes.Find("#import-warnings-intro").TextContent);
        var warning = notes.Find("#import-warnings tbody tr");
        Assert.Equal("Objekt 1", warning.QuerySelector("th")!.TextContent);
        Assert.Contains("read as Mo-Fr", warning.QuerySelector("td[lang=en]")!.TextContent);
        Assert.Equal("Hinweise", notes.Find("#import-warnings caption").TextContent);

        Assert.Contains("Unbekannte Träger", notes.Find("#import-operators caption").TextContent);
        Assert.Equal(["Kinderhaus Drachenburg gGmbH", "Objekt 3, Objekt 6"], notes.FindAll("#import-operators tbody tr > *").Select(c => c.TextContent));

        // Only the row that gave more than one offer, with the categories' German names.
        var split = Assert.Single(notes.FindAll("#import-offers tbody tr"));
        Assert.Equal("Objekt 1", split.QuerySelector("th")!.TextContent);
        Assert.Equal("1 × Krippe (U3), 1 × Kita (Ü3)", split.QuerySelector("td")!.TextContent);
    }

    [Fact]
    public void A_report_without_notes_shows_none()
    {
        var notes = Render<ImportNotes>(p => p.Add(c => c.Report, Report([], [], [new RowOffers(2, null, new Dictionary<string, int> { ["kita"] = 1 })]))
            .Add(c => c.Where, (line, _) => $"Zeile {line}"));

        Assert.Empty(notes.FindAll("table"));
        Assert.Empty(notes.FindAll("p"));
    }

    private static ImportReport Report(IReadOnlyList<ImportWarning> warnings, IReadOnlyList<UnknownOperator> operators, IReadOnlyList<RowOffers> offers) =>
        new("geojson", true, false, 3, 3, 0, 0, 0, [], [], new List<ImportError>(), warnings, operators, offers);
}
