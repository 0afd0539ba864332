using System.Security.Claims;
using GutAusgestattet.Partners.Contacts;
using GutAusgestattet.Partners.OutreachPipeline;
using GutAusgestattet.Partners.Persistence;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Http;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Partners.Apis;

/// <summary>
/// The outreach pipeline: a partner approached about gaps moves identified → contacted → in talks →
/// agreed, or is declined or paused; each step is kept with its day, owner and note, and may set
/// when the next one is due. Steps the rules forbid answer 409 naming the stage and what may follow.
/// </summary>
public static class OutreachApi
{
    public static IEndpointRouteBuilder MapOutreachApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/outreach").RequireAuthorization(Policies.Planner).WithTags("Outreach");
        api.MapGet("/", ListOutreach);
        api.MapPost("/", StartOutreach).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{id:guid}", GetOutreach);
        api.MapPost("/{id:guid}/steps", TakeStep).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/reopen", Reopen);
        api.MapGet("/due", Due);
        api.MapGet("/funnel", GetFunnel);
        return app;
    }

    /// <summary>The planner lists the outreach to partners, optionally of one partner or about one gap, oldest first.</summary>
    public static async Task<Ok<List<OutreachView>>> ListOutreach(PartnersDbContext db, CancellationToken ct, Guid? partnerId = null, string? gapKey = null)
    {
        var cases = await db.Outreaches.AsNoTracking().Where(o => partnerId == null || o.PartnerId == partnerId).OrderBy(o => o.CreatedAt).ToListAsync(ct);
        var views = await Views(db, cases.Where(o => gapKey is null || o.GapKeys.Contains(gapKey)).ToList(), withHistory: false, ct);
        return TypedResults.Ok(views);
    }

    /// <summary>The planner reads one outreach with its steps.</summary>
    /// <response code="404">No such outreach.</response>
    public static async Task<Results<Ok<OutreachView>, NotFound>> GetOutreach(Guid id, PartnersDbContext db, CancellationToken ct) =>
        await db.Outreaches.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct) is { } outreach
            ? TypedResults.Ok((await Views(db, [outreach], withHistory: true, ct)).Single())
            : TypedResults.NotFound();

    /// <summary>The planner starts an outreach to a partner about one or more open gaps.</summary>
    /// <response code="400">A field breaks its rule, the partner is unknown or a gap not open.</response>
    /// <response code="409">The partner is already approached about one of the gaps in an active outreach (its id in outreachId).</response>
    public static async Task<Results<Created<OutreachView>, ValidationProblem, ProblemHttpResult>> StartOutreach(
        StartRequest request, PartnersDbContext db, TenantContext tenant, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var validation = request.Step.Validate(Latest(clock));
        var gapKeys = (request.GapKeys ?? []).Distinct().ToList();
        if (request.PartnerId is not { } partnerId || !await db.Partners.AnyAsync(p => p.Id == partnerId, ct))
            validation.Add("partnerId", "A partner of the municipality is required.");
        if (gapKeys.Count == 0) validation.Add("gapKeys", "At least one open gap is required.");
        var open = await db.Gaps.Where(g => g.Open && gapKeys.Contains(g.GapKey)).Select(g => g.GapKey).ToListAsync(ct);
        foreach (var (key, i) in gapKeys.Select((k, i) => (k, i)).Where(k => !open.Contains(k.k)))
            validation.Add($"gapKeys[{i}]", $"'{key}' is not an open gap of the municipality.");
        await CheckContact(db, request.ContactId, request.PartnerId, validation, ct);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        var active = await db.Outreaches.AsNoTracking()
            .Where(o => o.PartnerId == request.PartnerId && o.Stage != OutreachStage.Declined && o.Stage != OutreachStage.Agreed).ToListAsync(ct);
        if (active.FirstOrDefault(o => o.GapKeys.Intersect(gapKeys).Any()) is { } running)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The partner is already approached about this gap.",
                detail: $"Outreach {running.Id} ({StageMachine.Name(running.Stage)}) covers {string.Join(", ", running.GapKeys.Intersect(gapKeys))}; record the next step there.",
                extensions: new Dictionary<string, object?> { ["outreachId"] = running.Id });

        var outreach = new OutreachCase { Id = Guid.CreateVersion7(), TenantId = tenant.Required.Value, PartnerId = request.PartnerId!.Value, GapKeys = gapKeys, CreatedAt = clock.GetUtcNow() };
        db.Outreaches.Add(outreach);
        var first = new Transition(true, OutreachStage.Identified, null, StageMachine.AllowedSteps(OutreachStage.Identified));
        Pipeline.Record(db, outreach, first, request.Step, reopened: false, Today(clock), clock.GetUtcNow(), user.FindFirst("sub")?.Value);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/outreach/{outreach.Id}", (await Views(db, [outreach], withHistory: true, ct)).Single());
    }

    /// <summary>The planner records the next step of an outreach: the stage it moves to, when, who, and what is due next.</summary>
    /// <response code="400">A field breaks its rule.</response>
    /// <response code="404">No such outreach.</response>
    /// <response code="409">The stage cannot follow the current one (the allowed steps named), or another step was recorded at the same time.</response>
    public static Task<Results<Ok<OutreachView>, NotFound, ValidationProblem, ProblemHttpResult>> TakeStep(
        Guid id, StepRequest request, PartnersDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
        Step(id, request, reopen: false, db, clock, user, ct);

    /// <summary>Takes a declined or paused outreach back to the stage it held before.</summary>
    public static Task<Results<Ok<OutreachView>, NotFound, ValidationProblem, ProblemHttpResult>> Reopen(
        Guid id, StepRequest request, PartnersDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
        Step(id, request, reopen: true, db, clock, user, ct);

    private static async Task<Results<Ok<OutreachView>, NotFound, ValidationProblem, ProblemHttpResult>> Step(
        Guid id, StepRequest request, bool reopen, PartnersDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.Outreaches.SingleOrDefaultAsync(o => o.Id == id, ct) is not { } outreach) return TypedResults.NotFound();
        var validation = request.Validate(Latest(clock));
        if (reopen && request.Stage is not null) validation.Add("stage", "A reopen returns to the stage held before; leave the stage out.");
        if (!reopen && request.Stage is null) validation.Add("stage", $"The stage to move to is required: {string.Join(", ", StageMachine.AllowedSteps(outreach.Stage))}.");
        await CheckContact(db, request.ContactId, outreach.PartnerId, validation, ct);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        var transition = reopen ? StageMachine.ReopenFrom(outreach.Stage, outreach.ResumeStage) : StageMachine.Move(outreach.Stage, outreach.ResumeStage, request.Stage!.Value);
        if (!transition.Allowed) return Refused(outreach.Stage, reopen ? StageMachine.Reopen : StageMachine.Name(request.Stage!.Value), transition.AllowedNextSteps);

        Pipeline.Record(db, outreach, transition, request, reopen, Today(clock), clock.GetUtcNow(), user.FindFirst("sub")?.Value);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Another step was recorded at the same time.",
                detail: "Nothing was stored; read the outreach and record the step again if it still applies.");
        }
        return TypedResults.Ok((await Views(db, [outreach], withHistory: true, ct)).Single());
    }

    private static ProblemHttpResult Refused(OutreachStage stage, string requested, IReadOnlyList<string> allowed) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
            title: $"An outreach that is {StageMachine.Name(stage)} cannot take the step '{requested}'.",
            detail: allowed.Count == 0 ? "No step may follow." : $"Allowed next steps: {string.Join(", ", allowed)}.",
            extensions: new Dictionary<string, object?> { ["currentStage"] = StageMachine.Name(stage), ["allowedNextSteps"] = allowed });

    /// <summary>Next steps due, earliest first; <paramref name="owner"/> narrows to one person's, <paramref name="until"/> to those due by then.</summary>
    public static async Task<Ok<List<DueStep>>> Due(PartnersDbContext db, TimeProvider clock, CancellationToken ct, string? owner = null, DateOnly? until = null)
    {
        var due = await db.Outreaches.AsNoTracking()
            .Where(o => o.NextDue != null && (owner == null || o.NextOwner == owner) && (until == null || o.NextDue <= until))
            .OrderBy(o => o.NextDue).ThenBy(o => o.CreatedAt).ToListAsync(ct);
        var names = await PartnerNames(db, due.Select(o => o.PartnerId), ct);
        var today = Today(clock);
        return TypedResults.Ok(due.Select(o => new DueStep(o.Id, o.PartnerId, names.GetValueOrDefault(o.PartnerId, ""), o.GapKeys, StageMachine.Name(o.Stage),
            o.NextDue!.Value, o.NextOwner!, o.NextDue < today, StageMachine.AllowedSteps(o.Stage))).ToList());
    }

    /// <summary>The planner reads the outreach funnel: how far the outreaches got, stage by stage.</summary>
    public static async Task<Ok<FunnelView>> GetFunnel(PartnersDbContext db, CancellationToken ct)
    {
        var stages = await db.Outreaches.AsNoTracking().Select(o => new { o.Id, o.Stage }).ToListAsync(ct);
        var reached = (await db.OutreachSteps.AsNoTracking().Select(s => new { s.OutreachId, s.To }).ToListAsync(ct))
            .GroupBy(s => s.OutreachId).ToDictionary(g => g.Key, g => (IReadOnlySet<OutreachStage>)g.Select(s => s.To).ToHashSet());
        return TypedResults.Ok(Funnel.Of(stages.Select(o => (o.Stage, reached.GetValueOrDefault(o.Id) ?? new HashSet<OutreachStage>())).ToList()));
    }

    private static async Task CheckContact(PartnersDbContext db, Guid? contactId, Guid? partnerId, RequestValidation validation, CancellationToken ct)
    {
        if (contactId is { } id && !await db.Contacts.AnyAsync(c => c.Id == id && c.PartnerId == partnerId, ct))
            validation.Add("contactId", "Not a contact person of this partner.");
    }

    private static async Task<List<OutreachView>> Views(PartnersDbContext db, List<OutreachCase> cases, bool withHistory, CancellationToken ct)
    {
        var ids = cases.Select(o => o.Id).ToList();
        var names = await PartnerNames(db, cases.Select(o => o.PartnerId), ct);
        var steps = withHistory ? await db.OutreachSteps.AsNoTracking().Where(s => ids.Contains(s.OutreachId)).OrderBy(s => s.Number).ToListAsync(ct) : [];
        var contactIds = steps.Where(s => s.ContactId != null).Select(s => s.ContactId!.Value).Distinct().ToList();
        var contacts = await db.Contacts.AsNoTracking().Where(c => contactIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return cases.Select(o => new OutreachView(o.Id, o.PartnerId, names.GetValueOrDefault(o.PartnerId, ""), o.GapKeys, StageMachine.Name(o.Stage),
            StageMachine.AllowedSteps(o.Stage), o.NextDue, o.NextOwner, o.AgreementId, o.CreatedAt,
            withHistory ? steps.Where(s => s.OutreachId == o.Id).Select(s => StepView.Of(s, contacts)).ToList() : null)).ToList();
    }

    private static Task<Dictionary<Guid, string>> PartnerNames(PartnersDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return db.Partners.AsNoTracking().Where(p => wanted.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The latest day a step may carry: a day's grace, since a planner's today may be ahead of UTC.</summary>
    private static DateOnly Latest(TimeProvider clock) => Today(clock).AddDays(1);
}

public sealed record OutreachView(
    Guid Id, Guid PartnerId, string PartnerName, IReadOnlyList<string> GapKeys, string Stage, IReadOnlyList<string> AllowedNextSteps,
    DateOnly? NextDue, string? NextOwner, Guid? AgreementId, DateTimeOffset CreatedAt, IReadOnlyList<StepView>? History);

/// <summary>One history entry; <c>Contact</c> reads "erased contact" once the person was erased.</summary>
public sealed record StepView(
    int Number, string? From, string To, bool Reopened, DateOnly On, string Owner, string? Note, DateOnly? NextDue, string? NextOwner,
    Guid? ContactId, string? Contact, DateTimeOffset RecordedAt, string? RecordedBy)
{
    public static StepView Of(OutreachStep s, IReadOnlyDictionary<Guid, string> contacts) =>
        new(s.Number, s.From is { } from ? StageMachine.Name(from) : null, StageMachine.Name(s.To), s.Reopened, s.On, s.Owner, s.Note, s.NextDue, s.NextOwner,
            s.ContactId, s.ContactErased ? PersonalData.ErasedContact : s.ContactId is { } id ? contacts.GetValueOrDefault(id) : null, s.RecordedAt, s.RecordedBy);
}

public sealed record DueStep(
    Guid OutreachId, Guid PartnerId, string PartnerName, IReadOnlyList<string> GapKeys, string Stage, DateOnly Due, string Owner, bool Overdue,
    IReadOnlyList<string> AllowedNextSteps);
