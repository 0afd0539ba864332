using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.ServiceDefaults.Auth;

namespace GutAusgestattet.PlannerWeb.DataProtection;

/// <summary>The raw answers of a survey, for the data steward only, through this application (<see cref="PassedOnFile"/>); Surveys logs each export.</summary>
public static class DataProtectionDownloads
{
    public static IEndpointRouteBuilder MapDataProtectionDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/data-protection/surveys/{id:guid}/answers.csv",
                (Guid id, SurveysClient surveys, HttpContext http) => PassedOnFile.PassOnFile(surveys.FileAsync(id, "answers.csv", http.RequestAborted), http))
            .RequireAuthorization(Policies.DataSteward);
        return app;
    }
}
