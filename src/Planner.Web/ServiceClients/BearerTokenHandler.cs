using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;

namespace GutAusgestattet.PlannerWeb.ServiceClients;

/// <summary>
/// Calls the services as the signed-in planner: their token (from the OIDC provider, or the
/// development sign-in) travels with each request, so the services check tenant and role
/// themselves and this application is trusted with nothing.
/// </summary>
public sealed class BearerTokenHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (accessor.HttpContext is { } http && await http.GetTokenAsync("access_token") is { Length: > 0 } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}
