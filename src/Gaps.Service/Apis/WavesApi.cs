using GutAusgestattet.Contracts;
using GutAusgestattet.Gaps.Exports;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.Persistence;
using GutAusgestattet.Gaps.Waves;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.Apis;

/// <summary>
/// Survey waves compared: per area and category, the gap of each wave's demand alone against the same offers, side by side with a
/// verdict — did it close, grow, shrink, is it new. A superseded wave's demand counts in no gap, but is held for this.
/// </summary>
public static class WavesApi
{
    public static IEndpointRouteBuilder MapWavesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/gaps").RequireAuthorization(Policies.Planner).WithTags("Survey waves");
        api.MapGet("/waves", CompareWaves);
        api.MapGet("/waves.csv", CompareWavesTable).Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv");
        return app;
    }

    /// <summary>
    /// Two survey waves side by side (<c>first</c> and <c>second</c>: survey ids), per area and category with a gap in either: each wave's
    /// demand alone compared with today's offers in the <c>week</c> (ISO, default the current one) by the same engine as the gaps, its
    /// persons, person-hours and responses, and the verdict (closed, new, grew, shrank, unchanged — by person-hours, a move under 10 % is
    /// none). Households cannot be followed from wave to wave (answers carry no identity): each wave's responses in the cell tell whether
    /// they stayed. A wave's figures resting on fewer than 5 responses are withheld, and with them the verdict.
    /// </summary>
    /// <response code="400">A parameter breaks its rule, named by the parameter.</response>
    /// <response code="404">Gaps holds nothing of one of the surveys (none of its answers arrived, or it is another municipality's).</response>
    public static async Task<Results<Ok<WaveComparisonView>, ValidationProblem, ProblemHttpResult>> CompareWaves(
        GapInputs inputs, GapDetector live, GapsDbContext db, CancellationToken ct, Guid? first = null, Guid? second = null, string? week = null)
    {
        var validation = Validate(first, second, week, live, out var compared);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);
        return await ComputeAsync(inputs, db, first!.Value, second!.Value, compared, ct) is { } view ? TypedResults.Ok(view) : Unknown();
    }

    /// <summary>
    /// The same comparison as a CSV download, one row per area and category: each wave's persons, person-hours and responses and the
    /// verdict in words; withheld figures are empty. <c>format=plain</c> (the default) or <c>de</c> (for Excel in Germany), <c>lang=de</c>
    /// (the default) or <c>en</c>.
    /// </summary>
    /// <response code="400">A parameter breaks its rule, named by the parameter.</response>
    /// <response code="404">Gaps holds nothing of one of the surveys.</response>
    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> CompareWavesTable(
        GapInputs inputs, GapDetector live, GapsDbContext db, CancellationToken ct, Guid? first = null, Guid? second = null, string? week = null,
        string? lang = null, string? format = null)
    {
        var validation = Validate(first, second, week, live, out var compared);
        var (language, csv) = (ExportRequest.LanguageOf(lang, validation), ExportRequest.FormatOf(format, validation));
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);
        if (await ComputeAsync(inputs, db, first!.Value, second!.Value, compared, ct) is not { } view) return Unknown();
        var names = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Name, ct);
        return TypedResults.File(WavesCsv.Write(view.Cells, names, language!.Value, csv!.Value), "text/csv; charset=utf-8", $"waves-{view.Week}.csv");
    }

    private static RequestValidation Validate(Guid? first, Guid? second, string? week, GapDetector live, out AnalysisWeek compared)
    {
        var validation = new RequestValidation()
            .Require(first is not null, "first", "The survey id of the earlier wave.")
            .Require(second is not null, "second", "The survey id of the later wave.")
            .Require(AnalysisWeek.TryRead(week, live.CurrentWeek, out compared), "week", AnalysisWeek.Rule);
        if (first is not null && first == second) validation.Add("second", "Another survey than first: a wave compared with itself tells nothing.");
        return validation;
    }

    private static ProblemHttpResult Unknown() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such survey.", detail: "Gaps holds no answers of one of the surveys.");

    /// <summary>Null when Gaps holds nothing of one of the surveys.</summary>
    private static async Task<WaveComparisonView?> ComputeAsync(
        GapInputs inputs, GapsDbContext db, Guid first, Guid second, AnalysisWeek week, CancellationToken ct)
    {
        var (earlier, later) = (await inputs.SurveyRecordsAsync(first, week, ct), await inputs.SurveyRecordsAsync(second, week, ct));
        foreach (var (survey, records) in new[] { (first, earlier), (second, later) })
            if (records.Demand.Count == 0 && !await db.SurveyWaves.AnyAsync(w => w.SurveyId == survey, ct)) return null;
        var cells = WaveComparison.Compare((earlier.Demand, SlotComparison.Compute(earlier.Project(week, null))),
            (later.Demand, SlotComparison.Compute(later.Project(week, null))));
        return new WaveComparisonView(first, second, week.ToString(), week.Monday, Shown(WaveComparison.Responses(earlier.Demand)),
            Shown(WaveComparison.Responses(later.Demand)), cells);
    }

    private static int? Shown(int responses) => responses == 0 || SmallCells.MayShow(responses) ? responses : null;
}

/// <summary>Two waves compared in one week.</summary>
/// <param name="FirstResponses">All responses of the first wave Gaps holds; null when fewer than 5 (withheld).</param>
/// <param name="SecondResponses">Likewise for the second wave.</param>
/// <param name="Cells">Each area and category with a gap in either wave, by category and area.</param>
public sealed record WaveComparisonView(
    Guid First, Guid Second, string Week, DateOnly Monday, int? FirstResponses, int? SecondResponses, IReadOnlyList<WaveCellComparison> Cells);
