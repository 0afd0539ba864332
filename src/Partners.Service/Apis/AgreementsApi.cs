using System.Security.Claims;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Partners.Agreements;
using GutAusgestattet.Partners.OutreachPipeline;
using GutAusgestattet.Partners.Persistence;
using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Partners.Apis;

/// <summary>
/// Co-operation agreements: what partners agreed to change in the offer to close gaps. Recording one
/// announces <see cref="CooperationAgreed"/> and ending it <see cref="CooperationEnded"/>, each in the
/// same transaction as the agreement (outbox), so Inventory plans exactly what is stored here.
/// </summary>
public static class AgreementsApi
{
    public static IEndpointRouteBuilder MapAgreementsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/agreements").RequireAuthorization(Policies.Planner).WithTags("Agreements");
        api.MapGet("/", ListAgreements);
        api.MapGet("/{id:guid}", GetAgreement);
        api.MapPost("/", RecordAgreement);
        api.MapPost("/{id:guid}/end", EndAgreement);
        return app;
    }

    /// <summary>The planner lists the co-operation agreements, optionally of one status.</summary>
    public static async Task<Ok<List<AgreementView>>> ListAgreements(PartnersDbContext db, CancellationToken ct, string? status = null) =>
        TypedResults.Ok((await db.Agreements.AsNoTracking().OrderBy(a => a.CreatedAt).ToListAsync(ct))
            .Where(a => status is null || AgreementView.Name(a.Status) == status).Select(AgreementView.From).ToList());

    /// <summary>The planner reads one agreement.</summary>
    /// <response code="404">No such agreement.</response>
    public static async Task<Results<Ok<AgreementView>, NotFound>> GetAgreement(Guid id, PartnersDbContext db, CancellationToken ct) =>
        await db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct) is { } agreement
            ? TypedResults.Ok(AgreementView.From(agreement))
            : TypedResults.NotFound();

    /// <summary>
    /// Stores the agreement and announces it. A linked outreach must already be agreed: the step to
    /// agreed carries its own owner, day and note, which only the planner can give, so it is not taken
    /// here on their behalf (409 naming the stage and the steps allowed instead).
    /// </summary>
    public static async Task<Results<Created<AgreementView>, ValidationProblem, ProblemHttpResult>> RecordAgreement(
        AgreementRequest request, PartnersDbContext db, TenantContext tenant, IPublishEndpoint events, TimeProvider clock, ClaimsPrincipal user,
        CancellationToken ct)
    {
        var (validation, terms) = request.Validate();
        var partnerIds = (request.PartnerIds ?? []).ToList();
        var gapKeys = (request.GapKeys ?? []).ToList();
        var known = await db.Partners.Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        foreach (var (id, i) in partnerIds.Select((p, i) => (p, i)).Where(p => !known.ContainsKey(p.p)))
            validation.Add($"partnerIds[{i}]", $"'{id}' is not a partner of the municipality.");
        // Gaps the municipality knows, open or not: an agreement may follow a gap that meanwhile closed for another reason.
        var gaps = await db.Gaps.Where(g => gapKeys.Contains(g.GapKey)).Select(g => g.GapKey).ToListAsync(ct);
        foreach (var (key, i) in gapKeys.Select((k, i) => (k, i)).Where(k => !string.IsNullOrWhiteSpace(k.k) && !gaps.Contains(k.k)))
            validation.Add($"gapKeys[{i}]", $"'{key}' is not a gap of the municipality.");
        (await OfferReferences.Find(db, request.Terms, ct)).Check(request.Terms, validation);
        var outreach = request.OutreachId is { } outreachId ? await db.Outreaches.AsNoTracking().SingleOrDefaultAsync(o => o.Id == outreachId, ct) : null;
        if (request.OutreachId is not null && outreach is null) validation.Add("outreachId", "Not an outreach of the municipality.");
        else if (outreach is not null && !partnerIds.Contains(outreach.PartnerId)) validation.Add("outreachId", "The outreach's partner is not among the partners who agreed.");
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        if (outreach is { Stage: not OutreachStage.Agreed })
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"The outreach is {StageMachine.Name(outreach.Stage)}, not agreed.",
                detail: "Record the step to agreed on the outreach first, then the agreement.",
                extensions: new Dictionary<string, object?> { ["currentStage"] = StageMachine.Name(outreach.Stage), ["allowedNextSteps"] = StageMachine.AllowedSteps(outreach.Stage) });
        if (outreach?.AgreementId is { } existing) return AlreadyLinked(outreach.Id, existing);

        var agreement = new Agreement
        {
            Id = Guid.CreateVersion7(), TenantId = tenant.Required.Value, Kind = request.Kind!, PartnerIds = partnerIds.Distinct().ToList(),
            GapKeys = gapKeys.Distinct().ToList(), Terms = terms!, OutreachId = outreach?.Id, Status = AgreementStatus.Active,
            CreatedAt = clock.GetUtcNow(), CreatedBy = user.FindFirst("sub")?.Value,
        };
        var stored = await db.InTransactionAsync(async token =>
        {
            // Only an outreach still unlinked takes the agreement: of two agreements recorded at once for it, one stores nothing.
            if (outreach is not null
                && await db.Outreaches.Where(o => o.Id == outreach.Id && o.AgreementId == null).ExecuteUpdateAsync(o => o.SetProperty(x => x.AgreementId, agreement.Id), token) == 0)
                return false;
            db.Agreements.Add(agreement);
            await events.Publish(agreement.Agreed([.. agreement.PartnerIds.Select(p => known[p])]), token);
            await db.SaveChangesAsync(token);
            return true;
        }, ct);
        if (!stored)
            return AlreadyLinked(outreach!.Id, await db.Outreaches.AsNoTracking().Where(o => o.Id == outreach.Id).Select(o => o.AgreementId).SingleAsync(ct));
        return TypedResults.Created($"/api/agreements/{agreement.Id}", AgreementView.From(agreement));
    }

    /// <summary>
    /// Ends the agreement: Inventory withdraws what it planned and has not taken effect. Ending twice, or an agreement whose terms
    /// the inventory rejected → 409.
    /// </summary>
    public static async Task<Results<Ok<AgreementView>, NotFound, ProblemHttpResult>> EndAgreement(
        Guid id, PartnersDbContext db, IPublishEndpoint events, TimeProvider clock, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (agreement, endedNow) = await db.InTransactionAsync<(Agreement?, bool)>(async token =>
        {
            if (await db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, token) is not { } found) return (null, false);
            // The conditional update lets exactly one of two simultaneous ends announce CooperationEnded.
            if (await db.Agreements.Where(a => a.Id == id && a.Status == AgreementStatus.Active)
                    .ExecuteUpdateAsync(a => a.SetProperty(x => x.Status, AgreementStatus.Ended).SetProperty(x => x.EndedOn, today), token) == 0)
                return (found, false);
            found.Status = AgreementStatus.Ended;
            found.EndedOn = today;
            await events.Publish(new CooperationEnded(found.TenantId, found.Id, today), token);
            await db.SaveChangesAsync(token);
            return (found, true);
        }, ct);
        if (agreement is null) return TypedResults.NotFound();
        if (endedNow) return TypedResults.Ok(AgreementView.From(agreement));
        return agreement.Status == AgreementStatus.Rejected
            ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The inventory rejected the agreement's terms; nothing of them is planned to end.",
                detail: $"{agreement.Rejection?.Detail} Record a new agreement with terms the inventory can apply.")
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The agreement has already ended.",
                detail: $"It ended on {agreement.EndedOn:yyyy-MM-dd}; record a new agreement to co-operate again.");
    }

    private static ProblemHttpResult AlreadyLinked(Guid outreachId, Guid? agreementId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The outreach already led to an agreement.",
            detail: $"Outreach {outreachId} is linked to agreement {agreementId}; start a new outreach for a further agreement.",
            extensions: new Dictionary<string, object?> { ["agreementId"] = agreementId });
}

/// <param name="Status"><c>active</c>, <c>ended</c>, or <c>rejected</c> (by the inventory, which applied none of the terms).</param>
/// <param name="Rejection">Why the inventory rejected the terms; null unless <paramref name="Status"/> is <c>rejected</c>.</param>
public sealed record AgreementView(
    Guid Id, string Kind, string Status, IReadOnlyList<Guid> PartnerIds, IReadOnlyList<string> GapKeys, CooperationTerms Terms, Guid? OutreachId,
    DateOnly? EndedOn, DateTimeOffset CreatedAt, TermsRejection? Rejection)
{
    public static AgreementView From(Agreement a) =>
        new(a.Id, a.Kind, Name(a.Status), a.PartnerIds, a.GapKeys, a.Terms, a.OutreachId, a.EndedOn, a.CreatedAt, a.Rejection);

    public static string Name(AgreementStatus status) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}
