using System.Text;
using GutAusgestattet.Persistence;
using GutAusgestattet.Persistence.Audit;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Http;
using GutAusgestattet.Surveys.Answers;
using GutAusgestattet.Surveys.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Apis;

/// <summary>
/// The data steward's part of the surveys: which raw answers are held and for how long, the raw answers themselves,
/// their retention period, and erasing one answer on a written request. Planners plan with counts and demand and
/// never see a raw answer. Every act here is written to the audit log (<c>GET /api/audit</c>) in its own transaction.
/// </summary>
public static class DataProtectionApi
{
    public const int MaxReasonLength = 500;

    public static IEndpointRouteBuilder MapDataProtectionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/surveys").RequireAuthorization(Policies.DataSteward).WithTags("Data protection");
        api.MapGet("/raw-data", ListRawData)
            .WithSummary("Raw answers held per survey")
            .WithDescription("Per survey: its retention period, the answers counted and how many still hold their raw data, the oldest of them.");
        api.MapPut("/{id:guid}/retention", SetRetention)
            .WithSummary("Change how long raw answers are kept")
            .WithDescription("Days after its receipt that an answer's raw data is deleted; the demand it reported stays. Applies to answers already stored.");
        api.MapGet("/{id:guid}/answers.csv", ExportAnswers).Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv")
            .WithSummary("The raw answers as CSV")
            .WithDescription("One row per need; columns: " + string.Join(", ", AnswersCsv.Columns) + ". Answers past their retention period have no rows.");
        api.MapPost("/{id:guid}/answers/{responseId:guid}/erasure", EraseAnswer)
            .WithSummary("Erase one answer without its receipt code")
            .WithDescription("For a written request (Art. 17 GDPR) by a household that no longer has its receipt code: the answer goes as on withdrawal, "
                + $"every derived store is told (NeedsWithdrawn). The reason (1–{MaxReasonLength} characters, e.g. the request's reference) is kept in the audit log.");
        return app;
    }

    public static async Task<Ok<List<RawDataView>>> ListRawData(SurveysDbContext db, CancellationToken ct)
    {
        var held = await db.Answers.AsNoTracking().GroupBy(a => a.SurveyId).Select(g => new
        {
            SurveyId = g.Key, Answers = g.Count(), Raw = g.Count(a => a.RawDeletedAt == null),
            Oldest = g.Where(a => a.RawDeletedAt == null).Min(a => (DateTimeOffset?)a.ReceivedAt),
        }).ToDictionaryAsync(h => h.SurveyId, ct);
        var surveys = await db.Surveys.AsNoTracking().OrderBy(s => s.CreatedAt).ToListAsync(ct);
        var latest = await db.SurveyVersions.AsNoTracking()
            .Where(v => db.Surveys.Any(s => s.Id == v.SurveyId && s.LatestVersion == v.Version))
            .ToDictionaryAsync(v => v.SurveyId, v => v.Definition.Title, ct);
        return TypedResults.Ok(surveys.Select(s =>
        {
            var h = held.GetValueOrDefault(s.Id);
            var title = latest.GetValueOrDefault(s.Id) is { } titles ? titles.GetValueOrDefault("de") ?? titles.Values.FirstOrDefault() : null;
            return new RawDataView(s.Id, title ?? "", s.Status, s.RetentionDays, h?.Answers ?? 0, h?.Raw ?? 0, h?.Oldest);
        }).ToList());
    }

    public static async Task<Results<Ok<SurveyView>, NotFound, ValidationProblem>> SetRetention(
        Guid id, RetentionRequest? request, SurveysDbContext db, AuditLog audit, CancellationToken ct)
    {
        if (await db.Surveys.SingleOrDefaultAsync(s => s.Id == id, ct) is not { } survey) return TypedResults.NotFound();
        var validation = new RequestValidation();
        if (request?.Days is null) validation.Add("days", "The retention period in days is required.");
        else SurveysApi.ValidateRetention(validation, "days", request.Days);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);
        var days = request!.Days!.Value;
        if (days != survey.RetentionDays)
        {
            audit.Record(db, AuditActions.RetentionChanged, $"survey {id}", $"{survey.RetentionDays} → {days} days");
            survey.RetentionDays = days;
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.Ok(SurveyView.From(survey));
    }

    /// <summary>Own tenant only; the export is logged before it is sent, so no copy leaves unrecorded.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> ExportAnswers(Guid id, SurveysDbContext db, AuditLog audit, CancellationToken ct)
    {
        if (!await db.Surveys.AnyAsync(s => s.Id == id, ct)) return TypedResults.NotFound();
        var answers = await db.Answers.AsNoTracking().Where(a => a.SurveyId == id).OrderBy(a => a.ReceivedAt).ToListAsync(ct);
        audit.Record(db, AuditActions.AnswersExported, $"survey {id}", $"answers with raw data: {answers.Count(a => a.Payload is not null)}");
        await db.SaveChangesAsync(ct);
        return TypedResults.File(Encoding.UTF8.GetBytes(AnswersCsv.Write(answers)), "text/csv; charset=utf-8", $"answers-{id}.csv");
    }

    public static async Task<Results<NoContent, NotFound, ValidationProblem>> EraseAnswer(
        Guid id, Guid responseId, ErasureRequest? request, SurveysDbContext db, AnswerWithdrawal withdrawal, AuditLog audit, CancellationToken ct)
    {
        var reason = request?.Reason?.Trim();
        if (reason is not { Length: >= 1 and <= MaxReasonLength })
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            { ["reason"] = [$"Say why the answer is erased, e.g. the written request's reference (1–{MaxReasonLength} characters)."] });
        return await db.InTransactionAsync<Results<NoContent, NotFound, ValidationProblem>>(async token =>
        {
            var answer = await db.Answers.SingleOrDefaultAsync(a => a.Id == responseId && a.SurveyId == id, token);
            if (answer is null) return TypedResults.NotFound();
            audit.Record(db, AuditActions.AnswerErased, $"answer {responseId} of survey {id}", reason);
            await withdrawal.WithdrawAsync(answer, token);
            return TypedResults.NoContent();
        }, ct);
    }
}

/// <param name="Days">Days after its receipt that an answer's raw data is deleted: 1 to 3650.</param>
public sealed record RetentionRequest(int? Days = null);

/// <param name="Reason">Why the answer is erased, e.g. "Schreiben vom 2. Dezember, Az. 123/26": kept in the audit log.</param>
public sealed record ErasureRequest(string? Reason = null);

/// <param name="Title">The survey's title (German, as the planner wrote it).</param>
/// <param name="RetentionDays">Days after its receipt that an answer's raw data is deleted.</param>
/// <param name="Answers">Answers counted, with or without raw data.</param>
/// <param name="RawHeld">Answers whose raw data is still held.</param>
/// <param name="OldestRawReceivedAt">When the oldest answer still holding raw data came in; null when none does.</param>
public sealed record RawDataView(Guid SurveyId, string Title, Surveys.SurveyStatus Status, int RetentionDays, int Answers, int RawHeld, DateTimeOffset? OldestRawReceivedAt);
