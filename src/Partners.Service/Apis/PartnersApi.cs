using GutAusgestattet.Partners.Persistence;
using GutAusgestattet.Partners.Registry;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Partners.Apis;

/// <summary>The registry of companies, associations and operators the municipality may win as partners.</summary>
public static class PartnersApi
{
    public static IEndpointRouteBuilder MapPartnersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/partners").RequireAuthorization(Policies.Planner).WithTags("Partners");
        api.MapGet("/", ListPartners);
        api.MapGet("/{id:guid}", GetPartner);
        api.MapPost("/", RegisterPartner);
        api.MapPut("/{id:guid}", ChangePartner);
        api.MapDelete("/{id:guid}", DeletePartner);
        return app;
    }

    /// <summary>The planner lists the municipality's partners (companies, associations, operators) with their sites.</summary>
    public static async Task<Ok<List<PartnerView>>> ListPartners(PartnersDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Partners.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct)).Select(PartnerView.From).ToList());

    /// <summary>The planner reads one partner with its sites.</summary>
    /// <response code="404">No such partner.</response>
    public static async Task<Results<Ok<PartnerView>, NotFound>> GetPartner(Guid id, PartnersDbContext db, CancellationToken ct) =>
        await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) is { } partner
            ? TypedResults.Ok(PartnerView.From(partner))
            : TypedResults.NotFound();

    /// <summary>The planner registers a partner with its sites.</summary>
    /// <response code="400">A field breaks its rule (sites named by index, e.g. sites[0].postalCode), or another partner has the same key.</response>
    public static async Task<Results<Created<PartnerView>, ValidationProblem>> RegisterPartner(
        PartnerRequest request, PartnersDbContext db, TenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        var (validation, input) = request.Validate();
        if (input is not null) await CheckKeyFree(db, input, null, validation, ct);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        var partner = new Partner { Id = Guid.CreateVersion7(), TenantId = tenant.Required.Value, Key = input!.Key, Name = input.Name, Sector = input.Sector };
        input.ApplyTo(partner, clock.GetUtcNow());
        db.Partners.Add(partner);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/partners/{partner.Id}", PartnerView.From(partner));
    }

    /// <summary>The planner changes a partner; the sites sent replace its sites.</summary>
    /// <response code="400">A field breaks its rule, or another partner has the same key.</response>
    /// <response code="404">No such partner.</response>
    public static async Task<Results<Ok<PartnerView>, NotFound, ValidationProblem>> ChangePartner(
        Guid id, PartnerRequest request, PartnersDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Partners.SingleOrDefaultAsync(p => p.Id == id, ct) is not { } partner) return TypedResults.NotFound();
        var (validation, input) = request.Validate();
        if (input is not null) await CheckKeyFree(db, input, id, validation, ct);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        if (input!.ApplyTo(partner, clock.GetUtcNow())) await db.SaveChangesAsync(ct);
        return TypedResults.Ok(PartnerView.From(partner));
    }

    /// <summary>
    /// Removes a partner and its contacts. One that outreach has approached stays: its history is
    /// the municipality's record of what was tried (409).
    /// </summary>
    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeletePartner(Guid id, PartnersDbContext db, CancellationToken ct)
    {
        if (await db.Partners.SingleOrDefaultAsync(p => p.Id == id, ct) is not { } partner) return TypedResults.NotFound();
        if (await db.Outreaches.AnyAsync(o => o.PartnerId == id, ct))
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The partner has outreach history and is kept.",
                detail: "Its outreach records what was tried; contact persons can still be erased one by one under /api/contacts/{id}.");
        db.Contacts.RemoveRange(await db.Contacts.Where(c => c.PartnerId == id).ToListAsync(ct));
        db.Partners.Remove(partner);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task CheckKeyFree(PartnersDbContext db, PartnerInput input, Guid? self, ServiceDefaults.Http.RequestValidation validation, CancellationToken ct)
    {
        var key = input.Key;
        if (await db.Partners.AnyAsync(p => p.Key == key && p.Id != self, ct))
            validation.Add(input.TradeRegisterNumber is null ? "name" : "tradeRegisterNumber",
                input.TradeRegisterNumber is null
                    ? "Another partner without a trade-register number has this name; give the number, or change the existing partner."
                    : "Another partner has this trade-register number.");
    }
}

public sealed record PartnerView(
    Guid Id, string Key, PartnerKind Kind, string Name, string? TradeRegisterNumber, string Sector, string SectorSection, string SectorTitle,
    IReadOnlyList<PartnerSite> Sites, int Employees, int Incomings, int Outgoings, DateTimeOffset UpdatedAt)
{
    public static PartnerView From(Partner p) =>
        new(p.Id, p.Key, p.Kind, p.Name, p.TradeRegisterNumber, p.Sector, WzCodes.SectionOf(p.Sector)!, WzCodes.Title(p.Sector), p.Sites,
            p.Sites.Sum(s => s.Employees), p.Sites.Sum(s => s.Incomings), p.Sites.Sum(s => s.Outgoings), p.UpdatedAt);
}
