using System.Linq.Expressions;
using System.Text.Json;
using GutAusgestattet.Inventory.Areas;
using GutAusgestattet.Inventory.Import;
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
    /// <summary>An import file may be larger than a JSON request (<see cref="GutAusgestattet.ServiceDefaults.Http.HttpExtensions.DefaultMaxRequestBodyBytes"/>).</summary>
    public const long MaxImportBytes = ImportBody.MaxBytes;

    public static IEndpointRouteBuilder MapAreasApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/areas").RequireAuthorization(Policies.Planner).WithTags("Areas");
        // No Produces for the GeoJSON: OpenAPI keeps one schema per status, and it would replace the JSON list's.
        api.MapGet("/", ListAreas)
            .WithDescription("The areas as JSON (without outlines), or with ?format=geojson (or Accept: application/geo+json) as a GeoJSON "
                + "FeatureCollection: id = code, geometry = the outline (Polygon/MultiPolygon) or else the centre as a Point.");
        api.MapGet("/{code}", GetArea);
        api.MapPut("/{code}", DefineArea)
            .WithDescription("Defines or changes the area. Optional outline: a GeoJSON Polygon or MultiPolygon (WGS 84, at most 50,000 corners, "
                + "edges not crossing); left out, the area keeps its outline; null removes it.");
        api.MapPost("/import", ImportAreas)
            .WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes))
            .Accepts<string>("text/csv", "application/geo+json", "application/json")
            .WithDescription("Imports areas from CSV (columns code,name,latitude,longitude; outlines stay as they are) or a GeoJSON "
                + "FeatureCollection (Polygon/MultiPolygon kept as the outline, Point: no outline), all or nothing; ?dryRun=true only reports. At most 20 MiB.");
        return app;
    }

    /// <summary>
    /// The tenant's areas by code: as JSON (name, centre, version), or with <c>?format=geojson</c> (or
    /// <c>Accept: application/geo+json</c>) as a GeoJSON FeatureCollection with each area's outline as its geometry, or
    /// its centre as a Point where no outline was imported. The JSON list leaves the outlines out, as most readers
    /// need only names and a boundary may have thousands of corners.
    /// </summary>
    /// <param name="format"><c>json</c> (the default) or <c>geojson</c>.</param>
    public static async Task<Results<Ok<List<AreaResponse>>, FileContentHttpResult, ValidationProblem>> ListAreas(
        HttpRequest request, InventoryDbContext db, CancellationToken ct, string? format = null)
    {
        format = ExportFormat.Of(request, format, "json");
        var areas = db.Areas.AsNoTracking().OrderBy(a => a.Code);
        return format switch
        {
            "json" => TypedResults.Ok(await areas.Select(AreaResponse.Projection).ToListAsync(ct)),
            ExportFormat.GeoJson => TypedResults.Bytes(AreaFeatures.GeoJson(await areas.ToListAsync(ct)), ExportFormat.GeoJsonMediaType),
            _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["The format is json or geojson."] }),
        };
    }

    /// <summary>The planner reads one area by its code.</summary>
    /// <response code="404">No such area.</response>
    public static async Task<Results<Ok<AreaResponse>, NotFound>> GetArea(string code, InventoryDbContext db, CancellationToken ct) =>
        await db.Areas.AsNoTracking().Where(a => a.Code == code).Select(AreaResponse.Projection).SingleOrDefaultAsync(ct) is { } area
            ? TypedResults.Ok(area)
            : TypedResults.NotFound();

    /// <summary>Creates the area (201) or brings it to the given state (200); the same state again changes nothing.</summary>
    public static async Task<Results<Created<AreaResponse>, Ok<AreaResponse>, ValidationProblem, ProblemHttpResult>> DefineArea(
        string code, AreaRequest request, InventoryDbContext db, TenantContext tenant, IPublishEndpoint events, CancellationToken ct)
    {
        var validation = new RequestValidation();
        if (request.Read(code, validation) is not { } input) return TypedResults.ValidationProblem(validation.Errors);

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
    /// <summary>
    /// Optional boundary: a GeoJSON Polygon or MultiPolygon geometry object, WGS 84 longitude/latitude, at most 50,000
    /// corners, edges not crossing. Left out, the area keeps the outline it has; <c>null</c> removes it. The centre stays
    /// the one sent.
    /// </summary>
    // A JsonElement, not JsonElement?, as only that tells a left-out member (Undefined) from null; a property, not a
    // parameter, as OpenAPI cannot write a parameter's default JsonElement.
    public JsonElement Outline { get; init; }

    /// <summary>The area this request states, or null with every broken rule in <paramref name="validation"/>.</summary>
    public AreaInput? Read(string code, RequestValidation validation)
    {
        if (AreaRules.CheckCode(code) is { } codeRule) validation.Add("code", codeRule);
        else if (Code is not null && Code != code) validation.Add("code", "The code in the body differs from the code in the URL.");
        if (AreaRules.CheckName(Name) is { } nameRule) validation.Add("name", nameRule);
        if (AreaRules.CheckLatitude(Latitude) is { } latitudeRule) validation.Add("latitude", latitudeRule);
        if (AreaRules.CheckLongitude(Longitude) is { } longitudeRule) validation.Add("longitude", longitudeRule);
        string? outline = null;
        if (Outline.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))
        {
            outline = AreaOutline.Read(Outline, out var outlineRule);
            if (outlineRule is not null) validation.Add("outline", outlineRule);
        }
        if (!validation.IsValid) return null;

        var input = AreaRules.Normalise(code, Name!, Latitude!.Value, Longitude!.Value);
        return Outline.ValueKind == JsonValueKind.Undefined ? input : input.WithOutline(outline);
    }
}

/// <summary>An area without its outline (see <see cref="AreasApi.ListAreas"/> for that).</summary>
public sealed record AreaResponse(string Code, string Name, double Latitude, double Longitude, int Version)
{
    /// <summary>For queries: only these columns are read, never the outline.</summary>
    public static readonly Expression<Func<Area, AreaResponse>> Projection = a => new AreaResponse(a.Code, a.Name, a.Latitude, a.Longitude, a.Version);

    private static readonly Func<Area, AreaResponse> Compiled = Projection.Compile();

    public static AreaResponse From(Area a) => Compiled(a);
}
