using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using GutAusgestattet.DevelopmentTokens;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.ServiceHosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GutAusgestattet.FunctionalTests.Browsing;

/// <summary>
/// An OpenID Connect provider as the region's (e.g. Keycloak) behaves towards the planners' application, small enough
/// to read: discovery, a sign-in page, the authorization code with PKCE (S256) answered by form post, the token
/// endpoint with the client's secret, refresh tokens, and the end of the session. ID tokens are RS256 with the key
/// its JWKS publishes; access tokens carry tenant and role and are signed the way the running services trust
/// (the tests' development key and issuer), as the region's provider signs them the way production services trust.
/// Everything it refuses it refuses with 400, so a client that skips a step fails the test.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "planner-web", ClientSecret = "planner-web-secret";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-provider" };
    private readonly ConcurrentDictionary<string, Grant> _codes = new(), _refreshTokens = new();
    private readonly Ags _tenant;
    private readonly string _role;
    private readonly TimeSpan _accessLifetime;
    private int _refreshed, _signedOut;

    private sealed record Grant(string RedirectUri, string Nonce, string Challenge);

    private TestIdentityProvider(WebApplication app, Uri address, Ags tenant, string role, TimeSpan accessLifetime) =>
        (_app, Address, _tenant, _role, _accessLifetime) = (app, address, tenant, role, accessLifetime);

    public Uri Address { get; }

    /// <summary>How often the client renewed its access token with a refresh token.</summary>
    public int Refreshed => Volatile.Read(ref _refreshed);

    /// <summary>How often the client ended the session at the provider.</summary>
    public int SignedOut => Volatile.Read(ref _signedOut);

    /// <summary>Signs anyone in as a user of <paramref name="tenant"/> with <paramref name="role"/>; access tokens live <paramref name="accessLifetime"/>.</summary>
    public static async Task<TestIdentityProvider> StartAsync(Ags tenant, string role, TimeSpan accessLifetime)
    {
        var address = new Uri($"http://127.0.0.1:{ProgramProcess.FreePort()}");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(address.AbsoluteUri);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var provider = new TestIdentityProvider(app, address, tenant, role, accessLifetime);
        app.MapGet("/.well-known/openid-configuration", provider.Discovery);
        app.MapGet("/jwks", () => Results.Json(new { keys = new[] { JsonWebKeyConverter.ConvertFromRSASecurityKey(provider._key) } }));
        app.MapGet("/authorize", provider.SignInPage);
        app.MapPost("/authorize", provider.Authorize);
        app.MapPost("/token", provider.Token);
        app.MapGet("/logout", provider.Logout);
        await app.StartAsync();
        return provider;
    }

    private IResult Discovery() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = new Uri(Address, "/authorize").AbsoluteUri,
        ["token_endpoint"] = new Uri(Address, "/token").AbsoluteUri,
        ["jwks_uri"] = new Uri(Address, "/jwks").AbsoluteUri,
        ["end_session_endpoint"] = new Uri(Address, "/logout").AbsoluteUri,
        ["response_types_supported"] = new[] { "code" },
        ["response_modes_supported"] = new[] { "query", "form_post" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
    });

    private string Issuer => Address.AbsoluteUri.TrimEnd('/');

    /// <summary>The provider's own page: the parameters the client sent, carried into a form the user confirms.</summary>
    private IResult SignInPage(HttpRequest request)
    {
        var query = request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || query["code_challenge_method"] != "S256"
            || string.IsNullOrEmpty(query["code_challenge"]) || string.IsNullOrEmpty(query["nonce"]) || string.IsNullOrEmpty(query["redirect_uri"]))
            return Results.BadRequest("client_id, response_type=code, PKCE with S256, nonce and redirect_uri are required");
        var fields = string.Concat(new[] { "redirect_uri", "state", "nonce", "code_challenge", "response_mode" }
            .Select(name => $"<input type=\"hidden\" name=\"{name}\" value=\"{WebUtility.HtmlEncode(query[name].ToString())}\">"));
        return Results.Content($"<!doctype html><html lang=\"de\"><title>Anmeldung</title><h1>Anmeldung beim Test-Anbieter</h1>"
            + $"<form method=\"post\" action=\"/authorize\">{fields}<button type=\"submit\">Anmelden</button></form></html>", "text/html; charset=utf-8");
    }

    /// <summary>The user confirmed: the code goes back to the client, by form post as the client asked (ASP.NET Core's default).</summary>
    private async Task<IResult> Authorize(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _codes[code] = new Grant(form["redirect_uri"]!, form["nonce"]!, form["code_challenge"]!);
        var back = WebUtility.HtmlEncode(form["redirect_uri"].ToString());
        if (form["response_mode"] != "form_post")
            return Results.Redirect($"{form["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(form["state"].ToString())}");
        return Results.Content($"<!doctype html><html lang=\"de\"><title>Weiter</title><form method=\"post\" action=\"{back}\">"
            + $"<input type=\"hidden\" name=\"code\" value=\"{code}\"><input type=\"hidden\" name=\"state\" value=\"{WebUtility.HtmlEncode(form["state"].ToString())}\">"
            + "<button type=\"submit\">Weiter zur Anwendung</button></form></html>", "text/html; charset=utf-8");
    }

    private async Task<IResult> Token(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret) return Results.BadRequest(new { error = "invalid_client" });
        switch (form["grant_type"].ToString())
        {
            case "authorization_code":
                if (!_codes.TryRemove(form["code"].ToString(), out var grant) || grant.RedirectUri != form["redirect_uri"]
                    || grant.Challenge != Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString()))))
                    return Results.BadRequest(new { error = "invalid_grant" });
                return Tokens(grant);
            case "refresh_token":
                if (!_refreshTokens.TryRemove(form["refresh_token"].ToString(), out var held)) return Results.BadRequest(new { error = "invalid_grant" });
                Interlocked.Increment(ref _refreshed);
                return Tokens(held);
            default:
                return Results.BadRequest(new { error = "unsupported_grant_type" });
        }
    }

    private IResult Tokens(Grant grant)
    {
        var refresh = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _refreshTokens[refresh] = grant;
        var now = DateTime.UtcNow;
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            Claims = new Dictionary<string, object> { ["sub"] = "k.meier", ["name"] = "Katrin Meier", ["nonce"] = grant.Nonce },
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
        var accessToken = DevTokens.Issue(new JwtOptions { SigningKey = PlatformFixture.SigningKey }, _tenant, [_role], _accessLifetime, subject: "k.meier");
        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = accessToken, ["id_token"] = idToken, ["refresh_token"] = refresh,
            ["token_type"] = "Bearer", ["expires_in"] = (int)_accessLifetime.TotalSeconds,
        });
    }

    /// <summary>The session ends here too; back to where the client asked, with its state.</summary>
    private IResult Logout(HttpRequest request)
    {
        Interlocked.Increment(ref _signedOut);
        var back = request.Query["post_logout_redirect_uri"].ToString();
        return string.IsNullOrEmpty(back)
            ? Results.Content("<!doctype html><html lang=\"de\"><title>Abgemeldet</title><p>Abgemeldet.</p></html>", "text/html; charset=utf-8")
            : Results.Redirect($"{back}?state={Uri.EscapeDataString(request.Query["state"].ToString())}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
