using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Http;
using GutAusgestattet.Surveys.Invitations;
using GutAusgestattet.Surveys.Persistence;
using GutAusgestattet.Surveys.Surveys;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Apis;

/// <summary>Batches of one-time codes for letters to households; each code answers the survey once.</summary>
public static class InvitationsApi
{
    public const int MaxBatch = 10_000;

    public static IEndpointRouteBuilder MapInvitationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/surveys/{id:guid}/invitations").RequireAuthorization(Policies.Planner).WithTags("Surveys");
        api.MapPost("/", IssueBatch);
        api.MapGet("/", CountInvitations);
        return app;
    }

    /// <summary>The planner issues a batch of one-time invitation codes for the survey, each answering it once; this answer is the only place they are shown.</summary>
    /// <response code="400">The count is not between 1 and the largest batch.</response>
    /// <response code="404">No such survey.</response>
    public static async Task<Results<Created<InvitationBatch>, NotFound, ValidationProblem>> IssueBatch(
        Guid id, InvitationBatchRequest request, SurveysDbContext db, InvitationCodes invitations, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Surveys.SingleOrDefaultAsync(s => s.Id == id, ct) is not { } survey) return TypedResults.NotFound();
        var validation = new RequestValidation().RequireBatchSize(request.Count);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        // Stored as hashes only: the codes cannot be shown again.
        var codes = AddBatch(survey, request.Count, db, invitations, clock);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/surveys/{id}/invitations", new InvitationBatch(id, codes));
    }

    public static RequestValidation RequireBatchSize(this RequestValidation validation, int count) =>
        validation.Require(count is >= 1 and <= MaxBatch, "count", $"A batch has 1 to {MaxBatch} codes.");

    /// <summary>
    /// New codes for the survey, added to <paramref name="db"/> as hashes; the caller's
    /// SaveChanges stores them, and the codes in clear exist only in what this returns.
    /// </summary>
    public static List<string> AddBatch(Survey survey, int count, SurveysDbContext db, InvitationCodes invitations, TimeProvider clock)
    {
        var codes = Enumerable.Range(0, count).Select(_ => InvitationCodes.New()).Distinct().ToList();
        var now = clock.GetUtcNow();
        db.Invitations.AddRange(codes.Select(code => new Invitation
        {
            Id = Guid.CreateVersion7(), TenantId = survey.TenantId, SurveyId = survey.Id, CodeHash = invitations.Hash(code), IssuedAt = now,
        }));
        return codes;
    }

    /// <summary>The planner counts a survey's invitation codes: issued and used.</summary>
    /// <response code="404">No such survey.</response>
    public static async Task<Results<Ok<InvitationCounts>, NotFound>> CountInvitations(Guid id, SurveysDbContext db, CancellationToken ct)
    {
        if (!await db.Surveys.AnyAsync(s => s.Id == id, ct)) return TypedResults.NotFound();
        var invitations = db.Invitations.Where(i => i.SurveyId == id);
        return TypedResults.Ok(new InvitationCounts(id, await invitations.CountAsync(ct), await invitations.CountAsync(i => i.UsedAt != null, ct)));
    }
}

/// <param name="Count">How many invitation codes to issue, 1 to 10,000.</param>
public sealed record InvitationBatchRequest(int Count);

public sealed record InvitationBatch(Guid SurveyId, IReadOnlyList<string> Codes);

public sealed record InvitationCounts(Guid SurveyId, int Issued, int Used);
