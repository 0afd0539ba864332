using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.Persistence;
using GutAusgestattet.Gaps.SchoolHolidays;
using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.Apis;

/// <summary>
/// The municipality's school holidays, which close every offer with <c>SH off</c> in its opening hours: imported from the
/// ministry's iCalendar file or a CSV table, shown, corrected and removed by the planners. Every change recalculates the
/// gaps at once.
/// </summary>
public static class SchoolHolidaysApi
{
    public static IEndpointRouteBuilder MapSchoolHolidaysApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/gaps/school-holidays").RequireAuthorization(Policies.Planner).WithTags("School holidays");
        api.MapGet("/", List);
        api.MapPost("/", Add);
        api.MapPut("/{id:guid}", Change);
        api.MapDelete("/{id:guid}", Remove);
        api.MapPost("/import", Import).Accepts<string>("text/calendar", "text/csv");
        return app;
    }

    /// <summary>The school holiday periods, earliest first.</summary>
    public static async Task<Ok<List<SchoolHolidayView>>> List(GapsDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.SchoolHolidays.AsNoTracking().OrderBy(h => h.From).ThenBy(h => h.To)
            .Select(h => new SchoolHolidayView(h.Id, h.From, h.To, h.Name)).ToListAsync(ct));

    /// <summary>Adds one period.</summary>
    /// <response code="400">A field breaks its rule: the first day and the last (inclusive) are required, the last not before the first, at most 100 days; a name of at most 200 characters.</response>
    public static async Task<Results<Created<SchoolHolidayView>, ValidationProblem>> Add(
        HolidayPeriod? period, GapsDbContext db, GapDetector gaps, CancellationToken ct)
    {
        if (Invalid(period) is { } problem) return problem;
        var holiday = new SchoolHoliday { Id = Guid.CreateVersion7(), TenantId = db.CurrentTenantId!, Name = "" };
        await db.InTransactionAsync(async token =>
        {
            db.SchoolHolidays.Add(holiday);
            Take(holiday, period!);
            await gaps.MarkAllAsync(token);
        }, ct);
        return TypedResults.Created($"/api/gaps/school-holidays/{holiday.Id}", SchoolHolidayView.Of(holiday));
    }

    /// <summary>Corrects one period.</summary>
    /// <response code="400">A field breaks its rule (see adding a period).</response>
    /// <response code="404">The municipality has no such period.</response>
    public static async Task<Results<Ok<SchoolHolidayView>, ValidationProblem, NotFound>> Change(
        Guid id, HolidayPeriod? period, GapsDbContext db, GapDetector gaps, CancellationToken ct)
    {
        if (Invalid(period) is { } problem) return problem;
        var changed = await db.InTransactionAsync(async token =>
        {
            if (await db.SchoolHolidays.SingleOrDefaultAsync(h => h.Id == id, token) is not { } holiday) return null;
            Take(holiday, period!);
            await gaps.MarkAllAsync(token);
            return holiday;
        }, ct);
        return changed is null ? TypedResults.NotFound() : TypedResults.Ok(SchoolHolidayView.Of(changed));
    }

    /// <summary>Removes one period.</summary>
    /// <response code="404">The municipality has no such period.</response>
    public static async Task<Results<NoContent, NotFound>> Remove(Guid id, GapsDbContext db, GapDetector gaps, CancellationToken ct)
    {
        var removed = await db.InTransactionAsync(async token =>
        {
            if (await db.SchoolHolidays.Where(h => h.Id == id).ExecuteDeleteAsync(token) == 0) return false;
            await gaps.MarkAllAsync(token);
            return true;
        }, ct);
        return removed ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    /// <summary>
    /// Imports the periods of an iCalendar file (<c>text/calendar</c>: one VEVENT per period, an all-day DTEND being the day
    /// after) or a CSV table (<c>text/csv</c>: <c>from;to;name</c> or <c>von;bis;bezeichnung</c>). A period with the same first
    /// and last day as one held keeps its place and takes the file's name; the others are added; none is removed. A file
    /// with an error stores nothing (400, each error under <c>line[n].field</c>); <c>dryRun=true</c> only reports.
    /// </summary>
    /// <response code="400">An error in the file, named by line and field; the report is attached.</response>
    /// <response code="415">Neither text/calendar nor text/csv.</response>
    public static async Task<Results<Ok<HolidayImportReport>, ValidationProblem, ProblemHttpResult>> Import(
        HttpRequest request, GapsDbContext db, GapDetector gaps, CancellationToken ct, bool dryRun = false)
    {
        var mediaType = ImportBody.MediaType(request, out var contentType);
        if (mediaType is not ("text/calendar" or "text/csv"))
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported import format.",
                detail: "Send the school holidays as iCalendar (text/calendar), as the ministries publish them, or as CSV (text/csv) with from;to;name.");
        var text = await ImportBody.ReadText(request, contentType!, ct);
        var file = text is null ? new HolidayFile([], [new ImportError(null, null, "body", ImportBody.NotUtf8)])
            : mediaType == "text/calendar" ? IcsHolidays.Read(text) : CsvHolidays.Read(text);

        var errors = file.Errors.ToList();
        foreach (var (line, period) in file.Periods)
        {
            var validation = new RequestValidation();
            period.Validate(validation);
            errors.AddRange(validation.Errors.SelectMany(e => e.Value.Select(rule => new ImportError(line, null, e.Key, rule))));
        }
        var held = await db.SchoolHolidays.ToListAsync(ct);
        var rows = file.Periods.Select(p => (p.Line, p.Period, Held: held.FirstOrDefault(h => h.From == p.Period.From && h.To == p.Period.To))).ToList();
        var report = new HolidayImportReport(mediaType == "text/calendar" ? "ics" : "csv", dryRun, Stored: errors.Count == 0 && !dryRun,
            [.. rows.Select(r => new ImportedHoliday(r.Line, r.Period.From, r.Period.To, r.Period.Name,
                r.Held is null ? "added" : r.Held.Name == r.Period.Name?.Trim() ? "unchanged" : "changed"))], errors);
        if (errors.Count > 0) return ImportErrors.ToProblem(errors, report);
        if (!report.Stored) return TypedResults.Ok(report);

        await db.InTransactionAsync(async token =>
        {
            // The transaction starts afresh (a retry clears the tracker): load what is held again.
            var current = await db.SchoolHolidays.ToListAsync(token);
            foreach (var (_, period, _) in rows)
            {
                var holiday = current.FirstOrDefault(h => h.From == period.From && h.To == period.To);
                if (holiday is null)
                {
                    current.Add(holiday = new SchoolHoliday { Id = Guid.CreateVersion7(), TenantId = db.CurrentTenantId!, Name = "" });
                    db.SchoolHolidays.Add(holiday);
                }
                Take(holiday, period);
            }
            await gaps.MarkAllAsync(token);
        }, ct);
        return TypedResults.Ok(report);
    }

    private static ValidationProblem? Invalid(HolidayPeriod? period)
    {
        var validation = new RequestValidation();
        if (period is null) validation.Add("body", "A period with from, to and name is required.");
        else period.Validate(validation);
        return validation.IsValid ? null : TypedResults.ValidationProblem(validation.Errors, title: "The holiday period needs correcting; nothing was stored.");
    }

    private static void Take(SchoolHoliday holiday, HolidayPeriod period)
    {
        holiday.From = period.From!.Value;
        holiday.To = period.To!.Value;
        holiday.Name = period.Name!.Trim();
    }
}

