using GutAusgestattet.Gaps.Exports;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.Incoming;
using GutAusgestattet.Gaps.Persistence;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.Apis;

/// <summary>
/// Demand of people who work here: what households of other municipalities sharing the platform said they need near a workplace
/// in this one (<see cref="IncomingDemand"/>). It flows only between municipalities that both consent to the regional exchange
/// (the regional view's consent), and only as aggregates of at least 5 responses; a withdrawn answer leaves it at once.
/// </summary>
public static class IncomingApi
{
    public static IEndpointRouteBuilder MapIncomingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/gaps").RequireAuthorization(Policies.Planner).WithTags("Incoming demand");
        api.MapGet("/incoming", GetIncoming);
        api.MapGet("/incoming.csv", GetIncomingTable).Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv");
        return app;
    }

    /// <summary>
    /// The care people who work in the municipality need near their workplace in the <c>week</c> (ISO, default the current one), per
    /// area and category: intervals, weighted peak persons, person-hours per week and responses — kept apart from the municipality's
    /// own demand and gaps. Empty, with <c>consented</c> false, while the municipality does not consent to the regional exchange;
    /// another municipality's answers count only while it consents too. A cell on fewer than 5 responses is not listed.
    /// </summary>
    /// <response code="400">The week is not an ISO week such as <c>2027-W10</c>.</response>
    public static async Task<Results<Ok<IncomingView>, ValidationProblem>> GetIncoming(
        GapsDbContext db, GapDetector live, CancellationToken ct, string? week = null)
    {
        if (!AnalysisWeek.TryRead(week, live.CurrentWeek, out var analysed))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["week"] = [AnalysisWeek.Rule] });
        return TypedResults.Ok(await ComputeAsync(db, analysed, ct));
    }

    /// <summary>
    /// The same as a CSV download, one row per area and category: when, persons, person-hours per week, responses — a file of its own,
    /// apart from the gap export. <c>format=plain</c> (the default) or <c>de</c> (for Excel in Germany), <c>lang=de</c> (the default) or
    /// <c>en</c>. Without the regional consent it holds the header only.
    /// </summary>
    /// <response code="400">A parameter breaks its rule, named by the parameter.</response>
    public static async Task<Results<FileContentHttpResult, ValidationProblem>> GetIncomingTable(
        GapsDbContext db, GapDetector live, CancellationToken ct, string? week = null, string? lang = null, string? format = null)
    {
        var validation = new RequestValidation().Require(AnalysisWeek.TryRead(week, live.CurrentWeek, out var analysed), "week", AnalysisWeek.Rule);
        var (language, csv) = (ExportRequest.LanguageOf(lang, validation), ExportRequest.FormatOf(format, validation));
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);
        var view = await ComputeAsync(db, analysed, ct);
        var names = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Name, ct);
        return TypedResults.File(IncomingCsv.Write(view.Cells, names, language!.Value, csv!.Value), "text/csv; charset=utf-8", $"incoming-{view.Week}.csv");
    }

    private static async Task<IncomingView> ComputeAsync(GapsDbContext db, AnalysisWeek analysed, CancellationToken ct)
    {
        if (!await db.RegionalConsents.AnyAsync(c => c.Consent, ct)) return new IncomingView(analysed.ToString(), false, []);

        var tenant = db.CurrentTenantId!;
        var areas = (await db.Areas.AsNoTracking().Select(a => a.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var (monday, sunday) = (analysed.Monday, analysed.Monday.AddDays(6));
        var holidays = await db.SchoolHolidays.AsNoTracking().Where(h => h.From <= sunday && h.To >= monday).ToListAsync(ct);
        var schoolDays = Enumerable.Range(0, 7).Select(analysed.Date).Where(d => holidays.Any(h => h.From <= d && d <= h.To)).ToHashSet();

        List<ReadModel.DemandRecord> demand;
        // The one read across municipalities here: demand rows naming this one as the workplace, of those that consent.
        using (db.AcrossTenants())
        {
            var consenting = db.RegionalConsents.IgnoreQueryFilters().Where(c => c.Consent).Select(c => c.TenantId);
            demand = await db.CountingDemand.IgnoreQueryFilters().AsNoTracking()
                .Where(d => d.WorkplaceAgs == tenant && d.TenantId != tenant && consenting.Contains(d.TenantId))
                .ToListAsync(ct);
        }
        return new IncomingView(analysed.ToString(), true, IncomingDemand.Of(demand, analysed, areas, schoolDays));
    }
}

/// <param name="Week">The calendar week the figures stand for, e.g. <c>2027-W10</c>.</param>
/// <param name="Consented">Whether the municipality consents to the regional exchange; without it nothing flows in.</param>
/// <param name="Cells">Per area and category with at least 5 responses, in area and category order.</param>
public sealed record IncomingView(string Week, bool Consented, IReadOnlyList<IncomingCell> Cells);
