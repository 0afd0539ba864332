using GutAusgestattet.Contracts;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.OpenApi;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.Surveys.Answers;
using GutAusgestattet.Surveys.Areas;
using GutAusgestattet.Surveys.Employers;
using GutAusgestattet.Surveys.Invitations;
using GutAusgestattet.Surveys.LimeSurveyImport;
using GutAusgestattet.Surveys.Persistence;
using GutAusgestattet.Surveys.Surveys;
using GutAusgestattet.Surveys.Weighting;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Apis;

/// <summary>
/// What respondents use without an account: look up the code from their letter, read a published
/// survey in their language, answer it once per idempotency key, and see or withdraw their answer
/// with the receipt code. Each request runs for the tenant the survey (or receipt) belongs to;
/// everything is rate limited.
/// </summary>
public static class PublicSurveysApi
{
    /// <summary>An answer is small; a larger body is refused before it is read.</summary>
    public const long MaxAnswerBytes = 64 * 1024;

    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>The one-time code from a letter; answers through the open link send none.</summary>
    public const string InvitationHeader = "Invitation-Code";

    /// <summary>
    /// The receipt code travels in this header, never in the path: paths are in the traces, access logs and proxies'
    /// logs, and whoever reads the code there can read and withdraw the answer.
    /// </summary>
    public const string ReceiptHeader = "Receipt-Code";

    /// <summary>The receipt's address; which receipt, says <see cref="ReceiptHeader"/>.</summary>
    public const string ReceiptsPath = "/public/receipts";

