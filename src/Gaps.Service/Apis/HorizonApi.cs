using System.Globalization;
using GutAusgestattet.Gaps.Exports;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GutAusgestattet.Gaps.Apis;

/// <summary>
/// The planning year: the gaps of every week ahead, per area and category, from the needs' periods, the offers' closures,
/// public and school holidays, and the offers as planned by each week (planned offers and changes, agreements included).
/// Computed on request, from week to week by difference (<see cref="PlanningHorizon"/>); the lifecycle events stay about the current week.
/// </summary>
public static class HorizonApi
{
    public const int MaxWeeks = 104;

    public static IEndpointRouteBuilder MapHorizonApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/gaps").RequireAuthorization(Policies.Planner).WithTags("Planning horizon");
        api.MapGet("/horizon", GetHorizon);
        api.MapGet("/horizon.csv", GetYearTable).Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv");
        return app;
    }

    /// <summary>
    /// The weeks with a gap, per area and category, over a horizon: by default the 52 weeks from the current one; <c>from</c>
    /// (an ISO week like 2027-W32) and <c>weeks</c> (1–104) choose another span, <c>kitaYear</c> (e.g. 2027) the Kita year
    /// 2027/28 — the weeks from the one holding 1 August to the one holding 31 July. Each week is compared against the offers
    /// as planned by its Monday. A cell's <c>firstWeek</c> is the forward look: the first week of the horizon with a gap.
    /// Holiday care (<c>ferienbetreuung</c>) is needed and open on school-holiday days only: <c>schoolHolidayDays</c> says how
    /// many days of the horizon the tenant's school holidays cover — 0 means no holiday-care gap can show until they are entered.
    /// </summary>
    /// <param name="from">First week of the horizon (ISO week); not together with <paramref name="kitaYear"/>.</param>
    /// <param name="weeks">How many weeks, 1–104.</param>
    /// <param name="kitaYear">The year the Kita year starts in (August), 2000–2099.</param>
    /// <param name="category">Only this category.</param>
    /// <response code="400">A parameter breaks its rule, named by the parameter.</response>
    public static async Task<Results<Ok<HorizonView>, ValidationProblem>> GetHorizon(
        GapInputs inputs, GapDetector live, CancellationToken ct, string? from = null, int weeks = 52, int? kitaYear = null, string? category = null)
    {
        if (Span(from, weeks, kitaYear, live.CurrentWeek) is not { } span)
            return TypedResults.ValidationProblem(Errors(from, weeks, kitaYear));
        var (horizon, schoolHolidayDays) = await ComputeAsync(inputs, span, category, ct);
        return TypedResults.Ok(HorizonView.Of(horizon, schoolHolidayDays));
    }

    /// <summary>
    /// The year view: one row per week of the horizon (chosen as for the horizon), one column per category, each cell the
    /// person-hours of the week left without care in the category (content, time and capacity gaps summed over the areas), as
    /// a CSV download. <c>format=plain</c> (the default) or <c>de</c> (for Excel in Germany), <c>lang=de</c> (the default) or
    /// <c>en</c> for the headers.
    /// </summary>
    /// <response code="400">A parameter breaks its rule, named by the parameter.</response>
    public static async Task<Results<FileContentHttpResult, ValidationProblem>> GetYearTable(
        GapInputs inputs, GapDetector live, CancellationToken ct, string? from = null, int weeks = 52, int? kitaYear = null,
        string? category = null, string? lang = null, string? format = null)
    {
        var validation = new RequestValidation();
        var (language, csv) = (ExportRequest.LanguageOf(lang, validation), ExportRequest.FormatOf(format, validation));
        var span = Span(from, weeks, kitaYear, live.CurrentWeek);
        if (span is null || !validation.IsValid)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>([.. validation.Errors, .. span is null ? Errors(from, weeks, kitaYear) : []]));
        var (horizon, _) = await ComputeAsync(inputs, span, category, ct);
        return TypedResults.File(HorizonCsv.Write(horizon, language!.Value, csv!.Value), "text/csv; charset=utf-8", $"gaps-year-{span[0]}-{span[^1]}.csv");
    }

    /// <summary>The read model loaded once for the whole span, each week as planned by its Monday; and the span's school-holiday days.</summary>
    private static async Task<(HorizonFindings Horizon, int SchoolHolidayDays)> ComputeAsync(
        GapInputs inputs, List<AnalysisWeek> span, string? category, CancellationToken ct)
    {
        var records = await inputs.RecordsAsync(category is null ? null : [category], span[0], span[^1], span[^1].Monday, ct);
        var schoolHolidayDays = Enumerable.Range(0, 7 * span.Count).Select(span[0].Monday.AddDays)
            .Count(d => records.SchoolHolidays.Any(h => h.From <= d && d <= h.To));
        return (PlanningHorizon.Compute(span, week => records.Project(week, week.Monday)), schoolHolidayDays);
    }

    private static List<AnalysisWeek>? Span(string? from, int weeks, int? kitaYear, AnalysisWeek current)
    {
        if (kitaYear is { } year)
        {
            if (from is not null || year is < 2000 or > 2099) return null;
            var first = AnalysisWeek.Containing(new DateOnly(year, 8, 1));
            var last = AnalysisWeek.Containing(new DateOnly(year + 1, 7, 31));
            return Weeks(first, (last.Monday.DayNumber - first.Monday.DayNumber) / 7 + 1);
        }
        return weeks is >= 1 and <= MaxWeeks && AnalysisWeek.TryRead(from, current, out var start) ? Weeks(start, weeks) : null;
    }

    private static List<AnalysisWeek> Weeks(AnalysisWeek first, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new AnalysisWeek(first.Monday.AddDays(7 * i)))];

    private static Dictionary<string, string[]> Errors(string? from, int weeks, int? kitaYear)
    {
        var errors = new Dictionary<string, string[]>();
        if (kitaYear is { } year)
        {
            if (from is not null) errors["from"] = ["Give either from (and weeks) or kitaYear, not both."];
            if (year is < 2000 or > 2099) errors["kitaYear"] = ["The year the Kita year starts in, 2000–2099."];
            return errors;
        }
        if (weeks is < 1 or > MaxWeeks) errors["weeks"] = [string.Create(CultureInfo.InvariantCulture, $"Between 1 and {MaxWeeks} weeks.")];
        if (from is not null && !AnalysisWeek.TryParse(from, out _)) errors["from"] = [AnalysisWeek.Rule];
        return errors;
    }
}

