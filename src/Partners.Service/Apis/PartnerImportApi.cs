using GutAusgestattet.Partners.Import;
using GutAusgestattet.Partners.Persistence;
using GutAusgestattet.Partners.Registry;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Http;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Partners.Apis;

public static class PartnerImportApi
{
    public static IEndpointRouteBuilder MapPartnerImportApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/partners").RequireAuthorization(Policies.Planner).WithTags("Partners")
            .MapPost("/import", ImportPartners)
            .WithMetadata(new RequestSizeLimitAttribute(ImportBody.MaxBytes))
            .Accepts<string>("text/csv")
            .WithDescription("Imports partners from CSV, one row per site, all or nothing; ?dryRun=true only reports. At most 20 MiB.");
        return app;
    }

    /// <summary>
    /// A whole file in one commit: a bad row refuses the file (400, every bad row with its line and
    /// column), so a half-imported registry never exists; the same file again changes nothing.
    /// </summary>
    public static async Task<Results<Ok<PartnerImportReport>, ValidationProblem, ProblemHttpResult>> ImportPartners(
        HttpRequest request, PartnersDbContext db, TenantContext tenant, TimeProvider clock, CancellationToken ct, bool dryRun = false)
    {
        if (ImportBody.MediaType(request, out var contentType) != "text/csv")
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported import format.",
                detail: "Send the partners as CSV (text/csv), one row per site.");
        var text = await ImportBody.ReadText(request, contentType!, ct);
        var file = text is null ? new PartnerFile([], [], [new ImportError(null, null, "body", ImportBody.NotUtf8)], []) : CsvPartnerReader.Read(text);

        var existing = await db.Partners.ToDictionaryAsync(p => p.Key, StringComparer.Ordinal, ct);
        var (partners, planned, errors) = PartnerImportPlan.Make(file, existing);
        var store = errors.Count == 0 && !dryRun;

        var now = clock.GetUtcNow();
        var ids = new Dictionary<string, Guid>();
        foreach (var partner in partners)
        {
            var target = partner.Existing;
            if (store && partner.Outcome == RowOutcome.Created)
            {
                target = new Partner { Id = Guid.CreateVersion7(), TenantId = tenant.Required.Value, Key = partner.Key, Name = partner.Input.Name, Sector = partner.Input.Sector };
                db.Partners.Add(target);
            }
            if (store && target is not null) partner.Input.ApplyTo(target, now);
            if (target is not null) ids[partner.Key] = target.Id;
        }

        var rows = planned.Select(r => new ImportedRow(r.Line, r.Key, r.Outcome, r.Key is null ? null : ids.GetValueOrDefault(r.Key) is var id && id != Guid.Empty ? id : null)).ToList();
        var report = new PartnerImportReport("csv", dryRun, store, rows.Count,
            rows.Count(r => r.Outcome == RowOutcome.Created), rows.Count(r => r.Outcome == RowOutcome.Changed),
            rows.Count(r => r.Outcome == RowOutcome.Unchanged), rows.Count(r => r.Outcome == RowOutcome.Invalid),
            new PartnerCounts(partners.Count(p => p.Outcome == RowOutcome.Created), partners.Count(p => p.Outcome == RowOutcome.Changed),
                partners.Count(p => p.Outcome == RowOutcome.Unchanged)),
            file.IgnoredColumns, rows, errors);

        if (errors.Count > 0) return ImportErrors.ToProblem(errors, report);
        if (store)
        {
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Partners were changed at the same time by another request.",
                    detail: "Nothing was stored; send the file again.");
            }
        }
        return TypedResults.Ok(report);
    }
}
