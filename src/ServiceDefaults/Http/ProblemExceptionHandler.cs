using System.Data.Common;
using System.Globalization;
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
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, IEnumerable<IOutageClassifier> outages, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, errors) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => (400, "The request body is not valid JSON for this endpoint.", FieldErrors(json)),
            BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == 413 ? "The request body is too large." : bad.Message, null),
            TenantScopeException => (403, "The request is not scoped to a municipality.", null),
            _ when DatabaseUnavailable(exception) => (503, "The database is unavailable; try again shortly.", null),
            _ => (500, "An unexpected error occurred.", null),
        };
        if (status == 500) logger.LogError(exception, "Unhandled exception");
        if (status == 503)
        {
            logger.LogWarning(exception, "Request failed: the database is unavailable");
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        context.Response.StatusCode = status;
        var details = errors is null
            ? new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title }
            : new HttpValidationProblemDetails(errors) { Status = status, Title = title };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }

    /// <summary>Long enough for a restarting database or a failover, short enough for a person waiting.</summary>
    private const int RetryAfterSeconds = 5;

    /// <summary>
    /// The database could not be reached (or its connection broke) even after the quick retries of
    /// the data access (<see cref="IOutageClassifier"/>): not the request's fault, and worth trying again.
    /// The data access wraps the provider's exception, so the whole chain is looked at.
    /// </summary>
    private bool DatabaseUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException { IsTransient: true } || outages.Any(outage => outage.IsOutage(e))) return true;
        }
        return false;
    }

    private static Dictionary<string, string[]> FieldErrors(JsonException json)
    {
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
        return new() { [field] = [json.Message.Split(" Path:")[0]] };
    }
}
