using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using GutAusgestattet.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace GutAusgestattet.PlannerWeb.SignIn;

/// <summary>
/// Who may see the pages. A cookie holds the signed-in user and their access token, which the
/// service clients pass on. The token comes from the OpenID Connect provider the services trust, or
/// in Development from the local sign-in page (<see cref="DevSignInPage"/>). Every page but the
/// sign-in ones requires a signed-in user; planner pages require the services' own planner policy.
/// </summary>
public static class SignInSetup
{
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>The authentication type of identities made by the development sign-in.</summary>
    public const string DevAuthenticationType = "dev-sign-in";

    public const string SignInPath = "/signin";
    public const string DevSignInPath = "/signin/dev";
    public const string SignOutPath = "/signout";
    public const string SignedOutPath = "/signed-out";
    public const string NotForYourRolePath = "/not-for-your-role";

    /// <summary>How long a sign-in lasts: a working day.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    /// <summary>A token this close to its end is renewed (OIDC) or the user signs in again, so no call fails half-way through a page.</summary>
    private static readonly TimeSpan TokenMargin = TimeSpan.FromMinutes(1);

    public static IHostApplicationBuilder AddPlannerSignIn(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(SignInSettings.Section).Get<SignInSettings>() ?? new SignInSettings();
        var jwt = builder.Configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        if (settings.Problem(builder.Environment, jwt) is { } problem) throw new InvalidOperationException(problem);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(jwt);

        var authentication = builder.Services.AddAuthentication(options =>
        {
            options.DefaultScheme = CookieScheme;
            options.DefaultChallengeScheme = CookieScheme;
        }).AddCookie(CookieScheme, cookie =>
        {
            cookie.Cookie.Name = "planner.auth";
            cookie.Cookie.HttpOnly = true;
            // Lax, not Strict: the provider's redirect back to this site must arrive with the cookie.
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = SignInPath;
            cookie.AccessDeniedPath = NotForYourRolePath;
            cookie.ExpireTimeSpan = SessionLifetime;
            cookie.SlidingExpiration = false;
            cookie.Events.OnValidatePrincipal = KeepTokenValidAsync;
        });

        if (settings.UsesOidc)
            authentication.AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, oidc =>
            {
                oidc.Authority = settings.Oidc.Authority;
                oidc.ClientId = settings.Oidc.ClientId;
                oidc.ClientSecret = settings.Oidc.ClientSecret;
                oidc.ResponseType = OpenIdConnectResponseType.Code;
                oidc.UsePkce = true;
                oidc.SaveTokens = true;
                oidc.MapInboundClaims = false;
                oidc.RequireHttpsMetadata = !builder.Environment.IsDevelopment();
                oidc.SignedOutRedirectUri = SignedOutPath;
                oidc.TokenValidationParameters.NameClaimType = "name";
                oidc.TokenValidationParameters.RoleClaimType = PlatformClaims.Role;
                oidc.Events.OnTokenValidated = TakePlatformClaims;
            });

        builder.Services.AddAuthorizationBuilder()
            .AddPlatformPolicies()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    /// <summary>
    /// The provider's origin, where the sign-out form's answer leads (its end-session endpoint, on the authority's host
    /// as with Keycloak); none with the development sign-in.
    /// </summary>
    public static string[] SignInFormTargets(this WebApplication app) =>
        app.Services.GetRequiredService<SignInSettings>() is { UsesOidc: true } settings ? [new Uri(settings.Oidc.Authority!).GetLeftPart(UriPartial.Authority)] : [];

