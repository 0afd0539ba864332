using System.Security.Claims;
using GutAusgestattet.Partners.Contacts;
using GutAusgestattet.Partners.Persistence;
using GutAusgestattet.Persistence.Audit;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Partners.Apis;

/// <summary>Contact persons at partners: personal data, kept on a legal basis, exported and erased on request.</summary>
public static class ContactsApi
{
    public static IEndpointRouteBuilder MapContactsApi(this IEndpointRouteBuilder app)
    {
        var ofPartner = app.MapGroup("/api/partners/{partnerId:guid}/contacts").RequireAuthorization(Policies.Planner).WithTags("Contacts");
        ofPartner.MapGet("/", ListContacts);
        ofPartner.MapPost("/", AddContact);

        var api = app.MapGroup("/api/contacts").RequireAuthorization(Policies.Planner).WithTags("Contacts");
        api.MapGet("/{id:guid}", GetContact);
        api.MapPut("/{id:guid}", ChangeContact);
        api.MapGet("/{id:guid}/personal-data", ExportPersonalData).WithDescription("GDPR Art. 15: everything held about the person, with where they appear in outreach history.");
        api.MapDelete("/{id:guid}", EraseContact).WithDescription("GDPR Art. 17: erases the person; the partner and the outreach history stay, naming an erased contact.");
        return app;
    }

    /// <summary>The planner lists a partner's contact persons.</summary>
    /// <response code="404">No such partner.</response>
    public static async Task<Results<Ok<List<ContactView>>, NotFound>> ListContacts(Guid partnerId, PartnersDbContext db, CancellationToken ct)
    {
        if (!await db.Partners.AnyAsync(p => p.Id == partnerId, ct)) return TypedResults.NotFound();
        return TypedResults.Ok(await db.Contacts.AsNoTracking().Where(c => c.PartnerId == partnerId).OrderBy(c => c.Name)
            .Select(c => ContactView.From(c)).ToListAsync(ct));
    }

    /// <summary>The planner records a contact person of a partner, with the legal basis for keeping their data.</summary>
    /// <response code="400">A field breaks its rule.</response>
    /// <response code="404">No such partner.</response>
    public static async Task<Results<Created<ContactView>, NotFound, ValidationProblem>> AddContact(
        Guid partnerId, ContactRequest request, PartnersDbContext db, TenantContext tenant, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await db.Partners.AnyAsync(p => p.Id == partnerId, ct)) return TypedResults.NotFound();
        var validation = request.Validate(Latest(clock));
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        var contact = new Contact
        {
            Id = Guid.CreateVersion7(), TenantId = tenant.Required.Value, PartnerId = partnerId, Name = "",
            RecordedAt = clock.GetUtcNow(), RecordedBy = user.FindFirst("sub")?.Value,
        };
        request.ApplyTo(contact);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/contacts/{contact.Id}", ContactView.From(contact));
    }

    /// <summary>The planner reads one contact person.</summary>
    /// <response code="404">No such contact.</response>
    public static async Task<Results<Ok<ContactView>, NotFound>> GetContact(Guid id, PartnersDbContext db, CancellationToken ct) =>
        await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is { } contact
            ? TypedResults.Ok(ContactView.From(contact))
            : TypedResults.NotFound();

    /// <summary>Corrects the person's data (the right to rectification, Art. 16, among others).</summary>
    public static async Task<Results<Ok<ContactView>, NotFound, ValidationProblem>> ChangeContact(
        Guid id, ContactRequest request, PartnersDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Contacts.SingleOrDefaultAsync(c => c.Id == id, ct) is not { } contact) return TypedResults.NotFound();
        var validation = request.Validate(Latest(clock));
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);
        request.ApplyTo(contact);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ContactView.From(contact));
    }

    // The audit log names the contact by id only: a name there would outlive the erasure it records.
    /// <summary>Everything held about a contact person, for their request for access; the export is audited.</summary>
    /// <response code="404">No such contact.</response>
    public static async Task<Results<Ok<PersonalDataExport>, NotFound>> ExportPersonalData(Guid id, PartnersDbContext db, AuditLog audit, CancellationToken ct)
    {
        if (await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is not { } contact) return TypedResults.NotFound();
        var export = await PersonalData.ExportAsync(db, contact, ct);
        audit.Record(db, AuditActions.ContactExported, $"contact {id} of partner {contact.PartnerId}");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(export);
    }

    /// <summary>Erases a contact person at their request; the erasure is audited.</summary>
    /// <response code="404">No such contact.</response>
    public static async Task<Results<NoContent, NotFound>> EraseContact(Guid id, PartnersDbContext db, AuditLog audit, CancellationToken ct)
    {
        if (await db.Contacts.SingleOrDefaultAsync(c => c.Id == id, ct) is not { } contact) return TypedResults.NotFound();
        audit.Record(db, AuditActions.ContactErased, $"contact {id} of partner {contact.PartnerId}");
        await PersonalData.EraseAsync(db, contact, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>The latest day a date may carry: a day's grace, since a planner's today may be ahead of UTC.</summary>
    private static DateOnly Latest(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1);
}

public sealed record ContactView(Guid Id, Guid PartnerId, string Name, string? Role, string? Email, string? Phone, LegalBasis LegalBasis, DateOnly? BasisDate)
{
    public static ContactView From(Contact c) => new(c.Id, c.PartnerId, c.Name, c.Role, c.Email, c.Phone, c.LegalBasis, c.BasisDate);
}
