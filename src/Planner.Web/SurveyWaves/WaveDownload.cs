using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.ServiceDefaults.Auth;

namespace GutAusgestattet.PlannerWeb.SurveyWaves;

/// <summary>Two waves compared as Gaps writes the table for Excel in Germany, passed on with the planner's token.</summary>
public static class WaveDownload
{
    public static IEndpointRouteBuilder MapWaveDownload(this IEndpointRouteBuilder app)
    {
        app.MapGet("/surveys/waves/waves.csv", (Guid first, Guid second, GapsClient gaps, HttpContext http) =>
            PassedOnFile.PassOnFile(gaps.ExportAsync("waves.csv", $"format=de&first={first}&second={second}", http.RequestAborted), http))
            .RequireAuthorization(Policies.Planner);
        return app;
    }
}
