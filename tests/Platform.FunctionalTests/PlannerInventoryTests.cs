using System.Net.Http.Json;
using System.Text.RegularExpressions;
using GutAusgestattet.FunctionalTests.Browsing;

namespace GutAusgestattet.FunctionalTests;

/// <summary>The inventory pages in a real browser on the running platform: a planner registers a facility and an offer, changes it, reads its history, closes it.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class PlannerInventoryTests(PlatformFixture platform, BrowserFixture browser)
{
    private Uri Web => platform.WebAddress("planner-web");

    [GeneratedRegex(@"/facilities/([0-9a-f-]{36})\?saved=true$")]
    private static partial Regex SavedFacility();

    [GeneratedRegex(@"/offers/([0-9a-f-]{36})\?done=registered$")]
    private static partial Regex RegisteredOffer();

    [Fact]
    public async Task A_planner_registers_a_facility_and_an_offer_changes_it_with_a_closure_reads_its_history_and_closes_it()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = platform.Client("inventory", tenant);
        (await inventory.PutAsJsonAsync("/api/areas/mitte", new { name = "Mitte", latitude = 49.45, longitude = 11.07 })).EnsureSuccessStatusCode();
        var page = await browser.NewPageAsync(Web);
        await page.SignIn(tenant);

        // A facility: a latitude that is no number is named at its field, the rest kept; then registered.
        await page.Locator("nav.site-nav a[href='/facilities']").ClickAsync();
        Assert.Equal("Einrichtungen", await page.Heading());
        await page.Locator("main a[href='/facilities/new']").ClickAsync();
        await page.Locator("#name").FillAsync("Kita Regenbogen");
        await page.Locator("#operatorType").SelectOptionAsync("welfare");
        await page.Locator("#areaCode").SelectOptionAsync("mitte");
        await page.Locator("#latitude").FillAsync("Nord");
        await page.Locator("#longitude").FillAsync("11,07");
        await page.FormButton("facility").ClickAsync();
        Assert.Equal(1, await page.Locator("#error-summary li").CountAsync());
        Assert.Equal("true", await page.Locator("#latitude").GetAttributeAsync("aria-invalid"));
        Assert.Equal("Kita Regenbogen", await page.Locator("#name").InputValueAsync());
        await page.Locator("#latitude").FillAsync("49,4521");
        await page.FormButton("facility").ClickAsync();
        await page.WaitForURLAsync(SavedFacility());
        var facilityId = SavedFacility().Match(page.Url).Groups[1].Value;
        Assert.Equal("Kita Regenbogen", await page.Heading());
        Assert.Contains("gespeichert", await page.Locator(".kern-alert--success").InnerTextAsync());

        // An offer there: a mistyped opening_hours text is named at the field with Inventory's words, everything typed kept.
        await page.Locator($"main a[href='/offers/new?facility={facilityId}']").ClickAsync();
        Assert.Equal(facilityId, await page.Locator("#facility").InputValueAsync());
        await page.Locator("#name").FillAsync("Gruppe Igel");
        await page.Locator("#category").SelectOptionAsync("kita");
        await page.Locator("#places").FillAsync("12");
        await page.Locator("#occupiedPlaces").FillAsync("3");
        await page.Locator("#openingHours").FillAsync("Mo-Fr 07:00-25:00");
        await page.Locator("#languages").FillAsync("de, pl");
        await page.FormButton("offer").ClickAsync();
        Assert.Equal(1, await page.Locator("#error-summary li").CountAsync());
        Assert.Equal("#openingHours", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        Assert.Contains("Vom Bestand abgelehnt", await page.Locator("#openingHours-error").InnerTextAsync());
        Assert.Equal("true", await page.Locator("#openingHours").GetAttributeAsync("aria-invalid"));
        Assert.Equal(("Gruppe Igel", "12", "de, pl", "Mo-Fr 07:00-25:00"), (await page.Locator("#name").InputValueAsync(), await page.Locator("#places").InputValueAsync(),
            await page.Locator("#languages").InputValueAsync(), await page.Locator("#openingHours").InputValueAsync()));
        await page.Locator("#openingHours").FillAsync("Mo-Fr 07:00-17:00");
        await page.FormButton("offer").ClickAsync();
        await page.WaitForURLAsync(RegisteredOffer());
        var offerId = Guid.Parse(RegisteredOffer().Match(page.Url).Groups[1].Value);
        Assert.Equal("Gruppe Igel", await page.Heading());

        // More places and a summer closure, in the first of the blank closure rows.
        await page.Locator("#places").FillAsync("15");
        await page.Locator("#closure-0-from").FillAsync("2027-08-02");
        await page.Locator("#closure-0-to").FillAsync("2027-08-20");
        await page.Locator("#closure-0-reason").FillAsync("Sommerschließung");
        await page.FormButton("offer").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, $"/offers/{offerId}?done=saved").AbsoluteUri);
        Assert.Equal(("15", "2027-08-02", "Sommerschließung"), (await page.Locator("#places").InputValueAsync(),
            await page.Locator("#closure-0-from").InputValueAsync(), await page.Locator("#closure-0-reason").InputValueAsync()));
        Assert.Equal(1, await page.Locator("#closure-2-from").CountAsync());
        var history = page.Locator("table.offer-history tbody tr");
        Assert.Equal(2, await history.CountAsync());
        var newest = await history.First.InnerTextAsync();
        Assert.Contains("changed", newest);
        Assert.Contains("places: 12 → 15", newest);
        Assert.Contains("closures", newest);
        Assert.Contains("registered", await history.Nth(1).InnerTextAsync());

        // A colleague changes the offer meanwhile: saving says so and keeps what was typed; saving again overwrites on purpose.
        (await inventory.PutAsJsonAsync($"/api/offers/{offerId}", Api.OfferBody(Guid.Parse(facilityId), 16, 3))).EnsureSuccessStatusCode();
        await page.Locator("#feeNote").FillAsync("einkommensabhängig");
        await page.FormButton("offer").ClickAsync();
        Assert.Contains("inzwischen geändert", await page.Locator(".kern-alert--warning").InnerTextAsync());
        Assert.Equal("einkommensabhängig", await page.Locator("#feeNote").InputValueAsync());
        Assert.Equal(16, (await inventory.GetFromJsonAsync<OfferView>($"/api/offers/{offerId}"))!.Offer.Places);
        await page.FormButton("offer").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, $"/offers/{offerId}?done=saved").AbsoluteUri);
        Assert.Equal(15, (await inventory.GetFromJsonAsync<OfferView>($"/api/offers/{offerId}"))!.Offer.Places);

        // Closing asks for a confirmation first; then the offer is closed, and no longer in the list.
        await page.FormButton("close").ClickAsync();
        Assert.Equal("#confirm", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        await page.Locator("#confirm").CheckAsync();
        await page.FormButton("close").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, $"/offers/{offerId}?done=closed").AbsoluteUri);
        Assert.Contains("Dieses Angebot ist geschlossen", await page.MainText());
        Assert.Equal(0, await page.Locator("#openingHours").CountAsync());
        Assert.Contains("withdrawn", await page.Locator("table.offer-history tbody tr").First.InnerTextAsync());
        await page.Locator("nav.site-nav a[href='/offers']").ClickAsync();
        Assert.Equal(0, await page.Locator($"#offer-{offerId}").CountAsync());
        Assert.DoesNotContain("Gruppe Igel", await page.MainText());
        await page.GotoAsync("/facilities");
        Assert.Contains("Kita Regenbogen", await page.Locator("table.facility-list").InnerTextAsync());
        await page.GotoAsync("/areas");
        Assert.Contains("Mitte", await page.Locator("table.area-list").InnerTextAsync());

        // Another municipality's planner typing these addresses: not found, nothing shown.
        await browser.NotFoundForAnotherMunicipality(Web, [$"/offers/{offerId}", $"/facilities/{facilityId}"], "Regenbogen", "Igel");
    }
}