    public static IEndpointRouteBuilder MapPublicSurveysApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/public").AllowAnonymous().WithTags("Public");
        api.MapGet("/surveys/{id:guid}", GetSurvey);
        api.MapPost("/surveys/{id:guid}/responses", SubmitAnswer).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status410Gone).ProducesProblem(StatusCodes.Status422UnprocessableEntity).WithMetadata(new RequestSizeLimitAttribute(MaxAnswerBytes))
            .DocumentHeader(IdempotencyHeader, "A random key (e.g. a UUID) per submission, 8 to 100 characters, not starting with "
                + $"'{LimeSurveyReader.KeyPrefix}' (reserved for imports). The same key with the same answers again is answered with the first "
                + "receipt (200) and stores nothing; with other answers it is refused (422).", required: true, minLength: 8, maxLength: 100)
            .DocumentHeader(InvitationHeader, "The one-time code from the letter, where the survey invites by letter; none through the open link.");
        api.MapGet("/invitations", GetInvitation);
        api.MapGet("/receipts", GetReceipt);
        api.MapDelete("/receipts", WithdrawAnswer);
        return app;
    }

    /// <summary>The published version's texts in <paramref name="lang"/>, German where a text is missing.</summary>
    public static async Task<Results<Ok<PublicSurveyView>, NotFound, ProblemHttpResult>> GetSurvey(
        Guid id, SurveysDbContext db, TenantContext tenant, WorkplaceMunicipalities workplaces, CancellationToken ct, string? lang = null)
    {
        if (await Open(id, db, tenant, ct) is not { } open) return TypedResults.NotFound();
        if (open.Refusal is { } refusal) return refusal;
        var (survey, version) = (open.Survey, open.Version!);
        var language = lang is not null && version.Definition.Languages.Contains(lang) ? lang : "de";
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.Name).Select(a => new PublicChoice(a.Code, a.Name)).ToListAsync(ct);
        return TypedResults.Ok(PublicSurveyView.From(survey, version, language, areas, await db.ReservingAsync(ct),
            await workplaces.OtherThanAsync(survey.TenantId, db, ct)));
    }

    /// <summary>Concurrent submissions with one key or one invitation collide on its row; the loser tries again and finds it.</summary>
    private const int Attempts = 3;

    /// <summary>A household submits its answers to a published survey, without signing in; the receipt lets it read or withdraw them later.</summary>
    /// <response code="200">The same Idempotency-Key with the same answers again: the first receipt, nothing stored.</response>
    /// <response code="400">The Idempotency-Key header missing or invalid, or answers that need correcting (nothing stored).</response>
    /// <response code="403">The survey takes answers only with an invitation code, and none was sent.</response>
    /// <response code="404">No such open survey, or an unknown invitation code.</response>
    /// <response code="409">The invitation code has already been used.</response>
    /// <response code="410">The survey is closed.</response>
    /// <response code="422">The Idempotency-Key was used for other answers.</response>
    public static async Task<Results<Created<Receipt>, Ok<Receipt>, ValidationProblem, NotFound, ProblemHttpResult>> SubmitAnswer(
        Guid id, AnswerRequest? request, HttpRequest http, SurveysDbContext db, TenantContext tenant, AnswerIntake intake,
        ReceiptCodes receipts, InvitationCodes invitations, TimeProvider clock, AnswerMetrics metrics, CancellationToken ct)
    {
        var key = http.Headers[IdempotencyHeader].ToString();
        if (key is not { Length: >= 8 and <= 100 } || key.StartsWith(LimeSurveyReader.KeyPrefix, StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"The {IdempotencyHeader} header is required.",
                detail: "Send a random key of 8 to 100 characters (e.g. a UUID) with each submission; repeat it only when repeating the same submission. "
                    + $"Keys starting with '{LimeSurveyReader.KeyPrefix}' are reserved for imports.");
        if (await Open(id, db, tenant, ct) is not { } open) return TypedResults.NotFound();
        if (open.Refusal is { } refusal) return refusal;
        var invitationCode = http.Headers[InvitationHeader].ToString();
        if (open.Survey.InvitationRequired && invitationCode.Length == 0)
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This survey is answered only with the code from the letter.",
                detail: $"The municipality invites households by letter; send the letter's code in the {InvitationHeader} header.");
        if (request is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The answers are required."] });

        var requestHash = AnswerIntake.HashOf(request);
        if (await Replay(id, key, requestHash, db, receipts, ct) is { } replay) return replay;

        // Only the answer's areas (home, workplace) are asked about: a municipality's list of areas is not read for every answer.
        var asked = new[] { request.AreaCode, request.Workplace?.AreaCode }.OfType<string>().Distinct().ToList();
        var knownAreas = asked.Count == 0 ? [] : (await db.Areas.Where(a => asked.Contains(a.Code)).Select(a => a.Code).ToListAsync(ct)).ToHashSet();
        var employers = request.EmployerId is null ? null : (await db.ReservingAsync(ct)).Select(e => e.Id).ToHashSet();
        var validation = AnswerRules.Validate(request, open.Version!.Definition, knownAreas, open.Version!.TenantId,
            await WorkplaceAreas.OfAsync(request.Workplace, open.Version!.TenantId, db, ct), employers);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors, title: "Some answers need correcting; nothing was stored.");

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var stored = await db.InTransactionAsync(Store, ct);
                // Counted once committed: a retried unit of work is one answer.
                if (stored.Result is Created<Receipt>) metrics.Received(open.Survey.TenantId, id);
                return stored;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // The same key raced in from another request: answer with the submission that won. Otherwise
                // (the invitation was used a moment earlier) try again.
                if (await Replay(id, key, requestHash, db, receipts, ct) is { } raced) return raced;
            }
        }

        async Task<Results<Created<Receipt>, Ok<Receipt>, ValidationProblem, NotFound, ProblemHttpResult>> Store(CancellationToken token)
        {
            Invitation? invitation = null;
            if (invitationCode.Length > 0)
            {
                invitation = await invitations.Matching(db.Invitations, invitationCode).SingleOrDefaultAsync(i => i.SurveyId == id, token);
                if (invitation is null)
                    return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown invitation code.",
                        detail: "Check the code on your letter; it belongs to this survey only.");
                if (invitation.UsedAt is not null) return InvitationUsed();
            }
            var answer = intake.Add(open.Version, request, key, clock.GetUtcNow());
            invitation?.UsedAt = answer.ReceivedAt;
            await intake.SaveAsync(token);
            return TypedResults.Created(ReceiptsPath, Receipt.From(answer, receipts));
        }
    }

    private static ProblemHttpResult InvitationUsed() =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This invitation code has already been used.",
            detail: "Each code answers the survey once. With the receipt code you got then, you can see or withdraw that answer.");

    private static async Task<Results<Created<Receipt>, Ok<Receipt>, ValidationProblem, NotFound, ProblemHttpResult>?> Replay(
        Guid id, string key, string requestHash, SurveysDbContext db, ReceiptCodes receipts, CancellationToken ct)
    {
        var first = await db.Answers.AsNoTracking().SingleOrDefaultAsync(a => a.SurveyId == id && a.IdempotencyKey == key, ct);
        if (first is null) return null;
        if (first.RequestHash != requestHash)
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: $"The {IdempotencyHeader} was used for other answers.",
                detail: "Use a new key for a new submission.");
        return TypedResults.Ok(Receipt.From(first, receipts));
    }

    /// <summary>
    /// Which survey the code from a letter (in the <see cref="InvitationHeader"/> header, never in the address, so it stays
    /// out of logs and traces) opens, whether it was used, and whether the survey still takes answers; nothing more (no
    /// counts), since anyone can try codes. Unknown codes and codes of never-published surveys are 404.
    /// </summary>
    public static async Task<Results<Ok<InvitationView>, ProblemHttpResult>> GetInvitation(
        [FromHeader(Name = InvitationHeader)] string? code, SurveysDbContext db, InvitationCodes invitations, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"The {InvitationHeader} header is required.",
                detail: "Send the code from the letter in this header; it is never part of the address.");
        // Codes are 60 random bits, so two surveys sharing one is all but impossible; should it happen, the code names no single survey.
        using var allTenants = db.AcrossTenants();
        var found = await (
            from invitation in invitations.Matching(db.Invitations.IgnoreQueryFilters(), code)
            join survey in db.Surveys.IgnoreQueryFilters() on invitation.SurveyId equals survey.Id
            where survey.PublishedVersion != null
            select new InvitationView(survey.Id, survey.TenantId, invitation.UsedAt != null, survey.Status)).Take(2).ToListAsync(ct);
        return found is [var view]
            ? TypedResults.Ok(view)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown invitation code.",
                detail: "Check the code on your letter: 12 letters and digits, e.g. 7KQ2-MX9D-4HR1.");
    }

    /// <summary>The respondent's own answer (Art. 15 GDPR), by the code in the <see cref="ReceiptHeader"/> header.</summary>
    public static async Task<Results<Ok<ReceiptView>, NotFound, ProblemHttpResult>> GetReceipt(
        [FromHeader(Name = ReceiptHeader)] string? code, SurveysDbContext db, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code)) return ReceiptCodeMissing();
        var hash = ReceiptCodes.Hash(code);
        using var allTenants = db.AcrossTenants();
        var answer = await db.Answers.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(a => a.ReceiptHash == hash, ct);
        return answer is null ? TypedResults.NotFound() : TypedResults.Ok(ReceiptView.From(answer));
    }

    /// <summary>Withdraws the answer (Art. 17 GDPR): the raw answer is deleted and NeedsWithdrawn tells every derived store.</summary>
    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> WithdrawAnswer(
        [FromHeader(Name = ReceiptHeader)] string? code, SurveysDbContext db, TenantContext tenant, AnswerWithdrawal withdrawal, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code)) return ReceiptCodeMissing();
        var hash = ReceiptCodes.Hash(code);
        string? owner;
        using (db.AcrossTenants())
            owner = await db.Answers.IgnoreQueryFilters().AsNoTracking().Where(a => a.ReceiptHash == hash).Select(a => a.TenantId).SingleOrDefaultAsync(ct);
        if (owner is null) return TypedResults.NotFound();
        tenant.Set(Ags.Parse(owner));
        return await db.InTransactionAsync<Results<NoContent, NotFound, ProblemHttpResult>>(async token =>
        {
            var answer = await db.Answers.SingleOrDefaultAsync(a => a.ReceiptHash == hash, token);
            if (answer is null) return TypedResults.NotFound();
            await withdrawal.WithdrawAsync(answer, token);
            return TypedResults.NoContent();
        }, ct);
    }

    private static ProblemHttpResult ReceiptCodeMissing() =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"The {ReceiptHeader} header is required.",
            detail: "Send the receipt code in this header; it is never part of the address.");

    private sealed record OpenSurvey(Survey Survey, SurveyVersion? Version, ProblemHttpResult? Refusal);

    /// <summary>The survey with its published version, scoping the request to its tenant; null when unknown or never published.</summary>
    private static async Task<OpenSurvey?> Open(Guid id, SurveysDbContext db, TenantContext tenant, CancellationToken ct)
    {
        // Survey and published version in one round trip: every answer and every page view asks.
        using (db.AcrossTenants())
        {
            var found = await db.Surveys.IgnoreQueryFilters().AsNoTracking().Where(s => s.Id == id && s.PublishedVersion != null)
                .Select(s => new { Survey = s, Version = db.SurveyVersions.IgnoreQueryFilters().Single(v => v.SurveyId == s.Id && v.Version == s.PublishedVersion) })
                .SingleOrDefaultAsync(ct);
            if (found is null) return null;
            tenant.Set(Ags.Parse(found.Survey.TenantId));
            return found.Survey.Status == SurveyStatus.Closed
                ? new OpenSurvey(found.Survey, null, TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "The survey is closed.",
                    detail: "This survey no longer takes answers. Thank you for your interest."))
                : new OpenSurvey(found.Survey, found.Version, null);
        }
    }
}

