using GutAusgestattet.Inventory.Import;
using GutAusgestattet.Inventory.Areas;
using GutAusgestattet.Inventory.Persistence;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Http;
using GutAusgestattet.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Inventory.Apis;

/// <summary>
/// The tenant's small areas, keyed by their code: read, define or change one (PUT), or import many
/// from CSV or GeoJSON at once. Every new area is published as AreaDefined and every real change as
/// AreaChanged, through the outbox; a request that changes nothing publishes nothing.
/// </summary>
public static class AreasApi
{
    /// <summary>An import file may be larger than a JSON request (<see cref="HttpExtensions.DefaultMaxRequestBodyBytes"/>).</summary>
    public const long MaxImportBytes = ImportBody.MaxBytes;

    public static IEndpointRouteBuilder MapAreasApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/areas").RequireAuthorization(Policies.Planner).WithTags("Areas");
        api.MapGet("/", ListAreas);
        api.MapGet("/{code}", GetArea);
        api.MapPut("/{code}", DefineArea);
        api.MapPost("/import", ImportAreas)
            .WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes))
            .Accepts<string>("text/csv", "application/geo+json", "application/json")
            .WithDescription("Imports areas from CSV (columns code,name,latitude,longitude) or a GeoJSON FeatureCollection, "
                + "all or nothing; ?dryRun=true only reports. At most 20 MiB.");
        return app;
    }

    public static async Task<Ok<List<AreaResponse>>> ListAreas(InventoryDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Areas.AsNoTracking().OrderBy(a => a.Code).Select(a => AreaResponse.From(a)).ToListAsync(ct));

    public static async Task<Results<Ok<AreaResponse>, NotFound>> GetArea(string code, InventoryDbContext db, CancellationToken ct) =>
        await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Code == code, ct) is { } area
            ? TypedResults.Ok(AreaResponse.From(area))
            : TypedResults.NotFound();

    /// <summary>Creates the area (201) or brings it to the given state (200); the same state again changes nothing.</summary>
    public static async Task<Results<Created<AreaResponse>, Ok<AreaResponse>, ValidationProblem, ProblemHttpResult>> DefineArea(
        string code, AreaRequest request, InventoryDbContext db, TenantContext tenant, IPublishEndpoint events, CancellationToken ct)
    {
        var validation = request.Validate(code);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        var input = AreaRules.Normalise(code, request.Name!, request.Latitude!.Value, request.Longitude!.Value);
        var existing = await db.Areas.SingleOrDefaultAsync(a => a.Code == code, ct);
        var (area, outcome) = await AreaChanges.Stage(db, events, tenant.Required.Value, existing, input, ct);
        if (outcome != ImportOutcome.Unchanged && await TrySave(db, ct) is { } conflict) return conflict;
        return outcome == ImportOutcome.Created
            ? TypedResults.Created($"/api/areas/{area.Code}", AreaResponse.From(area))
            : TypedResults.Ok(AreaResponse.From(area));
    }

    /// <summary>
    /// Imports a whole file in one transaction: a bad row refuses the file (400, every bad row listed
    /// with its line or feature, field and rule), so a half-imported file never exists.
    /// </summary>
    public static async Task<Results<Ok<ImportReport>, ValidationProblem, ProblemHttpResult>> ImportAreas(
        HttpRequest request, InventoryDbContext db, TenantContext tenant, IPublishEndpoint events, CancellationToken ct, bool dryRun = false)
    {
        var mediaType = ImportBody.MediaType(request, out var contentType);
        Func<string, AreaFile>? reader = mediaType switch
        {
            "text/csv" => CsvAreaReader.Read,
            "application/geo+json" or "application/json" => GeoJsonAreaReader.Read,
            _ => null,
        };
        if (reader is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported import format.",
                detail: "Send CSV as text/csv or a GeoJSON FeatureCollection as application/geo+json (or application/json).");

        var text = await ImportBody.ReadText(request, contentType!, ct);
        var file = text is null
            ? new AreaFile(mediaType == "text/csv" ? CsvAreaReader.Format : GeoJsonAreaReader.Format, [],
                [new ImportError(null, null, "body", ImportBody.NotUtf8)], [])
            : reader(text);

        var existing = await db.Areas.ToDictionaryAsync(a => a.Code, StringComparer.Ordinal, ct);
        var (plan, errors) = AreaImportPlan.Make(file, existing);
        var store = errors.Count == 0 && !dryRun;

        var rows = new List<ImportRow>(plan.Count);
        foreach (var (row, planned) in plan)
        {
            var version = planned switch
            {
                ImportOutcome.Created => 1,
                ImportOutcome.Changed => existing[row.Code!].Version + 1,
                ImportOutcome.Unchanged => existing[row.Code!].Version,
                _ => (int?)null,
            };
            if (store && planned is ImportOutcome.Created or ImportOutcome.Changed)
                await AreaChanges.Stage(db, events, tenant.Required.Value, existing.GetValueOrDefault(row.Code!), row.Input!, ct);
            rows.Add(new ImportRow(row.Line, row.Feature, row.Code, planned, version));
        }

        var report = new ImportReport(file.Format, dryRun, Stored: store, rows.Count,
            rows.Count(r => r.Outcome == ImportOutcome.Created), rows.Count(r => r.Outcome == ImportOutcome.Changed),
            rows.Count(r => r.Outcome == ImportOutcome.Unchanged), rows.Count(r => r.Outcome == ImportOutcome.Invalid),
            file.IgnoredColumns, rows, errors);

        if (errors.Count > 0) return report.ToProblem();
        if (store && report.Created + report.Changed > 0 && await TrySave(db, ct) is { } conflict) return conflict;
        return TypedResults.Ok(report);
    }

    /// <summary>Saves, turning a concurrent write of the same area (unique code, version) into 409.</summary>
    private static async Task<ProblemHttpResult?> TrySave(InventoryDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The area was changed at the same time by another request.",
                detail: "Nothing was stored; read the area and send the request again.");
        }
    }
}

/// <summary>What a planner sends to define or change the area named in the URL.</summary>
/// <param name="Code">Optional; when sent it must equal the code in the URL.</param>
/// <param name="Name">The area's name as residents know it, 1 to 200 characters.</param>
/// <param name="Latitude">Latitude of the centre, WGS 84 degrees (-90..90).</param>
/// <param name="Longitude">Longitude of the centre, WGS 84 degrees (-180..180).</param>
// Every member is optional for the JSON reader, so a missing one is reported by its own name, not as "body".
public sealed record AreaRequest(string? Name = null, double? Latitude = null, double? Longitude = null, string? Code = null)
{
    public RequestValidation Validate(string code)
    {
        var validation = new RequestValidation();
        if (AreaRules.CheckCode(code) is { } codeRule) validation.Add("code", codeRule);
        else if (Code is not null && Code != code) validation.Add("code", "The code in the body differs from the code in the URL.");
        if (AreaRules.CheckName(Name) is { } nameRule) validation.Add("name", nameRule);
        if (AreaRules.CheckLatitude(Latitude) is { } latitudeRule) validation.Add("latitude", latitudeRule);
        if (AreaRules.CheckLongitude(Longitude) is { } longitudeRule) validation.Add("longitude", longitudeRule);
        return validation;
    }
}

public sealed record AreaResponse(string Code, string Name, double Latitude, double Longitude, int Version)
{
    public static AreaResponse From(Area a) => new(a.Code, a.Name, a.Latitude, a.Longitude, a.Version);
}
