using GutAusgestattet.ServiceDefaults.Auth;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GutAusgestattet.ServiceDefaults.OpenApi;

/// <summary>Tells readers of the OpenAPI document how to authenticate: a bearer JWT with tenant and roles.</summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    private const string Scheme = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = $"A staff token with the claim '{PlatformClaims.Tenant}' (the municipality's 8-digit AGS) and " +
                          $"'{PlatformClaims.Role}' claims ({string.Join(", ", Roles.All)}).",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, document)] = [] }];
        return Task.CompletedTask;
    }
}