    /// <summary>Sign-in (to the provider, or to the development page), sign-out (a form post, with antiforgery).</summary>
    public static WebApplication MapSignIn(this WebApplication app)
    {
        app.MapGet(SignInPath, (SignInSettings settings, string? returnUrl) =>
        {
            var back = ReturnUrl.Local(returnUrl);
            return settings.DevSignIn
                ? Results.Redirect($"{DevSignInPath}?returnUrl={Uri.EscapeDataString(back)}")
                : Results.Challenge(new AuthenticationProperties { RedirectUri = back }, [OpenIdConnectDefaults.AuthenticationScheme]);
        }).AllowAnonymous();

        app.MapPost(SignOutPath, async (HttpContext http, IAntiforgery antiforgery, SignInSettings settings) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            // A provider's session ends at the provider too, else the next sign-in would pass silently.
            var atProvider = settings.UsesOidc && http.User.Identity is { IsAuthenticated: true, AuthenticationType: not DevAuthenticationType };
            if (atProvider)
                return Results.SignOut(new AuthenticationProperties { RedirectUri = SignedOutPath }, [CookieScheme, OpenIdConnectDefaults.AuthenticationScheme]);
            await http.SignOutAsync(CookieScheme);
            return Results.Redirect(SignedOutPath);
        }).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// The platform's claims come from the access token, the one the services check, so the pages
    /// show the tenant and roles the services will apply. The token came straight from the provider's
    /// token endpoint and every service validates it, so it is read here, not validated again.
    /// Providers whose access tokens are not JWTs give the claims in the ID token instead.
    /// </summary>
    private static Task TakePlatformClaims(TokenValidatedContext context)
    {
        var idToken = context.Principal!;
        var accessToken = context.TokenEndpointResponse?.AccessToken;
        IEnumerable<Claim> source = accessToken is not null && new JsonWebTokenHandler().CanReadToken(accessToken)
            ? new JsonWebTokenHandler().ReadJsonWebToken(accessToken).Claims
            : idToken.Claims;
        var platform = source.Where(c => c.Type is PlatformClaims.Tenant or PlatformClaims.Role).Select(c => new Claim(c.Type, c.Value)).ToList();
        var name = idToken.FindFirst("name")?.Value ?? idToken.FindFirst("preferred_username")?.Value ?? idToken.FindFirst("sub")?.Value ?? "";
        context.Principal = new ClaimsPrincipal(PlannerUser.Identity(
            [new Claim("sub", idToken.FindFirst("sub")?.Value ?? ""), new Claim("name", name), .. platform], OpenIdConnectDefaults.AuthenticationScheme));
        return Task.CompletedTask;
    }

    /// <summary>
    /// Keeps the token in the cookie usable: renewed with the refresh token where the provider gave
    /// one, otherwise the user is signed out (and sent to sign in) before the services would refuse it.
    /// Only requests that need the user renew it: a page's styles and scripts (anonymous endpoints) come
    /// in parallel with the same cookie, and a provider may hand out each refresh token once, so their
    /// renewals would race and all but one fail. For the same reason a refused renewal while the provider's
    /// token still holds signs nobody out: another request most likely renewed it first.
    /// </summary>
    private static async Task KeepTokenValidAsync(CookieValidatePrincipalContext context)
    {
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var expiry = TokenExpiry(context.Properties);
        if (expiry is { } at && at - TokenMargin > now) return;
        if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null) return;
        if (await RefreshAsync(context, now)) return;
        if (context.Properties.GetTokenValue("refresh_token") is not null && expiry is { } still && still > now) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieScheme);
    }

    private static DateTimeOffset? TokenExpiry(AuthenticationProperties properties) =>
        DateTimeOffset.TryParse(properties.GetTokenValue("expires_at"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;

    private static async Task<bool> RefreshAsync(CookieValidatePrincipalContext context, DateTimeOffset now)
    {
        var http = context.HttpContext;
        if (!http.RequestServices.GetRequiredService<SignInSettings>().UsesOidc || context.Properties.GetTokenValue("refresh_token") is not { } refresh)
            return false;
        var oidc = http.RequestServices.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);
        var log = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInSetup));
        try
        {
            var configuration = await oidc.ConfigurationManager!.GetConfigurationAsync(http.RequestAborted);
            using var response = await oidc.Backchannel.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refresh,
                ["client_id"] = oidc.ClientId!,
                ["client_secret"] = oidc.ClientSecret!,
            }), http.RequestAborted);
            if (!response.IsSuccessStatusCode)
            {
                log.LogInformation("The provider refused to renew the token ({Status}); the user signs in again.", (int)response.StatusCode);
                return false;
            }
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(http.RequestAborted));
            var tokens = body.RootElement;
            context.Properties.UpdateTokenValue("access_token", tokens.GetProperty("access_token").GetString()!);
            if (tokens.TryGetProperty("refresh_token", out var next)) context.Properties.UpdateTokenValue("refresh_token", next.GetString()!);
            var expiresIn = tokens.TryGetProperty("expires_in", out var seconds) ? seconds.GetInt32() : 300;
            context.Properties.UpdateTokenValue("expires_at", now.AddSeconds(expiresIn).ToString("o", CultureInfo.InvariantCulture));
            context.ShouldRenew = true;
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            log.LogWarning(e, "The token could not be renewed; the user signs in again.");
            return false;
        }
    }
}
