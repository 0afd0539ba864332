using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.SurveyWeb.SurveysApi;

/// <summary>
/// Surveys.Service's public endpoints, called on behalf of a respondent. Every answer of the
/// service becomes an <see cref="ApiOutcome{T}"/>; a failure to reach it is <see cref="OutcomeKind.Unavailable"/>,
/// never an exception that would lose what the respondent typed.
/// </summary>
public sealed class PublicSurveysClient(HttpClient http, ILogger<PublicSurveysClient> log)
{
    public const string IdempotencyHeader = "Idempotency-Key";
    public const string InvitationHeader = "Invitation-Code";
    public const string ReceiptHeader = "Receipt-Code";

    public Task<ApiOutcome<PublicSurvey>> GetSurveyAsync(Guid id, string language, CancellationToken ct) =>
        SendAsync<PublicSurvey>(new HttpRequestMessage(HttpMethod.Get, $"/public/surveys/{id}?lang={Uri.EscapeDataString(language)}"), ct);

    /// <summary>The code travels in its header, like the receipt code: never in an address the logs keep.</summary>
    public Task<ApiOutcome<InvitationInfo>> LookUpInvitationAsync(string code, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/public/invitations");
        request.Headers.Add(InvitationHeader, code);
        return SendAsync<InvitationInfo>(request, ct);
    }

    public Task<ApiOutcome<Receipt>> SubmitAsync(Guid surveyId, SubmittedAnswer answer, string idempotencyKey, string? invitationCode, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/public/surveys/{surveyId}/responses") { Content = JsonContent.Create(answer, options: ServiceCalls.Json) };
        request.Headers.Add(IdempotencyHeader, idempotencyKey);
        if (!string.IsNullOrEmpty(invitationCode)) request.Headers.Add(InvitationHeader, invitationCode);
        return SendAsync<Receipt>(request, ct);
    }

    public Task<ApiOutcome<ReceiptView>> GetReceiptAsync(string code, CancellationToken ct) => SendAsync<ReceiptView>(ReceiptRequest(HttpMethod.Get, code), ct);

    public Task<ApiOutcome<ReceiptView>> WithdrawAsync(string code, CancellationToken ct) => SendAsync<ReceiptView>(ReceiptRequest(HttpMethod.Delete, code), ct);

    /// <summary>The code goes in a header: in the path it would be in every trace and access log on the way.</summary>
    private static HttpRequestMessage ReceiptRequest(HttpMethod method, string code)
    {
        var request = new HttpRequestMessage(method, "/public/receipts");
        request.Headers.Add(ReceiptHeader, code);
        return request;
    }

    private async Task<ApiOutcome<T>> SendAsync<T>(HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        {
            try
            {
                using var response = await http.SendAsync(request, ct);
                return response.StatusCode switch
                {
                    HttpStatusCode.NoContent => new ApiOutcome<T>(OutcomeKind.Ok),
                    _ when response.IsSuccessStatusCode => new ApiOutcome<T>(OutcomeKind.Ok, await response.Content.ReadFromJsonAsync<T>(ServiceCalls.Json, ct)),
                    HttpStatusCode.NotFound => new ApiOutcome<T>(OutcomeKind.NotFound),
                    HttpStatusCode.Gone => new ApiOutcome<T>(OutcomeKind.Closed),
                    HttpStatusCode.Conflict => new ApiOutcome<T>(OutcomeKind.Used),
                    HttpStatusCode.Forbidden => new ApiOutcome<T>(OutcomeKind.InvitationRequired),
                    HttpStatusCode.UnprocessableEntity => new ApiOutcome<T>(OutcomeKind.SentBefore),
                    HttpStatusCode.BadRequest => new ApiOutcome<T>(OutcomeKind.Invalid, Errors: await ErrorsOf(response, ct)),
                    HttpStatusCode.TooManyRequests => new ApiOutcome<T>(OutcomeKind.Throttled, RetryAfter: response.Headers.RetryAfter?.Delta),
                    _ => Unavailable<T>($"answered {(int)response.StatusCode}", request),
                };
            }
            catch (Exception e) when (ServiceCalls.IsUnreachable(e, ct))
            {
                return Unavailable<T>(e.Message, request);
            }
        }
    }

    private ApiOutcome<T> Unavailable<T>(string why, HttpRequestMessage request)
    {
        // The path's first segment only: an invitation code may follow, which stays out of the logs.
        log.LogWarning("Surveys.Service could not serve {Method} {Route}: {Why}", request.Method, request.RequestUri?.AbsolutePath.Split('/').ElementAtOrDefault(2), why);
        return new ApiOutcome<T>(OutcomeKind.Unavailable);
    }

    private static async Task<IReadOnlyDictionary<string, string[]>> ErrorsOf(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<ServiceProblem>(ServiceCalls.Json, ct);
            return problem?.FieldErrors ?? new Dictionary<string, string[]>();
        }
        catch (JsonException)
        {
            return new Dictionary<string, string[]>();
        }
    }
}
