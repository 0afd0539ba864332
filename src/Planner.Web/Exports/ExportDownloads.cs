using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.ServiceDefaults.Auth;

namespace GutAusgestattet.PlannerWeb.Exports;

/// <summary>
/// The export page's files, passed on from Gaps with the planner's token: <c>/exports/gaps.csv</c> (German, for Excel:
/// <c>;</c>, decimal comma, codes kept as text), <c>gaps-en.csv</c> (English, plain RFC 4180 for programs), <c>gaps.xlsx</c>,
/// <c>areas.geojson</c> and <c>heatmap.svg</c>, each with the view's query. An address whose query breaks a rule (typed by
/// hand; the page links only to good ones) goes back to the page, which names the field.
/// </summary>
public static class ExportDownloads
{
    /// <summary>This application's file → Gaps' file and what it adds to the view's query.</summary>
    private static readonly Dictionary<string, (string File, string Query)> ServiceFiles = new(StringComparer.Ordinal)
    {
        ["gaps.csv"] = ("export.csv", "format=de"),
        ["gaps-en.csv"] = ("export.csv", "lang=en"),
        ["gaps.xlsx"] = ("export.xlsx", ""),
        ["areas.geojson"] = ("areas.geojson", ""),
        ["heatmap.svg"] = ("heatmap.svg", ""),
    };

    public static IEndpointRouteBuilder MapExportDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/exports/{file}", Download).RequireAuthorization(Policies.Planner);
        return app;
    }

    private static Task Download(
        string file, string? week, string? plannedBy, string? shared, string? category, string? area, string? kind, GapsClient gaps, HttpContext http)
    {
        if (!ServiceFiles.TryGetValue(file, out var serviceFile))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        var view = ExportView.Read(week, plannedBy, shared, category, area, kind);
        if (view.Errors.Count > 0 || (file == "heatmap.svg" && !view.HasHeatmap))
        {
            http.Response.Redirect($"/exports{http.Request.QueryString}");
            return Task.CompletedTask;
        }
        var query = string.Join('&', new[] { view.Query, serviceFile.Query }.Where(q => q.Length > 0));
        return PassedOnFile.PassOnFile(gaps.ExportAsync(serviceFile.File, query, http.RequestAborted), http);
    }
}
