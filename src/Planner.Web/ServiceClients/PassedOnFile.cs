using System.Net;
using System.Net.Http.Headers;

namespace GutAusgestattet.PlannerWeb.ServiceClients;

/// <summary>
/// A service's file streamed through this application, so the browser needs no token and no other host (the
/// Content-Security-Policy allows neither): the planner's token went to the service with the request, and its answer
/// streams back as it comes. Another municipality's file is "not found" here as there.
/// </summary>
public static class PassedOnFile
{
    /// <summary>
    /// A file a page links to: a failure ends on the status page, "not found" or "something went wrong". <paramref name="fileName"/>
    /// names the download where the service answers with data rather than a file (JSON without a Content-Disposition).
    /// </summary>
    public static async Task PassOnFile(Task<HttpResponseMessage?> answer, HttpContext http, string? fileName = null)
    {
        if (await PassOn(answer, http, fileName) is { } failed)
            http.Response.StatusCode = failed == HttpStatusCode.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status503ServiceUnavailable;
    }

    /// <summary>Streams the service's file to the browser; otherwise writes nothing and says why (503 when unreachable).</summary>
    public static async Task<HttpStatusCode?> PassOn(Task<HttpResponseMessage?> answer, HttpContext http, string? fileName = null)
    {
        using var response = await answer;
        if (response is null) return HttpStatusCode.ServiceUnavailable;
        if (!response.IsSuccessStatusCode) return response.StatusCode;
        var content = response.Content.Headers;
        http.Response.ContentType = content.ContentType?.ToString();
        if (content.ContentDisposition is { } disposition) http.Response.Headers.ContentDisposition = disposition.ToString();
        else if (fileName is not null) http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        // Letters carry invitation codes that exist nowhere else, exports the figures of a municipality, a personal-data report
        // a person's data: no cache may keep them.
        http.Response.Headers.CacheControl = "no-store";
        await response.Content.CopyToAsync(http.Response.Body, http.RequestAborted);
        return null;
    }
}
