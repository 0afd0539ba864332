using System.Security.Claims;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Inventory.Facilities;
using GutAusgestattet.Inventory.Offers;
using GutAusgestattet.Inventory.Persistence;
using GutAusgestattet.ServiceDefaults.Auth;
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
        api.MapGet("/{id:guid}/history", GetHistory);
        api.MapPost("/{id:guid}/planned-changes", PlanChange);
        api.MapDelete("/{id:guid}/planned-changes/{changeId:guid}", CancelChange);
        api.MapPost("/{id:guid}/planned-changes/{changeId:guid}/take-effect", TakeEffectNow);
        return app;
    }

    /// <summary>The planner lists the municipality's offers, optionally of one status, each with its facility and planned changes.</summary>
    public static async Task<Ok<List<OfferView>>> ListOffers(InventoryDbContext db, CancellationToken ct, OfferStatus? status = null)
    {
        var facilities = await db.Facilities.AsNoTracking().ToDictionaryAsync(f => f.Id, ct);
        var offers = await db.Offers.AsNoTracking().Include(o => o.PlannedChanges)
            .Where(o => status == null || o.Status == status).OrderBy(o => o.Id).ToListAsync(ct);
        return TypedResults.Ok(offers.Select(o => OfferView.From(o, facilities)).ToList());
    }

    /// <summary>The planner reads one offer with its planned changes.</summary>
    /// <response code="404">No such offer.</response>
    public static async Task<Results<Ok<OfferView>, NotFound>> GetOffer(Guid id, InventoryDbContext db, CancellationToken ct) =>
        await db.Offers.AsNoTracking().Include(o => o.PlannedChanges).SingleOrDefaultAsync(o => o.Id == id, ct) is { } offer
            ? TypedResults.Ok(OfferView.From(offer, await db.Facilities.AsNoTracking().ToDictionaryAsync(f => f.Id, ct)))
            : TypedResults.NotFound();

    /// <summary>The planner registers an offer at a facility, from today or a future day (effectiveFrom).</summary>
    /// <response code="400">A field breaks its rule, or the key belongs to another offer.</response>
    public static async Task<Results<Created<OfferView>, ValidationProblem>> RegisterOffer(
        OfferRequest request, InventoryDbContext db, OfferLifecycle lifecycle, ClaimsPrincipal user, CancellationToken ct)
    {
        var facility = await db.Facilities.SingleOrDefaultAsync(f => f.Id == request.FacilityId, ct);
        var validation = request.Validate(facility, lifecycle.Today());
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        if (await KeyTaken(db, request.Key, null, ct)) return TypedResults.ValidationProblem(KeyTakenError);
        var offer = await lifecycle.RegisterAsync(request.ToDetails(), facility!, request.EffectiveFrom, Actor(user), ct, request.Key);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/offers/{offer.Id}", OfferView.From(offer, new Dictionary<Guid, Facility> { [facility!.Id] = facility }));
    }

    /// <summary>The planner changes an offer, from today or a future day (effectiveFrom); an unchanged request publishes nothing.</summary>
    /// <response code="400">A field breaks its rule, or the key belongs to another offer.</response>
    /// <response code="404">No such offer that can still be changed.</response>
    public static async Task<Results<Ok<OfferView>, NotFound, ValidationProblem>> ChangeOffer(
        Guid id, OfferRequest request, InventoryDbContext db, OfferLifecycle lifecycle, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await FindChangeable(db, id, ct) is not { } offer) return TypedResults.NotFound();
        var facility = await db.Facilities.SingleOrDefaultAsync(f => f.Id == request.FacilityId, ct);
        var validation = request.Validate(facility, lifecycle.Today());
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        if (await KeyTaken(db, request.Key, offer.Id, ct)) return TypedResults.ValidationProblem(KeyTakenError);

        // A new key names the offer for imports; it is no change of the offer's state, so no event carries it.
        var keyed = request.Key is not null && request.Key != offer.Key;
        if (keyed) offer.Key = request.Key;
        if (await lifecycle.ChangeAsync(offer, request.ToDetails().KeepingAgreed(offer.Details), facility!, request.EffectiveFrom, Actor(user), ct) || keyed)
            await db.SaveChangesAsync(ct);
        return TypedResults.Ok(OfferView.From(offer, await db.Facilities.ToDictionaryAsync(f => f.Id, ct)));
    }

    /// <summary>The planner withdraws an offer; its pending planned changes are cancelled.</summary>
    /// <response code="404">No such offer that can still be changed.</response>
    public static async Task<Results<NoContent, NotFound>> WithdrawOffer(Guid id, InventoryDbContext db, OfferLifecycle lifecycle, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await FindChangeable(db, id, ct) is not { } offer) return TypedResults.NotFound();
        await lifecycle.WithdrawAsync(offer, Actor(user), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>The planner reads what was recorded of the offer and who did it, oldest first.</summary>
    /// <response code="404">No such offer.</response>
    public static async Task<Results<Ok<List<OfferHistoryEntry>>, NotFound>> GetHistory(Guid id, InventoryDbContext db, CancellationToken ct) =>
        await db.Offers.AnyAsync(o => o.Id == id, ct)
            ? TypedResults.Ok(await db.OfferHistory.AsNoTracking().Where(e => e.OfferId == id).OrderBy(e => e.At).ToListAsync(ct))
            : TypedResults.NotFound();

    /// <summary>Plans a change of an active offer from a future day; today's offer stays as it is until then.</summary>
    public static async Task<Results<Created<PlannedChangeView>, NotFound, ValidationProblem>> PlanChange(
        Guid id, OfferRequest request, InventoryDbContext db, OfferLifecycle lifecycle, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.Offers.SingleOrDefaultAsync(o => o.Id == id && o.Status == OfferStatus.Active, ct) is not { } offer) return TypedResults.NotFound();
        var facility = await db.Facilities.SingleOrDefaultAsync(f => f.Id == request.FacilityId, ct);
        var validation = request.Validate(facility, lifecycle.Today())
            .Require(request.EffectiveFrom is not null, "effectiveFrom", "A planned change needs the day it takes effect.");
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        var change = await lifecycle.PlanChangeAsync(offer, request.ToDetails().KeepingAgreed(offer.Details), facility!, request.EffectiveFrom!.Value, Actor(user), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/offers/{id}/planned-changes/{change.Id}", PlannedChangeView.From(change));
    }

    /// <summary>The planner cancels a pending planned change of an offer.</summary>
    /// <response code="404">No such offer or pending change.</response>
    public static async Task<Results<NoContent, NotFound>> CancelChange(Guid id, Guid changeId, InventoryDbContext db, OfferLifecycle lifecycle, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await FindPending(db, id, changeId, ct) is not ({ } offer, { } change)) return TypedResults.NotFound();
        await lifecycle.CancelChangeAsync(offer, change, Actor(user), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>The adaptation started earlier than planned: make the planned change today's offer now.</summary>
    public static async Task<Results<Ok<OfferView>, NotFound>> TakeEffectNow(Guid id, Guid changeId, InventoryDbContext db, OfferLifecycle lifecycle, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await FindPending(db, id, changeId, ct) is not ({ } offer, { } change)) return TypedResults.NotFound();
        await lifecycle.TakeEffectAsync(offer, change, Actor(user), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(OfferView.From(offer, await db.Facilities.ToDictionaryAsync(f => f.Id, ct)));
    }

    private static Task<Offer?> FindChangeable(InventoryDbContext db, Guid id, CancellationToken ct) =>
        db.Offers.Include(o => o.PlannedChanges).SingleOrDefaultAsync(o => o.Id == id && o.Status != OfferStatus.Withdrawn, ct);

    private static async Task<(Offer, PlannedChange)?> FindPending(InventoryDbContext db, Guid id, Guid changeId, CancellationToken ct)
    {
        var offer = await FindChangeable(db, id, ct);
        var change = offer?.PlannedChanges.SingleOrDefault(c => c.Id == changeId && c.Status == PlannedChangeStatus.Pending);
        return offer is null || change is null ? null : (offer, change);
    }

    private static readonly Dictionary<string, string[]> KeyTakenError = new() { ["key"] = ["Another offer of the municipality has this key."] };

    private static async Task<bool> KeyTaken(InventoryDbContext db, string? key, Guid? self, CancellationToken ct) =>
        key is not null && await db.Offers.AnyAsync(o => o.Key == key && o.Id != self, ct);

    private static string Actor(ClaimsPrincipal user) => user.FindFirst("sub")?.Value ?? "unknown";
}

/// <param name="FreePlaces">Places minus occupied places; null when the occupancy is unknown.</param>
public sealed record OfferView(Guid Id, string? Key, int Version, int? FreePlaces, OfferState Offer, IReadOnlyList<PlannedChangeView> PlannedChanges)
{
    public static OfferView From(Offer offer, IReadOnlyDictionary<Guid, Facility> facilities) =>
        new(offer.Id, offer.Key, offer.Version, offer.Details.Places - offer.Details.OccupiedPlaces,
            OfferStates.Build(offer.Details, facilities[offer.Details.FacilityId], offer.Status, offer.EffectiveFrom),
            offer.PlannedChanges.Where(c => c.Status == PlannedChangeStatus.Pending).OrderBy(c => c.EffectiveFrom).Select(PlannedChangeView.From).ToList());
}

/// <param name="Withdraws">The offer is withdrawn on the day (an agreement's offer after its last day); the details are then unchanged.</param>
public sealed record PlannedChangeView(Guid Id, DateOnly EffectiveFrom, OfferDetails Details, bool Withdraws)
{
    public static PlannedChangeView From(PlannedChange change) => new(change.Id, change.EffectiveFrom, change.Details, change.Withdraws);
}
