using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.Surveys.Persistence;
using GutAusgestattet.Surveys.Responses;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Apis;

public static class ResponsesApi
{
    public static IEndpointRouteBuilder MapResponsesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/responses").RequireAuthorization(Policies.Planner).WithTags("Responses");
        api.MapGet("/", ListResponses);
        api.MapGet("/{id:guid}", GetResponse);
        api.MapPost("/", RecordResponse);
        api.MapDelete("/{id:guid}", WithdrawResponse);
        return app;
    }

    /// <summary>The planner lists the municipality's responses, oldest first.</summary>
    public static async Task<Ok<List<ResponseView>>> ListResponses(SurveysDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Responses.AsNoTracking().OrderBy(r => r.ReceivedAt).ToListAsync(ct)).Select(ResponseView.From).ToList());

    /// <summary>The planner reads one response.</summary>
    /// <response code="404">No such response.</response>
    public static async Task<Results<Ok<ResponseView>, NotFound>> GetResponse(Guid id, SurveysDbContext db, CancellationToken ct) =>
        await db.Responses.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) is { } response
            ? TypedResults.Ok(ResponseView.From(response))
            : TypedResults.NotFound();

    /// <summary>The planner records a household's needs, e.g. from a consultation or a paper questionnaire; they count unweighted.</summary>
    /// <response code="400">A field breaks its rule (needs named by index, e.g. needs[0].persons; an area the municipality does not have).</response>
    public static async Task<Results<Created<ResponseView>, ValidationProblem>> RecordResponse(
        ResponseRequest request, SurveysDbContext db, TenantContext tenant, IPublishEndpoint events, TimeProvider clock, CancellationToken ct)
    {
        var knownAreas = (await db.Areas.AsNoTracking().Select(a => a.Code).ToListAsync(ct)).ToHashSet();
        var validation = request.Validate(knownAreas);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        var response = new SurveyResponse
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.Required.Value,
            HouseholdType = request.HouseholdType,
            ReceivedAt = clock.GetUtcNow(),
            Needs = request.Needs.Select(n => new Need { Id = Guid.CreateVersion7(), Category = n.Category, AreaCode = n.AreaCode.Trim(), Persons = n.Persons }).ToList(),
        };
        db.Responses.Add(response);
        await events.Publish(new NeedsReported(response.TenantId, response.Id, null, null,
            response.Needs.Select(n => new DemandItem(n.Id, response.HouseholdType, n.Category, n.AreaCode, n.Persons, Weight: 1, Unweighted: true)).ToList()), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/responses/{response.Id}", ResponseView.From(response));
    }

    /// <summary>Deletes the raw answer and tells every derived store to drop its demand.</summary>
    public static async Task<Results<NoContent, NotFound>> WithdrawResponse(Guid id, SurveysDbContext db, IPublishEndpoint events, CancellationToken ct)
    {
        if (await db.Responses.SingleOrDefaultAsync(r => r.Id == id, ct) is not { } response)
            return TypedResults.NotFound();

        db.Responses.Remove(response);
        await events.Publish(new NeedsWithdrawn(response.TenantId, response.Id), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}

public sealed record ResponseView(Guid Id, string HouseholdType, DateTimeOffset ReceivedAt, IReadOnlyList<NeedRequest> Needs)
{
    public static ResponseView From(SurveyResponse r) =>
        new(r.Id, r.HouseholdType, r.ReceivedAt, r.Needs.Select(n => new NeedRequest(n.Category, n.AreaCode, n.Persons)).ToList());
}
