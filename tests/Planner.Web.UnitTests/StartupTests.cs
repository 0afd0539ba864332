using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GutAusgestattet.PlannerWeb.UnitTests;

/// <summary>The application's own startup per environment: the development sign-in exists in Development only, and nothing starts without a way to sign in.</summary>
public sealed class StartupTests
{
    private const string SigningKey = "planner-web-unit-tests-signing-key-0123456789";

    private static WebApplicationFactory<Program> Host(string environment, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment(environment);
            host.UseSetting("Jwt:SigningKey", SigningKey);
            foreach (var (key, value) in settings) host.UseSetting(key, value);
        });

    private static readonly (string, string)[] Oidc =
        [("Authentication:Oidc:Authority", "https://login.example.org/realms/kommunen"), ("Authentication:Oidc:ClientId", "planner-web"), ("Authentication:Oidc:ClientSecret", "secret")];

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public void Outside_Development_the_development_sign_in_stops_the_start_even_next_to_OIDC(string environment)
    {
        using var host = Host(environment, [("Authentication:DevSignIn", "true"), .. Oidc]);
        var failure = Assert.Throws<InvalidOperationException>(() => host.CreateClient());
        Assert.Contains("Authentication:DevSignIn is true", failure.Message);
        Assert.Contains($"'{environment}'", failure.Message);
    }

    [Fact]
    public void Outside_Development_a_start_without_OIDC_names_the_settings_to_give()
    {
        using var host = Host("Production");
        var failure = Assert.Throws<InvalidOperationException>(() => host.CreateClient());
        Assert.Contains("Authentication:Oidc:Authority", failure.Message);
    }

    [Fact]
    public async Task In_production_with_OIDC_every_page_asks_for_sign_in_and_there_is_no_development_sign_in()
    {
        using var host = Host("Production", Oidc);
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var overview = await client.GetAsync("/gaps?kind=time");
        Assert.Equal(HttpStatusCode.Redirect, overview.StatusCode);
        Assert.Equal("/signin?ReturnUrl=%2Fgaps%3Fkind%3Dtime", overview.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/signin/dev")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        // Signing out is a form whose answer leads to the provider: the browser checks that against form-action.
        Assert.Contains("form-action 'self' https://login.example.org;", overview.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task In_Development_sign_in_leads_to_the_development_page_and_back_to_the_page_asked_for()
    {
        using var host = Host("Development");
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var signIn = await client.GetAsync("/signin?returnUrl=%2Fgaps");
        Assert.Contains("form-action 'self';", signIn.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("/signin/dev?returnUrl=%2Fgaps", signIn.Headers.Location!.OriginalString);
        var page = await client.GetAsync("/signin/dev?returnUrl=%2Fgaps");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("name=\"tenant\"", await page.Content.ReadAsStringAsync());
        // A link to another host is not followed after signing in.
        Assert.Equal("/signin/dev?returnUrl=%2F", (await client.GetAsync("/signin?returnUrl=%2F%2Fexample.org")).Headers.Location!.OriginalString);
    }

    [Fact]
    public void In_Development_without_a_signing_key_the_development_sign_in_cannot_start()
    {
        using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(h => h.UseEnvironment("Development").UseSetting("Jwt:SigningKey", "short"));
        var failure = Assert.Throws<InvalidOperationException>(() => host.CreateClient());
        Assert.Contains("Jwt:SigningKey", failure.Message);
    }
}
