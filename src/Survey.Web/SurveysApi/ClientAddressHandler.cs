namespace GutAusgestattet.SurveyWeb.SurveysApi;

/// <summary>
/// Tells Surveys.Service whose request this is: its public rate limits count per household
/// address, and without this header every household would share this application's address.
/// Surveys.Service trusts the header only from known proxies.
/// </summary>
public sealed class ClientAddressHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (accessor.HttpContext?.Connection.RemoteIpAddress is { } address)
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", address.ToString());
        return base.SendAsync(request, cancellationToken);
    }
}
