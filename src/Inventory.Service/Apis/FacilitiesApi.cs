using System.Security.Claims;
using GutAusgestattet.Inventory.Facilities;
using GutAusgestattet.Inventory.Offers;
using GutAusgestattet.Inventory.Persistence;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Inventory.Apis;

public static class FacilitiesApi
{
    public static IEndpointRouteBuilder MapFacilitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/facilities").RequireAuthorization(Policies.Planner).WithTags("Facilities");
        api.MapGet("/", ListFacilities);
        api.MapGet("/{id:guid}", GetFacility);
        api.MapPost("/", RegisterFacility);
        api.MapPut("/{id:guid}", ChangeFacility);
        return app;
    }

    public static async Task<Ok<List<Facility>>> ListFacilities(InventoryDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Facilities.AsNoTracking().OrderBy(f => f.Name).ToListAsync(ct));

    public static async Task<Results<Ok<Facility>, NotFound>> GetFacility(Guid id, InventoryDbContext db, CancellationToken ct) =>
        await db.Facilities.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct) is { } facility
            ? TypedResults.Ok(facility)
            : TypedResults.NotFound();

    public static async Task<Results<Created<Facility>, ValidationProblem>> RegisterFacility(
        FacilityRequest request, InventoryDbContext db, TenantContext tenant, CancellationToken ct)
    {
        var validation = request.Validate(await KnownAreas(db, ct));
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        var facility = new Facility { Id = Guid.CreateVersion7(), TenantId = tenant.Required.Value, Name = "", AreaCode = "" };
        request.ApplyTo(facility);
        db.Facilities.Add(facility);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/facilities/{facility.Id}", facility);
    }

    /// <summary>Every offer of the facility carries it in its events, so each one is announced again.</summary>
    public static async Task<Results<Ok<Facility>, NotFound, ValidationProblem>> ChangeFacility(
        Guid id, FacilityRequest request, InventoryDbContext db, OfferLifecycle lifecycle, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.Facilities.SingleOrDefaultAsync(f => f.Id == id, ct) is not { } facility) return TypedResults.NotFound();
        var validation = request.Validate(await KnownAreas(db, ct));
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        if (request.ApplyTo(facility))
        {
            var offers = await db.Offers.Where(o => o.Status != OfferStatus.Withdrawn).ToListAsync(ct);
            foreach (var offer in offers.Where(o => o.Details.FacilityId == id))
                await lifecycle.FacilityChangedAsync(offer, facility, user.FindFirst("sub")?.Value ?? "unknown", ct);
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.Ok(facility);
    }

    private static async Task<IReadOnlySet<string>> KnownAreas(InventoryDbContext db, CancellationToken ct) =>
        (await db.Areas.Select(a => a.Code).ToListAsync(ct)).ToHashSet();
}