/// <summary>What the respondent keeps: with the code they can see and withdraw their answer.</summary>
public sealed record Receipt(Guid ResponseId, Guid SurveyId, int SurveyVersion, string ReceiptCode, DateTimeOffset ReceivedAt)
{
    public static Receipt From(Answer a, ReceiptCodes receipts) => new(a.Id, a.SurveyId, a.SurveyVersion, receipts.For(a.Id), a.ReceivedAt);
}

/// <param name="Answers">The raw answers; null once the survey's retention period deleted them (<paramref name="RawDeletedAt"/>).
/// From then on the demand derived from them is held only within anonymous totals (<c>AnswersRetired</c>): withdrawing
/// the answer still removes its stratum count, but cannot take its part out of those totals.</param>
public sealed record ReceiptView(Guid ResponseId, Guid SurveyId, int SurveyVersion, string Language, string ConsentVersion, string ConsentLanguage,
    DateTimeOffset ReceivedAt, AnswerRequest? Answers, DateTimeOffset? RawDeletedAt)
{
    public static ReceiptView From(Answer a) => new(a.Id, a.SurveyId, a.SurveyVersion, a.Language, a.ConsentVersion, a.ConsentLanguage, a.ReceivedAt, a.Payload, a.RawDeletedAt);
}

/// <param name="TenantId">The municipality's AGS.</param>
/// <param name="Used">Whether an answer was already given with the code: each code answers once.</param>
/// <param name="SurveyStatus"><c>published</c> (open for answers) or <c>closed</c>.</param>
public sealed record InvitationView(Guid SurveyId, string TenantId, bool Used, SurveyStatus SurveyStatus);

