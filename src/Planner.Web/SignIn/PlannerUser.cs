using System.Security.Claims;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.PlannerWeb.SignIn;

/// <summary>What the pages read about the signed-in staff member: the same claims the services read from the token.</summary>
public static class PlannerUser
{
    /// <summary>The municipality (AGS) the user works for, or null when the token names none.</summary>
    public static Ags? Tenant(this ClaimsPrincipal user) =>
        Ags.TryParse(user.FindFirst(PlatformClaims.Tenant)?.Value, out var tenant, out _) ? tenant : null;

    /// <summary>The platform's roles the user holds, known ones only, in a stable order.</summary>
    public static IReadOnlyList<string> PlatformRoles(this ClaimsPrincipal user) =>
        [.. user.FindAll(PlatformClaims.Role).Select(c => c.Value).Where(Roles.All.Contains).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>How a step the user records names its owner: the token's name, else its subject.</summary>
    public static string Name(this ClaimsPrincipal user) => user.Identity?.Name ?? user.FindFirst("sub")?.Value ?? "";

    /// <summary>An identity of the cookie scheme whose roles and name are read from the platform's claim types.</summary>
    public static ClaimsIdentity Identity(IEnumerable<Claim> claims, string authenticationType) =>
        new(claims, authenticationType, nameType: "name", roleType: PlatformClaims.Role);
}
