using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace GutAusgestattet.ServiceDefaults.Auth;

public static class AuthExtensions
{
    /// <summary>JWT bearer authentication for staff, and the policies the APIs use; refuses to start with <see cref="UnsafeSettings"/>.</summary>
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        if (UnsafeSettings.Of(builder.Configuration, builder.Environment) is { Count: > 0 } unsafeSettings)
            throw new InvalidOperationException($"Refusing to start with unsafe settings:{Environment.NewLine}{string.Join(Environment.NewLine, unsafeSettings)}");
        var jwt = builder.Configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        // An empty authority would trust no key at all: every request refused, and nothing saying why.
        if (jwt.Authority is not null && !Uri.TryCreate(jwt.Authority, UriKind.Absolute, out _))
            throw new InvalidOperationException($"Jwt:Authority '{jwt.Authority}' is not an absolute URL of an OpenID Connect provider: set it, or remove it in Development.");
        if (jwt.Authority is null && (jwt.SigningKey?.Length ?? 0) < 32)
            throw new InvalidOperationException("Set Jwt:Authority (an OIDC provider) or Jwt:SigningKey (at least 32 characters).");

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.Authority = jwt.Authority;
            options.RequireHttpsMetadata = !builder.Environment.IsDevelopment();
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = jwt.Issuer,
                ValidAudience = jwt.Audience,
                IssuerSigningKey = jwt.Authority is null ? jwt.SymmetricSigningKey() : null,
                RoleClaimType = PlatformClaims.Role,
                NameClaimType = "sub",
            };
        });

        // Nothing is anonymous by omission: an endpoint without a policy still needs a signed-in caller. The public
        // survey endpoints, health and (in Development) the API reference say AllowAnonymous themselves.
        builder.Services.AddAuthorizationBuilder().AddPlatformPolicies()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    /// <summary>
    /// The policies by role and municipality, for the services and for the planners' application, so that a
    /// page refuses exactly whom the service behind it would refuse.
    /// </summary>
    public static AuthorizationBuilder AddPlatformPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(Policies.Planner, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole(Roles.Planner, Roles.Admin)
            .RequireAssertion(NamesMunicipality))
        .AddPolicy(Policies.RegionalAnalyst, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole(Roles.RegionalAnalyst)
            .RequireAssertion(NamesMunicipality))
        .AddPolicy(Policies.DataSteward, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole(Roles.DataSteward)
            .RequireAssertion(NamesMunicipality));

    /// <summary>Every staff member works for one municipality; for an analyst its AGS names the district.</summary>
    private static bool NamesMunicipality(AuthorizationHandlerContext context) =>
        Ags.TryParse(context.User.FindFirst(PlatformClaims.Tenant)?.Value, out _, out _);

    /// <summary>Authenticates, then scopes the request to the tenant named in the token.</summary>
    public static WebApplication UsePlatformAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            if (Ags.TryParse(context.User.FindFirst(PlatformClaims.Tenant)?.Value, out var tenant, out _))
                context.RequestServices.GetRequiredService<TenantContext>().Set(tenant);
            await next(context);
        });
        app.UseAuthorization();
        return app;
    }
}
