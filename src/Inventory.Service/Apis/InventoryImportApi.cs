using System.Security.Claims;
using GutAusgestattet.Inventory.Import;
using GutAusgestattet.Inventory.Offers;
using GutAusgestattet.Inventory.Persistence;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Inventory.Apis;

/// <summary>
/// Bulk import and export of the tenant's facilities with their offers: CSV (one row per offer) or
/// GeoJSON (OpenStreetMap export in, one feature per facility out). The import is all or nothing
/// and matches rows by their keys, so the same file twice changes and publishes nothing.
/// </summary>
public static class InventoryImportApi
{
    public static IEndpointRouteBuilder MapInventoryImportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/inventory").RequireAuthorization(Policies.Planner).WithTags("Import and export");
        api.MapPost("/import", Import).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new RequestSizeLimitAttribute(ImportBody.MaxBytes))
            .Accepts<string>("text/csv", "application/geo+json", "application/json")
            .WithDescription("Imports facilities and offers from CSV (one row per offer) or an OpenStreetMap GeoJSON export, "
                + "all or nothing, matched by key; ?dryRun=true only reports. At most 20 MiB. Open data is read as it is: what was read "
                + "other than written (opening-hours dirt, ranges without weekdays, places per age group, language names) is listed in "
                + "warnings, operators not recognised in unknownOperators, the offers each row gave (a Kita with U3 groups: krippe and kita) in offersPerRow.");
        api.MapGet("/export", Export)
            .Produces<string>(200, "text/csv", "application/geo+json")
            .WithDescription("Exports facilities and offers (not withdrawn) as CSV (?format=csv, the import's columns) or GeoJSON (?format=geojson).");
        return app;
    }

    /// <summary>The planner imports facilities and offers from a CSV file or an OpenStreetMap GeoJSON export, all or nothing.</summary>
    /// <response code="400">Rows that cannot be taken in, each named; nothing is imported.</response>
    /// <response code="409">The inventory was changed at the same time by another request.</response>
    /// <response code="415">Neither CSV nor GeoJSON.</response>
    public static async Task<Results<Ok<ImportReport>, ValidationProblem, ProblemHttpResult>> Import(
        HttpRequest request, OfferImporter importer, ClaimsPrincipal user, CancellationToken ct, bool dryRun = false)
    {
        var mediaType = ImportBody.MediaType(request, out var contentType);
        Func<string, OfferFile>? reader = mediaType switch
        {
            "text/csv" => CsvOfferReader.Read,
            "application/geo+json" or "application/json" => OsmOfferReader.Read,
            _ => null,
        };
        if (reader is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported import format.",
                detail: "Send CSV as text/csv or an OpenStreetMap GeoJSON export as application/geo+json (or application/json).");

        var text = await ImportBody.ReadText(request, contentType!, ct);
        var file = text is null
            ? new OfferFile(mediaType == "text/csv" ? CsvOfferReader.Format : OsmOfferReader.Format, [], [new ImportError(null, null, "body", ImportBody.NotUtf8)], [])
            : reader(text);

        ImportReport report;
        try
        {
            report = await importer.ImportAsync(file, dryRun, user.FindFirst("sub")?.Value ?? "unknown", ct);
        }
        catch (DbUpdateException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The inventory was changed at the same time by another request.",
                detail: "Nothing was stored; send the file again.");
        }
        return report.Errors.Count > 0 ? report.ToProblem() : TypedResults.Ok(report);
    }

    /// <summary>The planner downloads the inventory as CSV (one row per offer) or GeoJSON (one feature per facility).</summary>
    /// <response code="400">An unknown format.</response>
    public static async Task<IResult> Export(HttpRequest request, InventoryDbContext db, CancellationToken ct, string? format = null)
    {
        format = ExportFormat.Of(request, format, "csv");
        if (format is not ("csv" or ExportFormat.GeoJson))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown export format.", detail: "Use ?format=csv or ?format=geojson.");

        var facilities = await db.Facilities.AsNoTracking().ToListAsync(ct);
        var offers = await db.Offers.AsNoTracking().Where(o => o.Status != OfferStatus.Withdrawn).ToListAsync(ct);
        return format == "csv"
            ? TypedResults.Text(OfferExport.Csv(facilities, offers), "text/csv; charset=utf-8")
            : TypedResults.Bytes(OfferExport.GeoJson(facilities, offers), ExportFormat.GeoJsonMediaType, "inventory.geojson");
    }
}
