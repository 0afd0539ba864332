using Microsoft.AspNetCore.Builder;
using Microsoft.OpenApi;

namespace GutAusgestattet.ServiceDefaults.OpenApi;

/// <summary>
/// Documents a request header an endpoint reads from the request itself (not bound as a parameter, so that its own
/// problem details, not the framework's, answer a missing or bad one) — OpenAPI would not know it otherwise.
/// </summary>
public static class HeaderParameters
{
    public static TBuilder DocumentHeader<TBuilder>(this TBuilder builder, string name, string description, bool required = false, int? minLength = null, int? maxLength = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Header,
                Required = required,
                Description = description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = minLength, MaxLength = maxLength },
            });
            return Task.CompletedTask;
        });
}
