using System.Globalization;
using GutAusgestattet.PlannerWeb.Imports;
using GutAusgestattet.PlannerWeb.Localization;
using GutAusgestattet.PlannerWeb.ServiceClients;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace GutAusgestattet.PlannerWeb.UnitTests;

/// <summary>The import page's rows say the service's reasons in German, from their codes and arguments.</summary>
public sealed class ImportReasonsTests
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();

    private static readonly IStringLocalizer<Texts> T = Services.GetRequiredService<IStringLocalizer<Texts>>();

    private static ReportedReason Say(string code, string text, params string[] arguments)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        return ImportReasonTexts.Say(new ImportReason(code, text, arguments), T);
    }

    [Fact]
    public void Areas_and_changes_are_said_in_German_with_the_services_values()
    {
        Assert.Equal("Ortsteil 03 → 08: liegt im Umriss von Altstadt", Say("area.polygon", "area 03 → 08: inside Altstadt's polygon", "08", "Altstadt", "03").Text);
        Assert.Equal("Ortsteil mitte: nächstgelegener Mittelpunkt, kein Umriss enthält den Ort", Say("area.outsidePolygons", "…", "mitte", "Mitte", "").Text);
        Assert.Equal("Plätze: 20 → 25", Say("changed", "places 20 → 25", "places", "20", "25").Text);
        Assert.Equal("Hinweis zu Kosten: (leer) → frei", Say("changed", "fee note (none) → frei", "feeNote", "", "frei").Text);
        Assert.Equal("area_code 03 angegeben, der Ort liegt aber im Umriss von Altstadt (08)", Say("area.givenElsewhere", "…", "03", "08", "Altstadt").Text);
        Assert.Equal("Ortsteil bleibt 08, am 01.12.2026 von Hand korrigiert; laut Datei läge der Ort in 03", Say("area.correctionKept", "…", "08", "2026-12-01", "03").Text);
    }

    [Fact]
    public void A_code_the_page_does_not_know_is_shown_as_the_services_English_text()
    {
        Assert.Equal(new ReportedReason("opening hours without weekdays read as Mo-Su", English: true), Say("hours.noWeekdays", "opening hours without weekdays read as Mo-Su", "07:30-16:30"));
        Assert.Equal(new ReportedReason("x → y", English: true), Say("changed", "x → y", "too few"));
    }

    [Fact]
    public async Task An_offer_imports_rows_show_their_reasons_in_a_column_of_their_own_and_an_area_imports_rows_do_not()
    {
        ReportedRow[] offers =
        [
            new("Zeile 2", "kita-hafen-1", "geändert", [Say("area.polygon", "…", "08", "Altstadt", "03"), Say("changed", "…", "openingHours", "Mo-Fr 07:00-16:00", "Mo-Fr 07:00-17:00")]),
            new("Zeile 3", "kita-feld-1", "unverändert", [Say("unchanged", "unchanged"), Say("future.code", "something new")]),
        ];

        var html = await RenderAsync(offers);
        var areas = await RenderAsync([new ReportedRow("Objekt 1", "08", "neu")]);

        Assert.Contains("<th class=\"kern-table__header\" scope=\"col\">Was sich ändert und warum</th>", html);
        Assert.Contains("<li>Ortsteil 03 → 08: liegt im Umriss von Altstadt</li>", html);
        Assert.Contains("<li>Öffnungszeiten: Mo-Fr 07:00-16:00 → Mo-Fr 07:00-17:00</li>", html);
        Assert.Contains("<li>unverändert</li>", html);
        Assert.Contains("<li lang=\"en\">something new</li>", html);
        Assert.DoesNotContain("Was sich ändert", areas);
    }

    private static async Task<string> RenderAsync(IReadOnlyList<ReportedRow> rows)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        await using var renderer = new HtmlRenderer(Services, Services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<ImportRows>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Rows"] = rows }))).ToHtmlString());
        // The renderer writes umlauts and arrows as character references; the test reads what the browser shows.
        return System.Net.WebUtility.HtmlDecode(html);
    }
}
