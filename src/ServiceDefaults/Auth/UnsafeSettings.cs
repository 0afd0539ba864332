using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace GutAusgestattet.ServiceDefaults.Auth;

/// <summary>
/// Settings a service must not run with where real municipalities' data is: the development signing key (anyone who
/// knows it mints tokens for any municipality and role), no OIDC authority to trust instead, and the default passwords
/// of a fresh PostgreSQL or RabbitMQ. Allowed in Development and in the tests' environments (Testing, Test) only; anywhere
/// else the service stops at start with every setting to change named.
/// </summary>
public static partial class UnsafeSettings
{
    private static readonly string[] TestEnvironments = ["Testing", "Test"];

    public static IReadOnlyList<string> Of(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment() || TestEnvironments.Any(environment.IsEnvironment)) return [];
        var where = $"in the environment '{environment.EnvironmentName}'";
        var problems = new List<string>();
        if (!string.IsNullOrEmpty(configuration["Jwt:SigningKey"]))
            problems.Add($"Jwt:SigningKey is set {where}: it signs development tokens for any municipality and role. Remove it and set Jwt:Authority.");
        if (string.IsNullOrWhiteSpace(configuration["Jwt:Authority"]))
            problems.Add($"Jwt:Authority is not set {where}: the services trust only tokens of the region's OpenID Connect provider there.");
        foreach (var connection in configuration.GetSection("ConnectionStrings").GetChildren().Where(c => DefaultPassword().IsMatch(c.Value ?? "")))
            problems.Add($"ConnectionStrings:{connection.Key} uses a default password {where} (postgres/postgres or RabbitMQ's guest/guest): give the service an account of its own.");
        return problems;
    }

    /// <summary>PostgreSQL's <c>Password=postgres</c> and RabbitMQ's <c>guest:guest@</c>, as fresh installs and this repository's scripts have them.</summary>
    [GeneratedRegex(@"(^|;)\s*Password\s*=\s*postgres\s*(;|$)|//guest:guest@", RegexOptions.IgnoreCase)]
    private static partial Regex DefaultPassword();
}
