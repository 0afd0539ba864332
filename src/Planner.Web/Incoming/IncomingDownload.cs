using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.ServiceDefaults.Auth;

namespace GutAusgestattet.PlannerWeb.Incoming;

/// <summary>Demand of people who work here as Gaps writes it for Excel in Germany, passed on with the planner's token.</summary>
public static class IncomingDownload
{
    public static IEndpointRouteBuilder MapIncomingDownload(this IEndpointRouteBuilder app)
    {
        app.MapGet("/incoming/incoming.csv", (GapsClient gaps, HttpContext http) => PassedOnFile.PassOnFile(gaps.ExportAsync("incoming.csv", "format=de", http.RequestAborted), http))
            .RequireAuthorization(Policies.Planner);
        return app;
    }
}
