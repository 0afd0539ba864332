using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Http;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.Surveys.Persistence;
using GutAusgestattet.Surveys.Surveys;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Apis;

/// <summary>
/// Planners' survey definitions: created from the standard template, edited as drafts, published
/// (SurveyPublished) and closed (SurveyClosed). A published version never changes: editing it
/// opens the next version as a draft. Another tenant's survey answers 404 like a missing one.
/// </summary>
public static class SurveysApi
{
    public static IEndpointRouteBuilder MapSurveysApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/surveys").RequireAuthorization(Policies.Planner).WithTags("Surveys");
        api.MapGet("/", ListSurveys);
        api.MapPost("/", CreateSurvey);
        api.MapGet("/{id:guid}", GetSurvey);
        api.MapGet("/{id:guid}/versions/{version:int}", GetVersion);
        api.MapPut("/{id:guid}/draft", EditDraft);
        api.MapPost("/{id:guid}/publish", Publish);
        api.MapPost("/{id:guid}/close", Close);
        api.MapPut("/{id:guid}/access", SetAccess)
            .WithDescription("Whether only households with an invitation code may answer (the open link off); takes effect at once, also for a published survey.");
        api.MapGet("/{id:guid}/counts", AnswersApi.CountResponses);
        api.MapPost("/{id:guid}/imports/limesurvey", LimeSurveyImportApi.Import).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithMetadata(new RequestSizeLimitAttribute(LimeSurveyImportApi.MaxBytes)).WithDescription(LimeSurveyImportApi.Description);
        app.MapGet("/api/areas", ListKnownAreas).RequireAuthorization(Policies.Planner).WithTags("Surveys")
            .WithDescription("The tenant's areas as learnt from Inventory's AreaDefined/AreaChanged: the areas answers may name.");
        return app;
    }

    /// <summary>The planner lists the municipality's surveys, oldest first.</summary>
    public static async Task<Ok<List<SurveyView>>> ListSurveys(SurveysDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Surveys.AsNoTracking().OrderBy(s => s.CreatedAt).ToListAsync(ct)).Select(SurveyView.From).ToList());

    /// <summary>The planner lists the areas answers may name.</summary>
    public static async Task<Ok<List<KnownAreaView>>> ListKnownAreas(SurveysDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Areas.AsNoTracking().OrderBy(a => a.Code).Select(a => new KnownAreaView(a.Code, a.Name, a.Version)).ToListAsync(ct));

    /// <summary>
    /// A new survey: version 1, a draft of the standard template in its seven languages, optionally with the
    /// planner's title, added questions and the responsible body (needed before publishing).
    /// </summary>
    public static async Task<Results<Created<SurveyVersionView>, ValidationProblem>> CreateSurvey(
        CreateSurveyRequest? request, SurveysDbContext db, TenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        var definition = SurveyTemplate.Create(request?.Title, request?.Responsible);
        if (request?.Questions is { } added) definition.Questions.AddRange(added);
        var validation = DefinitionRules.Validate(definition);
        ValidateRetention(validation, "retentionDays", request?.RetentionDays);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        var survey = new Survey
        {
            Id = Guid.CreateVersion7(), TenantId = tenant.Required.Value, Status = SurveyStatus.Draft, LatestVersion = 1, CreatedAt = clock.GetUtcNow(),
            RetentionDays = request?.RetentionDays ?? Survey.DefaultRetentionDays, InvitationRequired = request?.InvitationRequired ?? false,
        };
        var version = new SurveyVersion { SurveyId = survey.Id, Version = 1, TenantId = survey.TenantId, Definition = definition };
        db.Surveys.Add(survey);
        db.SurveyVersions.Add(version);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/surveys/{survey.Id}/versions/1", SurveyVersionView.From(survey, version));
    }

    /// <summary>The planner reads one survey: status, versions, retention and access.</summary>
    /// <response code="404">No such survey.</response>
    public static async Task<Results<Ok<SurveyView>, NotFound>> GetSurvey(Guid id, SurveysDbContext db, CancellationToken ct) =>
        await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) is { } survey
            ? TypedResults.Ok(SurveyView.From(survey))
            : TypedResults.NotFound();

    /// <summary>The planner reads one version of a survey with its definition.</summary>
    /// <response code="404">No such survey or version.</response>
    public static async Task<Results<Ok<SurveyVersionView>, NotFound>> GetVersion(Guid id, int version, SurveysDbContext db, CancellationToken ct)
    {
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        var found = await db.SurveyVersions.AsNoTracking().SingleOrDefaultAsync(v => v.SurveyId == id && v.Version == version, ct);
        return survey is null || found is null ? TypedResults.NotFound() : TypedResults.Ok(SurveyVersionView.From(survey, found));
    }

    /// <summary>
    /// Replaces the draft's definition (texts, languages, questions, responsible body). When the newest version is
    /// published, the edit becomes the next version as a draft and the published one stays as it was.
    /// </summary>
    public static async Task<Results<Ok<SurveyVersionView>, Created<SurveyVersionView>, ValidationProblem, NotFound, ProblemHttpResult>> EditDraft(
        Guid id, SurveyDefinition? definition, SurveysDbContext db, CancellationToken ct)
    {
        if (await db.Surveys.SingleOrDefaultAsync(s => s.Id == id, ct) is not { } survey) return TypedResults.NotFound();
        if (survey.Status == SurveyStatus.Closed)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The survey is closed.", detail: "A closed survey cannot be edited; create a new survey.");
        var validation = DefinitionRules.Validate(definition);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        var latest = await db.SurveyVersions.SingleAsync(v => v.SurveyId == id && v.Version == survey.LatestVersion, ct);
        if (!latest.IsFrozen)
        {
            latest.Definition = definition!;
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(SurveyVersionView.From(survey, latest));
        }
        var next = new SurveyVersion { SurveyId = id, Version = latest.Version + 1, TenantId = survey.TenantId, Definition = definition! };
        survey.LatestVersion = next.Version;
        db.SurveyVersions.Add(next);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/surveys/{id}/versions/{next.Version}", SurveyVersionView.From(survey, next));
    }

    /// <summary>
    /// Publishes the draft: it is frozen, answers go to it from now on, and SurveyPublished is announced.
    /// A draft that does not name who is responsible is refused: respondents must be told before they answer (Art. 13 GDPR).
    /// </summary>
    public static async Task<Results<Ok<SurveyVersionView>, NotFound, ProblemHttpResult>> Publish(
        Guid id, SurveysDbContext db, IPublishEndpoint events, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Surveys.SingleOrDefaultAsync(s => s.Id == id, ct) is not { } survey) return TypedResults.NotFound();
        if (survey.Status == SurveyStatus.Closed)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The survey is closed.", detail: "A closed survey cannot be published again.");
        var draft = await db.SurveyVersions.SingleAsync(v => v.SurveyId == id && v.Version == survey.LatestVersion, ct);
        if (draft.IsFrozen)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "There is no draft to publish.",
                detail: $"Version {draft.Version} is already published; edit it to open a new draft.");
        if (draft.Definition.Responsible is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The draft must name who is responsible (Art. 13 GDPR).",
                detail: "Respondents are told who processes their answers before they answer. Give the draft a responsible body "
                    + "(municipality, office, address, e-mail) and publish again.",
                extensions: new Dictionary<string, object?>
                {
                    ["errors"] = new Dictionary<string, string[]> { ["responsible"] = ["Name the municipality, office, address and e-mail responsible for the survey."] },
                });

        draft.PublishedAt = clock.GetUtcNow();
        survey.Status = SurveyStatus.Published;
        survey.PublishedVersion = draft.Version;
        await events.Publish(new SurveyPublished(survey.TenantId, survey.Id, draft.Version, draft.Definition.Title["de"],
            draft.Definition.Languages.ToList(), draft.PublishedAt.Value), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(SurveyVersionView.From(survey, draft));
    }

    /// <summary>Closes a published survey: no more answers; SurveyClosed is announced.</summary>
    public static async Task<Results<Ok<SurveyView>, NotFound, ProblemHttpResult>> Close(
        Guid id, SurveysDbContext db, IPublishEndpoint events, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Surveys.SingleOrDefaultAsync(s => s.Id == id, ct) is not { } survey) return TypedResults.NotFound();
        if (survey.Status != SurveyStatus.Published)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"The survey is {survey.Status.ToString().ToLowerInvariant()}.",
                detail: "Only a published survey can be closed.");
        survey.Status = SurveyStatus.Closed;
        survey.ClosedAt = clock.GetUtcNow();
        await events.Publish(new SurveyClosed(survey.TenantId, survey.Id, survey.PublishedVersion!.Value, survey.ClosedAt.Value), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(SurveyView.From(survey));
    }

    /// <summary>The planner sets whether only households with an invitation code may answer.</summary>
    /// <response code="400">invitationRequired missing.</response>
    /// <response code="404">No such survey.</response>
    public static async Task<Results<Ok<SurveyView>, NotFound, ValidationProblem>> SetAccess(
        Guid id, AccessRequest? request, SurveysDbContext db, CancellationToken ct)
    {
        if (await db.Surveys.SingleOrDefaultAsync(s => s.Id == id, ct) is not { } survey) return TypedResults.NotFound();
        if (request?.InvitationRequired is not { } required)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["invitationRequired"] = ["Say whether an invitation code is required (true or false)."] });
        survey.InvitationRequired = required;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(SurveyView.From(survey));
    }

    internal static void ValidateRetention(RequestValidation validation, string field, int? days) =>
        validation.Require(days is null or >= 1 and <= Survey.MaxRetentionDays, field, $"Between 1 and {Survey.MaxRetentionDays} days.");
}

