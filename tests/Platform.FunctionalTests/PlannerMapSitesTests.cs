using System.Globalization;
using GutAusgestattet.FunctionalTests.Browsing;
using static GutAusgestattet.FunctionalTests.Partnering;

namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// The partners' sites on the area map, in a real browser on the running services: where a company stands among the
/// areas whose gaps it might help close, the same in a table that leads to the partner — and the map still drawn when
/// Partners cannot be reached.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PlannerMapSitesTests(PlatformFixture platform, BrowserFixture browser)
{
    private Uri Web => platform.WebAddress("planner-web");

    [Fact]
    public async Task A_partners_site_stands_on_the_map_among_the_areas_and_its_row_leads_to_the_partner()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.TwoGaps(tenant); // mitte's centre is its Kita's facility: 48.14, 11.58
        var company = await platform.Client("partners", tenant).Register(Company("Nah Logistik", 48.142, 11.582, incomings: 60));
        var page = await browser.NewPageAsync(Web);
        await page.SignIn(tenant, path: "/map?category=kita");

        var site = page.Locator($"svg.area-map g.map-site[data-partner='{company}']");
        Assert.Equal(1, await site.CountAsync());
        Assert.Contains("Nah Logistik", await site.Locator("title").TextContentAsync());
        Assert.Contains("60 Incomings", await site.Locator("title").TextContentAsync());
        // Drawn inside the map, over the areas (after them in the SVG), next to mitte's spot.
        var diamond = await site.Locator("path").GetAttributeAsync("d");
        var corners = diamond!.Split(' ').Where(t => double.TryParse(t, CultureInfo.InvariantCulture, out _)).Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToList();
        Assert.All(corners, c => Assert.InRange(c, 0, 640));
        Assert.True(await page.EvaluateAsync<bool>(
            "() => { const svg = document.querySelector('svg.area-map'); return [...svg.children].indexOf(svg.querySelector('g.map-site')) > [...svg.children].indexOf(svg.querySelector('g.map-area[data-area=mitte]')); }"));
        Assert.Contains("Standort eines Partners", await page.Locator(".site-key").InnerTextAsync());
        Assert.Contains("Standorten der Partner", await page.Locator("svg.area-map").GetAttributeAsync("aria-label"));
        await page.AssertAccessibleAndFitsAsync("map with a partner's site");

        var row = page.Locator($"table.map-sites tbody tr[data-partner='{company}']");
        Assert.Contains("60", await row.Locator("td").Last.InnerTextAsync());
        await row.Locator($"a[href='/partners/{company}']").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, $"/partners/{company}").AbsoluteUri);
        Assert.Equal("Nah Logistik", await page.Heading());
    }

    [Fact]
    public async Task Without_Partners_the_map_shows_the_areas_and_says_where_the_sites_would_be()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.TwoGaps(tenant);
        await using var withoutPartners = await PlannerWebProcess.WithoutAsync(platform, "partners");

        foreach (var width in new[] { 1280, 640 })
        {
            var page = await browser.NewPageAsync(withoutPartners.Address, width: width);
            await page.SignIn(tenant, path: "/map?category=kita");

            Assert.Equal(2, await page.Locator("svg.area-map g.map-area").CountAsync());
            Assert.Equal(0, await page.Locator("svg.area-map g.map-site").CountAsync());
            Assert.Contains("Der Dienst „Partner“ antwortet gerade nicht",
                await page.Locator("section[aria-labelledby='sites-title'] .kern-alert--danger").InnerTextAsync());
            Assert.Equal(1, await page.Locator(".kern-alert--danger").CountAsync());
            await page.AssertAccessibleAndFitsAsync($"{width}: map, partners unreachable");
        }
    }
}
