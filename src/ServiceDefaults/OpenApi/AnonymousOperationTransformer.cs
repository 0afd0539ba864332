using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GutAusgestattet.ServiceDefaults.OpenApi;

/// <summary>
/// Marks an endpoint that allows anonymous callers (respondents answering a survey) as such: an empty security list on
/// the operation overrides the document's bearer requirement (<see cref="BearerSecurityTransformer"/>), so a client
/// generated from the document sends no token there. ASP.NET Core lets any <see cref="IAllowAnonymous"/> win over
/// an authorization requirement, so the document says the same.
/// </summary>
internal sealed class AnonymousOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any()) operation.Security = [];
        return Task.CompletedTask;
    }
}