/// <param name="InvitationRequired">True: only the codes from the letters answer, the open link does not.</param>
public sealed record AccessRequest(bool? InvitationRequired = null);

public sealed record KnownAreaView(string Code, string Name, int Version);

/// <param name="Title">Language code → title; the template's when none.</param>
/// <param name="Questions">Questions added after the template's.</param>
/// <param name="RetentionDays">Days after its receipt that an answer's raw data is deleted; 365 when not given.</param>
/// <param name="Responsible">Who is responsible for the processing (Art. 13 GDPR); may be added with a draft edit, but is needed to publish.</param>
/// <param name="InvitationRequired">True: only households with a code from a letter may answer; false (the default) keeps the open link.</param>
public sealed record CreateSurveyRequest(
    Dictionary<string, string>? Title = null, List<Question>? Questions = null, int? RetentionDays = null, Responsible? Responsible = null,
    bool? InvitationRequired = null);

/// <param name="Population">The population whose wave the survey is; null while it is no wave (it counts on its own).</param>
/// <param name="CurrentWave">Whether it is its population's current wave; a superseded wave's demand does not count in the gaps.</param>
public sealed record SurveyView(
    Guid Id, SurveyStatus Status, int? PublishedVersion, int LatestVersion, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt, int RetentionDays,
    bool InvitationRequired, string? Population = null, bool CurrentWave = false)
{
    public static SurveyView From(Survey s) =>
        new(s.Id, s.Status, s.PublishedVersion, s.LatestVersion, s.CreatedAt, s.ClosedAt, s.RetentionDays, s.InvitationRequired, s.Population, s.CurrentWave);
}

public sealed record SurveyVersionView(Guid SurveyId, int Version, bool Draft, DateTimeOffset? PublishedAt, SurveyStatus SurveyStatus, SurveyDefinition Definition)
{
    public static SurveyVersionView From(Survey s, SurveyVersion v) => new(s.Id, v.Version, !v.IsFrozen, v.PublishedAt, s.Status, v.Definition);
}
