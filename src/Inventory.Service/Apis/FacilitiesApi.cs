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
        api.MapPut("/{id:guid}", ChangeFacility)
            .WithDescription("Changes a facility. A changed areaCode is kept as the planner's correction (areaCorrectedAt): later imports "
                + "keep it and name the conflict in their rows' reasons; send areaCorrection: false to hand the area back to the imports.");
        return app;
    }

    /// <summary>The planner lists the municipality's facilities by name.</summary>
    public static async Task<Ok<List<Facility>>> ListFacilities(InventoryDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Facilities.AsNoTracking().OrderBy(f => f.Name).ToListAsync(ct));

    /// <summary>The planner reads one facility.</summary>
    /// <response code="404">No such facility.</response>
    public static async Task<Results<Ok<Facility>, NotFound>> GetFacility(Guid id, InventoryDbContext db, CancellationToken ct) =>
        await db.Facilities.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct) is { } facility
            ? TypedResults.Ok(facility)
            : TypedResults.NotFound();

    /// <summary>The planner registers a facility, the place offers are given at.</summary>
    /// <response code="400">A field breaks its rule, or the key belongs to another facility.</response>
    public static async Task<Results<Created<Facility>, ValidationProblem>> RegisterFacility(
        FacilityRequest request, InventoryDbContext db, TenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        var validation = request.Validate(await KnownAreas(db, ct));
        if (request.Key is not null && await db.Facilities.AnyAsync(f => f.Key == request.Key, ct)) validation.Add("key", KeyTaken);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        var facility = new Facility { Id = Guid.CreateVersion7(), TenantId = tenant.Required.Value, Name = "", AreaCode = "" };
        request.ApplyTo(facility);
        facility.MarkAreaCorrection(areaChanged: false, request.AreaCorrection, clock.GetUtcNow());
        db.Facilities.Add(facility);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/facilities/{facility.Id}", facility);
    }

    /// <summary>
    /// Every offer of the facility carries it in its events, so each one is announced again. A changed area is a planner's
    /// correction that later imports keep (<see cref="Facility.AreaCorrectedAt"/>) unless the request says <c>areaCorrection: false</c>.
    /// </summary>
    public static async Task<Results<Ok<Facility>, NotFound, ValidationProblem>> ChangeFacility(
        Guid id, FacilityRequest request, InventoryDbContext db, OfferLifecycle lifecycle, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Facilities.SingleOrDefaultAsync(f => f.Id == id, ct) is not { } facility) return TypedResults.NotFound();
        var validation = request.Validate(await KnownAreas(db, ct));
        if (request.Key is not null && await db.Facilities.AnyAsync(f => f.Key == request.Key && f.Id != id, ct)) validation.Add("key", KeyTaken);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        var (keyBefore, areaBefore) = (facility.Key, facility.AreaCode);
        var changed = request.ApplyTo(facility);
        var marked = facility.MarkAreaCorrection(facility.AreaCode != areaBefore, request.AreaCorrection, clock.GetUtcNow());
        if (changed)
        {
            var offers = await db.Offers.Where(o => o.Status != OfferStatus.Withdrawn).ToListAsync(ct);
            foreach (var offer in offers.Where(o => o.Details.FacilityId == id))
                await lifecycle.FacilityChangedAsync(offer, facility, user.FindFirst("sub")?.Value ?? "unknown", ct);
            await db.SaveChangesAsync(ct);
        }
        else if (facility.Key != keyBefore || marked)
            await db.SaveChangesAsync(ct); // a new key or correction mark only: no event carries it
        return TypedResults.Ok(facility);
    }

    private const string KeyTaken = "Another facility of the municipality has this key.";

    private static async Task<IReadOnlySet<string>> KnownAreas(InventoryDbContext db, CancellationToken ct) =>
        (await db.Areas.Select(a => a.Code).ToListAsync(ct)).ToHashSet();
}
