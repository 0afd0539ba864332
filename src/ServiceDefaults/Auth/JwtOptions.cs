using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace GutAusgestattet.ServiceDefaults.Auth;

/// <summary>
/// Section <c>Jwt</c>. With <see cref="Authority"/> set, keys come from the OIDC provider's
/// metadata (e.g. Keycloak); otherwise tokens are checked against <see cref="SigningKey"/>.
/// </summary>
public sealed class JwtOptions
{
    public const string Section = "Jwt";

    public string Issuer { get; set; } = "gut-ausgestattet-dev";

    public string Audience { get; set; } = "gut-ausgestattet";

    /// <summary>Symmetric HS256 key, at least 32 bytes; for development and tests.</summary>
    public string? SigningKey { get; set; }

    public string? Authority { get; set; }

    /// <summary>
    /// The HS256 key of <see cref="SigningKey"/>: what tokens are checked against without an <see cref="Authority"/>,
    /// and what the development tokens (tools/DevTokens) are signed with.
    /// </summary>
    public SymmetricSecurityKey SymmetricSigningKey() => new(Encoding.UTF8.GetBytes(SigningKey!));
}
