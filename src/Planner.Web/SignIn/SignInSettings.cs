using GutAusgestattet.ServiceDefaults.Auth;

namespace GutAusgestattet.PlannerWeb.SignIn;

/// <summary>
/// Section <c>Authentication</c>: how planners sign in. In production through the OpenID Connect
/// provider the services trust (<see cref="Oidc"/>); in Development optionally through the local
/// sign-in page (<see cref="DevSignIn"/>), which mints tokens for any municipality and role and
/// must therefore never run anywhere else.
/// </summary>
public sealed class SignInSettings
{
    public const string Section = "Authentication";

    public bool DevSignIn { get; set; }

    public OidcSettings Oidc { get; set; } = new();

    public bool UsesOidc => !string.IsNullOrWhiteSpace(Oidc.Authority);

    /// <summary>
    /// Why the application must not start with these settings, or null. Checked before anything
    /// is served, so a misconfigured deployment fails loudly instead of opening a back door.
    /// </summary>
    public string? Problem(IHostEnvironment environment, JwtOptions jwt)
    {
        if (DevSignIn && !environment.IsDevelopment())
            return $"Authentication:DevSignIn is true in the environment '{environment.EnvironmentName}'. The development sign-in issues tokens for any " +
                   "municipality and role and exists only in Development: remove the setting and configure Authentication:Oidc (Authority, ClientId, ClientSecret).";
        if (DevSignIn && (jwt.SigningKey?.Length ?? 0) < 32)
            return "Authentication:DevSignIn needs Jwt:SigningKey (at least 32 characters), the key the services check development tokens with.";
        if (!DevSignIn && !UsesOidc)
            return $"No sign-in is configured for the environment '{environment.EnvironmentName}': set Authentication:Oidc:Authority, ClientId and ClientSecret " +
                   "(the OpenID Connect provider the services trust)" + (environment.IsDevelopment() ? ", or Authentication:DevSignIn=true." : ".");
        if (UsesOidc && (string.IsNullOrWhiteSpace(Oidc.ClientId) || string.IsNullOrWhiteSpace(Oidc.ClientSecret)))
            return "Authentication:Oidc:Authority is set, but ClientId or ClientSecret is missing.";
        return null;
    }
}

public sealed class OidcSettings
{
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }
}
