using GutAusgestattet.Persistence;
using GutAusgestattet.Surveys.Answers;
using GutAusgestattet.Surveys.Areas;
using GutAusgestattet.Surveys.LimeSurveyImport;
using GutAusgestattet.Surveys.Persistence;
using GutAusgestattet.Surveys.Surveys;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Apis;

/// <summary>
/// Brings the responses of a survey a municipality ran in LimeSurvey into one of its surveys here:
/// all or nothing, each row checked like an answer given here, each stored answer announced like
/// one (NeedsReported through the outbox, weighted with its stratum). Own tenant only.
/// </summary>
public static class LimeSurveyImportApi
{
    /// <summary>A response export with a few thousand rows of a long questionnaire stays well under this.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    public const string Description =
        "Imports the responses of a LimeSurvey response export (CSV, question-code headings, answer codes) into the survey's published version. "
        + "Body: {csv, consentVersion, source?, mapping}; the mapping names the column (and the answer-code → value map) of each answer: "
        + "responseId (default 'id'), submitDate ('submitdate'; rows without one are skipped), language ('startlanguage'), consent, householdType, "
        + "areaCode, awayDays and languages (multiple-choice columns), needs[] (when, category, persons, ageBand, windows[]{day, from, to, overnight, place}, "
        + "from, until, temporary, urgency, metToday), extra, workplace{ags, areaCode}. Each row is checked by the public answer rules; any error refuses the whole file with "
        + "422 problem details keyed line[n].field naming the column. ?dryRun=true reports and stores nothing. A response id imported before is "
        + "reported as alreadyImported, so the same file twice imports nothing new. At most 20 MiB.";

    /// <summary>The planner imports a LimeSurvey response export into the survey's published version, all or nothing.</summary>
    /// <response code="404">No such survey.</response>
    /// <response code="409">The survey is not published, or answers were stored at the same time by another request.</response>
    /// <response code="422">Rows break the answer rules (keyed line[n].field); nothing is stored.</response>
    public static async Task<Results<Ok<LimeSurveyImportReport>, NotFound, ProblemHttpResult>> Import(
        Guid id, LimeSurveyImportRequest? request, SurveysDbContext db, AnswerIntake intake, TimeProvider clock, CancellationToken ct, bool dryRun = false)
    {
        if (await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) is not { } survey) return TypedResults.NotFound();
        if (survey is not { Status: SurveyStatus.Published, PublishedVersion: { } published })
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"The survey is {survey.Status.ToString().ToLowerInvariant()}.",
                detail: "Answers are imported into the published version of an open survey: publish it first (a closed survey takes no more answers).");
        var version = await db.SurveyVersions.AsNoTracking().SingleAsync(v => v.SurveyId == id && v.Version == published, ct);
        var knownAreas = (await db.Areas.AsNoTracking().Select(a => a.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

        request ??= new LimeSurveyImportRequest();
        var otherAreas = request.Mapping?.Workplace is null ? null : await WorkplaceAreas.OfOthersAsync(version.TenantId, db, ct);
        var file = LimeSurveyReader.Read(request, version.Definition, knownAreas, version.TenantId, otherAreas);
        var keys = file.Rows.Where(r => r.Outcome == RowOutcome.New).Select(r => LimeSurveyReader.IdempotencyKey(request.Source, r.ResponseId!)).ToList();
        var imported = await db.Answers.AsNoTracking().Where(a => a.SurveyId == id && keys.Contains(a.IdempotencyKey))
            .ToDictionaryAsync(a => a.IdempotencyKey, a => a.Id, ct);

        var rows = file.Rows.Select(r => r.Outcome == RowOutcome.New && imported.TryGetValue(LimeSurveyReader.IdempotencyKey(request.Source, r.ResponseId!), out var answerId)
            ? new LimeSurveyReportRow(r.Line, r.ResponseId, RowOutcome.AlreadyImported, answerId)
            : new LimeSurveyReportRow(r.Line, r.ResponseId, r.Outcome)).ToList();
        if (dryRun) return TypedResults.Ok(LimeSurveyImportReport.From(rows, file.Errors, dryRun: true, stored: false));
        if (file.Errors.Count > 0) return LimeSurveyImportReport.From(rows, file.Errors, dryRun: false, stored: false).ToProblem();

        var receivedAt = clock.GetUtcNow();
        List<LimeSurveyReportRow> stored;
        try
        {
            // A retry after a transient failure adds the answers again: the failed attempt's went with its transaction.
            stored = await db.InTransactionAsync(async token =>
            {
                var added = rows.Select((row, i) => row.Outcome == RowOutcome.New
                    ? row with { AnswerId = intake.Add(version, file.Rows[i].Answer!, LimeSurveyReader.IdempotencyKey(request.Source, row.ResponseId!), receivedAt).Id }
                    : row).ToList();
                await intake.SaveAsync(token, asImport: true);
                return added;
            }, ct);
        }
        catch (DbUpdateException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Answers of this survey were stored at the same time by another request.",
                detail: "Nothing was stored; send the file again (responses imported meanwhile are then reported as already imported).");
        }
        return TypedResults.Ok(LimeSurveyImportReport.From(stored, [], dryRun: false, stored: true));
    }
}
