using System.Text;
using GutAusgestattet.Contracts;
using GutAusgestattet.Gaps.Exports;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.ReadModel;
using GutAusgestattet.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.Apis;

/// <summary>
/// The planner's gaps as files for their own municipality: CSV, XLSX, GeoJSON per area and an SVG
/// heatmap per category, per area or both. By default every figure is shown (the planner's own view);
/// <c>shared=true</c> makes a file that may be passed on, withholding figures on fewer than 5 responses.
/// </summary>
public static class ExportsApi
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string Query = " Query: week=2026-W48 (default the current week), plannedBy=yyyy-MM-dd (the planned state by then), "
        + "shared=true (withhold every figure resting on fewer than 5 responses, for passing the file on), "
        + "category, area and kind=content|time|capacity|feature (only the gaps of that view).";

    private const string Lang = " lang=de (German headers and explanations, the default) or lang=en (English).";

    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/gaps").RequireAuthorization(Policies.Planner).WithTags("Gap exports");
        api.MapGet("/export.csv", Csv).Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv")
            .WithDescription("The gaps as CSV (RFC 4180, UTF-8 with BOM), one row per gap, as a download (Content-Disposition names the file). "
                + "format=plain (the default, for programs): ',' and a decimal point, flags true/false. format=de (for Excel in Germany, "
                + "opened by double click): ';', decimal comma, flags WAHR/FALSCH, and area codes starting with a digit prefixed with an "
                + "invisible U+2060 WORD JOINER, so Excel keeps \"01\" as text instead of the number 1 (a leading ' would show, and "
                + "=\"01\" is a formula the platform neutralises against formula injection)." + Lang + Query + " Columns: " + ExportColumns.Describe());
        api.MapGet("/export.xlsx", Workbook).Produces(StatusCodes.Status200OK, typeof(Stream), Xlsx)
            .WithDescription("The gaps as an XLSX workbook: sheet Lücken/Gaps (typed cells: numbers, booleans, text; columns as in export.csv), "
                + "sheet Erläuterung/Columns documenting them." + Lang + Query);
        api.MapGet("/areas.geojson", GeoJson).Produces(StatusCodes.Status200OK, typeof(Stream), "application/geo+json")
            .WithDescription("A GeoJSON FeatureCollection, one feature per area: its outline (Polygon or MultiPolygon) where Inventory has one, "
                + "else a Point at its centre; properties areaCode, areaName, centre ([longitude, latitude]) and "
                + "{category}.{kind}.estimatedPersons|personHours|responses|severity|intervals|suppressed per gap." + Query);
        api.MapGet("/heatmap.svg", Heatmap).Produces(StatusCodes.Status200OK, typeof(Stream), "image/svg+xml").ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("A heatmap of persons without care, with German labels; category or area is required. Both: weekday × time of "
                + "day (7 × 96 quarter hours) of that category in that area. Category alone: one row per area (its name and code) × the "
                + "168 hours of the week. Area alone: one row per category × the 168 hours, the area's name in the title. An hour's cell "
                + "shows the most persons in any of its quarter hours. An unknown area is a 404 problem. kind picks one kind (default: "
                + "content, time and capacity). A shared picture does not draw a gap whose figures a shared table withholds, not even "
                + "its window; a line under the legend counts them." + Query);
        return app;
    }

    /// <summary>The planner downloads the gaps as CSV, one row per gap.</summary>
    /// <response code="400">An invalid query parameter (week, plannedBy, category, area, kind, format, lang).</response>
    public static async Task<Results<FileContentHttpResult, ValidationProblem>> Csv([AsParameters] ExportRequest request, CancellationToken ct)
    {
        if (request.Validate(out var scope) is { IsValid: false } invalid) return TypedResults.ValidationProblem(invalid.Errors);
        return TypedResults.File(GapsCsv.Write(await request.GapsAsync(scope, ct), scope), "text/csv; charset=utf-8", scope.FileName("gaps", "csv"));
    }

    /// <summary>The planner downloads the gaps as an XLSX workbook with a sheet explaining the columns.</summary>
    /// <response code="400">An invalid query parameter.</response>
    public static async Task<Results<FileContentHttpResult, ValidationProblem>> Workbook([AsParameters] ExportRequest request, CancellationToken ct)
    {
        if (request.Validate(out var scope) is { IsValid: false } invalid) return TypedResults.ValidationProblem(invalid.Errors);
        return TypedResults.File(GapsWorkbook.Write(await request.GapsAsync(scope, ct), scope), Xlsx, scope.FileName("gaps", "xlsx"));
    }

    /// <summary>The planner downloads the gaps per area as GeoJSON, for a map.</summary>
    /// <response code="400">An invalid query parameter.</response>
    public static async Task<Results<FileContentHttpResult, ValidationProblem>> GeoJson([AsParameters] ExportRequest request, CancellationToken ct)
    {
        if (request.Validate(out var scope) is { IsValid: false } invalid) return TypedResults.ValidationProblem(invalid.Errors);
        var areas = (await request.AreasAsync(scope, ct)).Select(Point);
        return TypedResults.File(AreasGeoJson.Write(areas, await request.GapsAsync(scope, ct), scope), "application/geo+json", scope.FileName("gap-areas", "geojson"));
    }

    /// <summary>The planner downloads an SVG heatmap of persons without care by time of week, per category, per area or both.</summary>
    /// <response code="400">Neither category nor area, or an invalid query parameter.</response>
    /// <response code="404">An unknown area.</response>
    public static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> Heatmap([AsParameters] ExportRequest request, CancellationToken ct)
    {
        var validation = request.Validate(out var scope);
        validation.Require(request.Category is not null || scope.Area is not null, "category",
            ExportRequest.CategoryRule + " Required unless an area is given (category alone: all areas; area alone: all categories).");
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        var areas = (await request.AreasAsync(scope, ct)).Select(Point).ToList();
        if (scope.Area is { } code && areas.Count == 0)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown area",
                detail: $"The municipality has no area '{code}' (area: the code of one of its areas, as Inventory defines them).");

        var kinds = scope.Kind is { } kind ? new HashSet<GapKind> { kind } : GapHeatmap.WithoutCare;
        var gaps = await request.GapsAsync(scope, ct, profiles: true);
        var kindPart = scope.Kind is { } k ? $" · {k.ToString().ToLowerInvariant()}" : "";
        var areaName = scope.Area is null ? null : areas[0].Label;
        var svg = (scope.Category, areaName) switch
        {
            ({ } category, { } area) => HeatmapSvg.Write(GapHeatmap.Of(gaps, category, scope.Area!, kinds),
                $"{CareCategories.Names[category]} · {area} · {scope.Week}{kindPart}", scope),
            ({ } category, null) => HeatmapSvg.WriteRows(GapHeatmap.ByArea(gaps, category, areas, kinds),
                $"{CareCategories.Names[category]} · alle Gebiete · {scope.Week}{kindPart}", scope),
            (null, { } area) => HeatmapSvg.WriteRows(GapHeatmap.ByCategory(gaps, scope.Area!, kinds),
                $"{area} · alle Kategorien · {scope.Week}{kindPart}", scope),
            _ => throw new InvalidOperationException("Validated: a category or an area."),
        };
        return TypedResults.Text(svg, "image/svg+xml", Encoding.UTF8);
    }

    private static AreaPoint Point(AreaCentre area) => new(area.Code, area.Latitude, area.Longitude, area.Name, area.Outline);
}