/// <summary>The gaps of a horizon.</summary>
/// <param name="From">First week (ISO).</param>
/// <param name="To">Last week (ISO).</param>
/// <param name="WeekClasses">How many distinct weeks with a need the categories have: each category's other weeks are alike to one of them.</param>
/// <param name="Cells">Each area and category with a gap in any week of the horizon.</param>
/// <param name="SchoolHolidayDays">
/// The days of the horizon in the tenant's school holidays, the only days holiday care is needed and open on: 0 means the
/// school holidays are not entered (or none fall in the horizon), so no holiday-care gap can show.
/// </param>
public sealed record HorizonView(string From, string To, int Weeks, int WeekClasses, IReadOnlyList<HorizonCell> Cells, int SchoolHolidayDays)
{
    public static HorizonView Of(HorizonFindings horizon, int schoolHolidayDays) =>
        new(horizon.Weeks[0].Week.ToString(), horizon.Weeks[^1].Week.ToString(), horizon.Weeks.Count, horizon.WeekClasses,
            [.. horizon.Weeks.SelectMany(w => w.Findings.Select(f => (w.Week, Finding: f)))
                .GroupBy(f => (f.Finding.Category, f.Finding.AreaCode))
                .OrderBy(c => c.Key.Category, StringComparer.Ordinal).ThenBy(c => c.Key.AreaCode, StringComparer.Ordinal)
                .Select(c => new HorizonCell(c.Key.Category, c.Key.AreaCode, c.First().Week.ToString(),
                    [.. c.OrderBy(f => f.Week.Monday).ThenBy(f => f.Finding.Kind).Select(f => HorizonGapWeek.From(f.Week, f.Finding))]))],
            schoolHolidayDays);
}

/// <param name="FirstWeek">The first week of the horizon with a gap in the cell: "a gap will open in week 32".</param>
/// <param name="Weeks">Each week with a gap, one entry per kind of gap.</param>
public sealed record HorizonCell(string Category, string AreaCode, string FirstWeek, IReadOnlyList<HorizonGapWeek> Weeks);

/// <summary>One gap of one week, with the figures of the current week's gaps (see the gap list).</summary>
public sealed record HorizonGapWeek(
    string Week, DateOnly Monday, GapKind Kind, string Intervals, double EstimatedPersons, double PersonHours, int Responses, double Severity)
{
    public static HorizonGapWeek From(AnalysisWeek week, GapFinding f) =>
        new(week.ToString(), week.Monday, f.Kind, f.Slots.ToString(), Math.Round(f.PeakPersons, 1), Math.Round(f.PersonHours, 1), f.Responses, f.Severity);
}
