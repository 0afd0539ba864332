using System.Security.Claims;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GutAusgestattet.DevelopmentTokens;

/// <summary>
/// Mints tokens signed with the configured development key, as an OIDC provider would: for tools/DevTokens, Planner.Web's
/// development sign-in, the tests and the benches, never in a service's assembly (the services only check tokens, <see cref="JwtOptions.SymmetricSigningKey"/>).
/// </summary>
public static class DevTokens
{
    public static string Issue(JwtOptions options, Ags tenant, IEnumerable<string> roles, TimeSpan lifetime, string subject = "dev-user")
    {
        if (string.IsNullOrEmpty(options.SigningKey))
            throw new InvalidOperationException("Jwt:SigningKey is not set: development tokens need a signing key.");
        var unknown = roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Unknown role(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", Roles.All)}.", nameof(roles));

        var claims = new List<Claim> { new("sub", subject), new(PlatformClaims.Tenant, tenant.Value) };
        claims.AddRange(roles.Select(r => new Claim(PlatformClaims.Role, r)));
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(options.SymmetricSigningKey(), SecurityAlgorithms.HmacSha256),
        });
    }
}
