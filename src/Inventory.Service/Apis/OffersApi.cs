using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Inventory.Offers;
using GutAusgestattet.Inventory.Persistence;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Inventory.Apis;

public static class OffersApi
{
    public static IEndpointRouteBuilder MapOffersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/offers").RequireAuthorization(Policies.Planner).WithTags("Offers");
        api.MapGet("/", ListOffers);
        api.MapGet("/{id:guid}", GetOffer);
        api.MapPost("/", RegisterOffer);
        api.MapPut("/{id:guid}", ChangeOffer);
        api.MapDelete("/{id:guid}", WithdrawOffer);
        return app;
    }

    public static async Task<Ok<List<OfferResponse>>> ListOffers(InventoryDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Offers.AsNoTracking().OrderBy(o => o.Name).Select(o => OfferResponse.From(o)).ToListAsync(ct));

    public static async Task<Results<Ok<OfferResponse>, NotFound>> GetOffer(Guid id, InventoryDbContext db, CancellationToken ct) =>
        await db.Offers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct) is { } offer
            ? TypedResults.Ok(OfferResponse.From(offer))
            : TypedResults.NotFound();

    public static async Task<Results<Created<OfferResponse>, ValidationProblem>> RegisterOffer(
        OfferRequest request, InventoryDbContext db, TenantContext tenant, IPublishEndpoint events, CancellationToken ct)
    {
        var validation = request.Validate();
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        var offer = new Offer { Id = Guid.CreateVersion7(), TenantId = tenant.Required.Value, Name = "", Category = "", AreaCode = "" };
        request.ApplyTo(offer);
        db.Offers.Add(offer);
        await events.Publish(new OfferRegistered(offer.TenantId, offer.Id, offer.Version, offer.ToState()), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/offers/{offer.Id}", OfferResponse.From(offer));
    }

    public static async Task<Results<Ok<OfferResponse>, NotFound, ValidationProblem>> ChangeOffer(
        Guid id, OfferRequest request, InventoryDbContext db, IPublishEndpoint events, CancellationToken ct)
    {
        var validation = request.Validate();
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);
        if (await db.Offers.SingleOrDefaultAsync(o => o.Id == id && o.Status == OfferStatus.Active, ct) is not { } offer)
            return TypedResults.NotFound();

        request.ApplyTo(offer);
        offer.Version++;
        await events.Publish(new OfferChanged(offer.TenantId, offer.Id, offer.Version, offer.ToState()), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(OfferResponse.From(offer));
    }

    public static async Task<Results<NoContent, NotFound>> WithdrawOffer(Guid id, InventoryDbContext db, IPublishEndpoint events, CancellationToken ct)
    {
        if (await db.Offers.SingleOrDefaultAsync(o => o.Id == id && o.Status == OfferStatus.Active, ct) is not { } offer)
            return TypedResults.NotFound();

        offer.Status = OfferStatus.Withdrawn;
        offer.Version++;
        await events.Publish(new OfferWithdrawn(offer.TenantId, offer.Id, offer.Version), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}

public sealed record OfferResponse(Guid Id, string Name, string Category, string AreaCode, int Places, int OccupiedPlaces, int FreePlaces, OfferStatus Status, int Version)
{
    public static OfferResponse From(Offer o) =>
        new(o.Id, o.Name, o.Category, o.AreaCode, o.Places, o.OccupiedPlaces, o.Places - o.OccupiedPlaces, o.Status, o.Version);
}
