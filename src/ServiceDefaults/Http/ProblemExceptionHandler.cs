using System.Text.Json;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GutAusgestattet.ServiceDefaults.Http;

/// <summary>
/// Turns request-reading failures into problem details that name the offending field, so a
/// client sees "$.places: expected a number" instead of a bare 400.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, errors) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => (400, "The request body is not valid JSON for this endpoint.", FieldErrors(json)),
            BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == 413 ? "The request body is too large." : bad.Message, null),
            TenantScopeException => (403, "The request is not scoped to a municipality.", null),
            _ => (500, "An unexpected error occurred.", null),
        };
        if (status == 500) logger.LogError(exception, "Unhandled exception");

        context.Response.StatusCode = status;
        var details = errors is null
            ? new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title }
            : new HttpValidationProblemDetails(errors) { Status = status, Title = title };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }

    private static Dictionary<string, string[]> FieldErrors(JsonException json)
    {
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
        return new() { [field] = [json.Message.Split(" Path:")[0]] };
    }
}
