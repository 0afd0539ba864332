using GutAusgestattet.FunctionalTests.Browsing;
using GutAusgestattet.ServiceDefaults.Auth;

namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// Signing in as in production: the planners' application configured for an OpenID Connect provider (code flow with
/// PKCE, client secret), without the development sign-in, in a real browser. The provider's access token is what the
/// services are called with; it is renewed with the refresh token before it runs out; signing out ends the session
/// at the provider too.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PlannerOidcSignInTests(PlatformFixture platform, BrowserFixture browser)
{
    [Fact]
    public async Task A_planner_signs_in_at_the_provider_sees_their_municipalitys_gaps_keeps_working_on_a_renewed_token_and_signs_out_there_too()
    {
        var tenant = PlatformFixture.NewTenant();
        var (krippe, kita) = await platform.TwoGaps(tenant);
        // A minute's token: within the application's one-minute margin, so every request renews it.
        await using var provider = await TestIdentityProvider.StartAsync(tenant, Roles.Planner, TimeSpan.FromSeconds(60));
        await using var web = await PlannerWebProcess.WithAsync(platform, new Dictionary<string, string>
        {
            ["Authentication__DevSignIn"] = "false",
            ["Authentication__Oidc__Authority"] = provider.Address.AbsoluteUri,
            ["Authentication__Oidc__ClientId"] = TestIdentityProvider.ClientId,
            ["Authentication__Oidc__ClientSecret"] = TestIdentityProvider.ClientSecret,
        });
        var page = await browser.NewPageAsync(web.Address);

        // A page asked for before signing in: to the provider, signed in there, and back on that page.
        await page.GotoAsync("/gaps");
        Assert.StartsWith(provider.Address.AbsoluteUri, page.Url);
        await page.Locator("button:has-text('Anmelden')").ClickAsync();
        await page.Locator("button:has-text('Weiter zur Anwendung')").ClickAsync();
        await page.WaitForURLAsync(new Uri(web.Address, "/gaps").AbsoluteUri);
        Assert.Equal("Lücken", await page.Heading());
        Assert.Contains($"Gemeinde {tenant.Value}", await page.Locator("#signed-in-as").InnerTextAsync());
        Assert.Equal(2, await page.Locator($"table.gap-list tbody a[href='/gaps/{krippe.Id}'], table.gap-list tbody a[href='/gaps/{kita.Id}']").CountAsync());

        // The next page is called with a renewed token (the provider hands out each refresh token once).
        await page.GotoAsync($"/gaps/{kita.Id}");
        Assert.Equal(0, await page.Locator(".kern-alert--danger").CountAsync());
        await page.GotoAsync("/offers");
        Assert.Contains("Kita Sonnenblume", await page.MainText());
        Assert.True(provider.Refreshed >= 2, $"renewed {provider.Refreshed} time(s)");

        // The development sign-in does not exist here.
        Assert.Equal(404, (await page.Context.APIRequest.GetAsync(new Uri(web.Address, "/signin/dev").AbsoluteUri)).Status);

        // Signing out ends the provider's session too, and the pages ask for a sign-in again.
        await page.Locator("header form[action='/signout'] button").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/signed-out", StringComparison.Ordinal));
        Assert.Equal(1, provider.SignedOut);
        await page.GotoAsync("/gaps");
        Assert.StartsWith(provider.Address.AbsoluteUri, page.Url);
    }
}