/// <param name="Value">What the answer sends, e.g. an area's code.</param>
/// <param name="Text">What the respondent reads.</param>
public sealed record PublicChoice(string Value, string Text);

public sealed record PublicQuestion(string Id, string Type, bool Required, string Text, IReadOnlyList<PublicChoice>? Choices);

/// <summary>The survey as a respondent sees it, in one language, with the vocabularies the answers use.</summary>
/// <param name="TenantId">The municipality's AGS.</param>
/// <param name="Responsible">Who is responsible for the processing (Art. 13 GDPR); null only for versions published before it was required.</param>
/// <param name="RetentionDays">Days after its receipt that the raw answer is deleted.</param>
/// <param name="InvitationRequired">Whether only a code from a letter answers it: the open link then leads to the code entry instead of the form.</param>
/// <param name="Employers">The employers a household may name (optional, <c>employerId</c>): the municipality's partners with places reserved
/// for their staff, by name — only those, since the answer matters only where places are reserved, and it keeps the list short. Empty when
/// none: then the question is not asked.</param>
/// <param name="Workplaces">The other municipalities sharing the platform that a workplace may lie in, by name, each with its areas;
/// the own municipality's are <paramref name="Areas"/>. A municipality with no published survey is not listed: Surveys knows its name
/// only from its surveys.</param>
public sealed record PublicSurveyView(
    Guid Id, int Version, string TenantId, string Language, IReadOnlyList<string> Languages, string Title, string ConsentVersion, string ConsentText,
    Responsible? Responsible, int RetentionDays, bool InvitationRequired,
    IReadOnlyList<PublicQuestion> Questions, IReadOnlyList<PublicChoice> Areas, IReadOnlyList<PublicChoice> Categories,
    IReadOnlyList<string> AgeBands, IReadOnlyList<string> Urgencies, IReadOnlyList<string> MetToday, IReadOnlyList<EmployerChoice> Employers,
    IReadOnlyList<WorkplaceMunicipality> Workplaces)
{
    private static string In(Dictionary<string, string> texts, string language) =>
        texts.GetValueOrDefault(language) ?? texts.GetValueOrDefault("de") ?? texts.Values.First();

    public static PublicSurveyView From(Survey s, SurveyVersion v, string language, IReadOnlyList<PublicChoice> areas, IReadOnlyList<EmployerChoice> employers,
        IReadOnlyList<WorkplaceMunicipality> workplaces)
    {
        var d = v.Definition;
        return new PublicSurveyView(s.Id, v.Version, s.TenantId, language, d.Languages, In(d.Title, language), d.Consent.Version, In(d.Consent.Text, language),
            d.Responsible, s.RetentionDays, s.InvitationRequired,
            d.Questions.Select(q => new PublicQuestion(q.Id, q.Type, q.Required, In(q.Text, language),
                q.Choices?.Select(c => new PublicChoice(c.Value, In(c.Text, language))).ToList())).ToList(),
            areas, CareCategories.Names.Select(c => new PublicChoice(c.Key, c.Value)).ToList(),
            SurveyTemplate.AgeBands, SurveyTemplate.Urgencies, SurveyTemplate.MetToday, employers, workplaces);
    }
}
