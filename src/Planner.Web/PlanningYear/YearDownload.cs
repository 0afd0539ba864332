using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.ServiceDefaults.Auth;

namespace GutAusgestattet.PlannerWeb.PlanningYear;

/// <summary>The planning year as Gaps writes it for Excel in Germany (weeks × categories), passed on with the planner's token.</summary>
public static class YearDownload
{
    public static IEndpointRouteBuilder MapYearDownload(this IEndpointRouteBuilder app)
    {
        app.MapGet("/planning-year/gaps-year.csv", (int? kitaYear, GapsClient gaps, HttpContext http) =>
            PassedOnFile.PassOnFile(gaps.ExportAsync("horizon.csv", kitaYear is { } year ? $"format=de&kitaYear={year}" : "format=de", http.RequestAborted), http))
            .RequireAuthorization(Policies.Planner);
        return app;
    }
}
