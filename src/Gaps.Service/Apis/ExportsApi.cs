using System.Text;
using GutAusgestattet.Contracts;
using GutAusgestattet.Gaps.Exports;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.Persistence;
using GutAusgestattet.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.Apis;

/// <summary>
/// The planner's gaps as files for their own municipality: CSV, XLSX, GeoJSON per area and an SVG
/// heatmap per category and area. By default every figure is shown (the planner's own view);
/// <c>shared=true</c> makes a file that may be passed on, withholding figures on fewer than 5 responses.
/// </summary>
public static class ExportsApi
{
    private const string Query = " Query: week=2026-W48 (default the current week), plannedBy=yyyy-MM-dd (the planned state by then), "
        + "shared=true (withhold every figure resting on fewer than 5 responses, for passing the file on), "
        + "category, area and kind=content|time|capacity|feature (only the gaps of that view).";

    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/gaps").RequireAuthorization(Policies.Planner).WithTags("Gap exports");
        api.MapGet("/export.csv", Csv).WithDescription("The gaps as CSV (RFC 4180, UTF-8 with BOM), one row per gap." + Query + " Columns: " + ExportColumns.Describe());
        api.MapGet("/export.xlsx", Xlsx).WithDescription("The gaps as an XLSX workbook: sheet Gaps (typed cells, columns as in export.csv), sheet Columns documenting them." + Query);
        api.MapGet("/areas.geojson", GeoJson).WithDescription("A GeoJSON FeatureCollection: a Point per area at its centre, properties areaCode and "
            + "{category}.{kind}.estimatedPersons|personHours|responses|severity|intervals|suppressed per gap." + Query);
        api.MapGet("/heatmap.svg", Heatmap).WithDescription("Weekday × time-of-day heatmap (7 × 96 quarter hours) of persons without care "
            + "in one category and area (both required); kind picks one kind (default: content, time and capacity). A shared picture does not draw "
            + "a gap whose figures a shared table withholds, not even its window; a line under the legend counts them." + Query);
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> Csv([AsParameters] ExportRequest request, CancellationToken ct)
    {
        if (request.Validate(out var scope) is { IsValid: false } invalid) return TypedResults.ValidationProblem(invalid.Errors);
        return TypedResults.File(GapsCsv.Write(await request.GapsAsync(scope, ct)), "text/csv; charset=utf-8", scope.FileName("gaps", "csv"));
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> Xlsx([AsParameters] ExportRequest request, CancellationToken ct)
    {
        if (request.Validate(out var scope) is { IsValid: false } invalid) return TypedResults.ValidationProblem(invalid.Errors);
        return TypedResults.File(GapsWorkbook.Write(await request.GapsAsync(scope, ct), scope),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", scope.FileName("gaps", "xlsx"));
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> GeoJson([AsParameters] ExportRequest request, GapsDbContext db, CancellationToken ct)
    {
        if (request.Validate(out var scope) is { IsValid: false } invalid) return TypedResults.ValidationProblem(invalid.Errors);
        var areas = await db.Areas.AsNoTracking().Where(a => scope.Area == null || a.Code == scope.Area).Select(a => new AreaPoint(a.Code, a.Latitude, a.Longitude)).ToListAsync(ct);
        return TypedResults.File(AreasGeoJson.Write(areas, await request.GapsAsync(scope, ct), scope), "application/geo+json", scope.FileName("gap-areas", "geojson"));
    }

    public static async Task<Results<ContentHttpResult, ValidationProblem>> Heatmap([AsParameters] ExportRequest request, CancellationToken ct)
    {
        var validation = request.Validate(out var scope);
        validation.Require(request.Category is not null, "category", ExportRequest.CategoryRule);
        validation.Require(scope.Area is not null, "area", "The area code, e.g. mitte.");
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        var kinds = scope.Kind is { } kind ? new HashSet<GapKind> { kind } : GapHeatmap.WithoutCare;
        var heatmap = GapHeatmap.Of(await request.GapsAsync(scope, ct, profiles: true), scope.Category!, scope.Area!, kinds);
        var title = $"{CareCategories.Names[scope.Category!]} · {scope.Area} · {scope.Week}{(scope.Kind is { } k ? $" · {k.ToString().ToLowerInvariant()}" : "")}";
        return TypedResults.Text(HeatmapSvg.Write(heatmap, title, scope), "image/svg+xml", Encoding.UTF8);
    }
}
