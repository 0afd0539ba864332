using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.PlannerWeb.ServiceClients;

/// <summary>
/// What the typed clients share: a call whose every ending is a <see cref="ServiceResult{T}"/>. A 404 is
/// the service's "not yours or not there"; a 400, 409 or 415 is its refusal of what the planner sent, with
/// the rule per field; anything else that is not a success — unreachable, timed out, a 5xx — is
/// <see cref="ServiceOutcome.Unavailable"/>, logged here and shown by the page.
/// </summary>
public abstract class ServiceClient(HttpClient http, ILogger log, PlatformService service)
{
    private static readonly HttpStatusCode[] Refusals =
        [HttpStatusCode.BadRequest, HttpStatusCode.Conflict, HttpStatusCode.UnsupportedMediaType, HttpStatusCode.UnprocessableEntity];

    protected Task<ServiceResult<T>> GetAsync<T>(string path, CancellationToken ct) where T : class =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Get, path), ct);

    protected Task<ServiceResult<T>> PostAsync<T>(string path, object body, CancellationToken ct) where T : class =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: ServiceCalls.Json) }, ct);

    protected Task<ServiceResult<T>> PutAsync<T>(string path, object body, CancellationToken ct) where T : class =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body, options: ServiceCalls.Json) }, ct);

    /// <summary>The service's audit log (the data steward's): who exported or erased personal data, or changed its retention or consent.</summary>
    public Task<ServiceResult<List<AuditEntry>>> AuditAsync(CancellationToken ct) => GetAsync<List<AuditEntry>>("/api/audit", ct);

    /// <summary>A delete answered 204: <see cref="Done"/> on success.</summary>
    protected Task<ServiceResult<Done>> DeleteAsync(string path, CancellationToken ct) => SendAsync<Done>(new HttpRequestMessage(HttpMethod.Delete, path), ct);

    /// <summary>Checks (dry run) or imports a whole file, all or nothing; refused, the problem carries the report with every error.</summary>
    protected Task<ServiceResult<TReport>> ImportFileAsync<TReport>(ImportFile file, bool dryRun, CancellationToken ct) where TReport : class =>
        SendAsync<TReport>(new HttpRequestMessage(HttpMethod.Post, $"{file.Path}?dryRun={(dryRun ? "true" : "false")}")
        {
            Content = new StringContent(file.Content, Encoding.UTF8, file.MediaType),
        }, ct);

    protected async Task<ServiceResult<T>> SendAsync<T>(HttpRequestMessage request, CancellationToken ct) where T : class
    {
        using var _ = request;
        var path = request.RequestUri!.OriginalString.Split('?')[0];
        try
        {
            using var response = await http.SendAsync(request, ct);
            if (response.StatusCode == HttpStatusCode.NotFound) return new ServiceResult<T>(service, ServiceOutcome.NotFound);
            if (Refusals.Contains(response.StatusCode) && await ProblemOf(response, ct) is { } problem)
                return new ServiceResult<T>(service, ServiceOutcome.Refused, Problem: problem);
            if (!response.IsSuccessStatusCode) return Unavailable<T>($"answered {(int)response.StatusCode}", request.Method, path);
            if (response.StatusCode == HttpStatusCode.NoContent) return new ServiceResult<T>(service, ServiceOutcome.Ok, Done.Instance as T);
            return new ServiceResult<T>(service, ServiceOutcome.Ok, await response.Content.ReadFromJsonAsync<T>(ServiceCalls.Json, ct));
        }
        catch (Exception e) when (ServiceCalls.IsUnreachable(e, ct))
        {
            return Unavailable<T>(e.Message, request.Method, path);
        }
    }

    /// <summary>
    /// The service's answer itself, for a file the page passes on as it streams in (a PDF, a CSV); null when the service could
    /// not be reached. The caller disposes it.
    /// </summary>
    protected async Task<HttpResponseMessage?> ForwardAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using var _ = request;
        try
        {
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            if ((int)response.StatusCode >= 500) log.LogWarning("{Service} could not serve {Method} {Path}: answered {Status}", service, request.Method, request.RequestUri, (int)response.StatusCode);
            return response;
        }
        catch (Exception e) when (ServiceCalls.IsUnreachable(e, ct))
        {
            Unavailable<object>(e.Message, request.Method, request.RequestUri!.OriginalString.Split('?')[0]);
            return null;
        }
    }

    private static async Task<ServiceProblem?> ProblemOf(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") return null;
        try { return await response.Content.ReadFromJsonAsync<ServiceProblem>(ServiceCalls.Json, ct); }
        catch (JsonException) { return null; }
    }

    private ServiceResult<T> Unavailable<T>(string why, HttpMethod method, string path) where T : class
    {
        log.LogWarning("{Service} could not serve {Method} {Path}: {Why}", service, method, path, why);
        return new ServiceResult<T>(service, ServiceOutcome.Unavailable);
    }
}

/// <param name="Action">answers-exported, answer-erased, retention-changed, consent-changed, contact-exported or contact-erased.</param>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string Subject, string? Detail);
