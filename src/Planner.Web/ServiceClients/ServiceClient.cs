using System.Net;
using System.Net.Http.Json;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.PlannerWeb.ServiceClients;

/// <summary>
/// What the typed clients share: a GET whose every ending is a <see cref="ServiceResult{T}"/>. A 404 is
/// the service's "not yours or not there"; anything else that is not a success — unreachable, timed
/// out, a 5xx, a refusal — is <see cref="ServiceOutcome.Unavailable"/>, logged here and shown by the page.
/// </summary>
public abstract class ServiceClient(HttpClient http, ILogger log, PlatformService service)
{
    protected async Task<ServiceResult<T>> GetAsync<T>(string path, CancellationToken ct) where T : class
    {
        try
        {
            using var response = await http.GetAsync(path, ct);
            if (response.StatusCode == HttpStatusCode.NotFound) return new ServiceResult<T>(service, ServiceOutcome.NotFound);
            if (!response.IsSuccessStatusCode) return Unavailable<T>($"answered {(int)response.StatusCode}", path);
            return new ServiceResult<T>(service, ServiceOutcome.Ok, await response.Content.ReadFromJsonAsync<T>(ServiceCalls.Json, ct));
        }
        catch (Exception e) when (ServiceCalls.IsUnreachable(e, ct))
        {
            return Unavailable<T>(e.Message, path);
        }
    }

    private ServiceResult<T> Unavailable<T>(string why, string path) where T : class
    {
        log.LogWarning("{Service} could not serve GET {Path}: {Why}", service, path.Split('?')[0], why);
        return new ServiceResult<T>(service, ServiceOutcome.Unavailable);
    }
}