/// <summary>One school holiday period.</summary>
/// <param name="Id">The period's id, for changing or removing it.</param>
/// <param name="From">First day.</param>
/// <param name="To">Last day (inclusive).</param>
/// <param name="Name">e.g. "Sommerferien 2027".</param>
public sealed record SchoolHolidayView(Guid Id, DateOnly From, DateOnly To, string Name)
{
    public static SchoolHolidayView Of(SchoolHoliday h) => new(h.Id, h.From, h.To, h.Name);
}

/// <summary>What an import found and did.</summary>
/// <param name="Format"><c>ics</c> or <c>csv</c>.</param>
/// <param name="DryRun">Only reported, nothing stored.</param>
/// <param name="Stored">The periods were stored.</param>
/// <param name="Periods">Each period of the file with its line and outcome.</param>
/// <param name="Errors">What is wrong with the file; nothing is stored while there is any.</param>
public sealed record HolidayImportReport(string Format, bool DryRun, bool Stored, IReadOnlyList<ImportedHoliday> Periods, IReadOnlyList<ImportError> Errors);

/// <param name="Line">The line the period starts on in the file.</param>
/// <param name="Outcome"><c>added</c>, <c>changed</c> (the same days held under another name) or <c>unchanged</c>.</param>
public sealed record ImportedHoliday(int Line, DateOnly? From, DateOnly? To, string? Name, string Outcome);
