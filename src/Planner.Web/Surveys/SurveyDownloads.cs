using System.Globalization;
using System.Net;
using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Mvc;

namespace GutAusgestattet.PlannerWeb.Surveys;

/// <summary>A survey's files through this application (<see cref="PassedOnFile"/>): QR code, poster and the letters (the raw answers are the data steward's: DataProtectionDownloads).</summary>
public static class SurveyDownloads
{
    /// <summary>Surveys.Service's largest batch of invitation codes.</summary>
    public const int MaxLetters = 10_000;

    public static IEndpointRouteBuilder MapSurveyDownloads(this IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/surveys/{id:guid}").RequireAuthorization(Policies.Planner);
        files.MapGet("/qr.svg", (Guid id, SurveysClient surveys, HttpContext http) => PassedOnFile.PassOnFile(surveys.FileAsync(id, "qr.svg", http.RequestAborted), http));
        files.MapGet("/poster.pdf", (Guid id, string? language, SurveysClient surveys, HttpContext http) =>
            PassedOnFile.PassOnFile(surveys.FileAsync(id, $"poster.pdf?language={Uri.EscapeDataString(language ?? "de")}", http.RequestAborted), http));
        files.MapPost("/letters.pdf", PrintLettersAsync);
        return app;
    }

    /// <summary>
    /// The letters form's post (antiforgery checked, as for every form post): the PDF, or back to the survey's page naming
    /// what went wrong (<c>letters=count</c>, <c>language</c> or <c>unavailable</c>), the count as typed.
    /// </summary>
    private static async Task PrintLettersAsync(Guid id, [FromForm] string? count, [FromForm] string? language, SurveysClient surveys, HttpContext http)
    {
        string Back(string why) => $"/surveys/{id}?letters={why}&count={Uri.EscapeDataString(count ?? "")}#letters";
        if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > MaxLetters)
        {
            http.Response.Redirect(Back("count"));
            return;
        }
        var failed = await PassedOnFile.PassOn(surveys.LettersAsync(id, n, language ?? "de", http.RequestAborted), http);
        if (failed == HttpStatusCode.NotFound) http.Response.StatusCode = StatusCodes.Status404NotFound;
        else if (failed is not null) http.Response.Redirect(Back(failed == HttpStatusCode.BadRequest ? "language" : "unavailable"));
    }
}
