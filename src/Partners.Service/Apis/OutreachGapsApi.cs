using GutAusgestattet.Partners.GapReadModel;
using GutAusgestattet.Partners.Persistence;
using GutAusgestattet.Partners.Suggestions;
using GutAusgestattet.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Partners.Apis;

public static class OutreachGapsApi
{
    public static IEndpointRouteBuilder MapOutreachGapsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/outreach/gaps").RequireAuthorization(Policies.Planner).WithTags("Outreach");
        api.MapGet("/", ListGaps);
        api.MapGet("/{key}", GetGap);
        api.MapGet("/{key}/suggestions", GetSuggestions)
            .WithDescription("Partners ranked for the gap (score 0–100 with its reasons); none once the gap is resolved.");
        return app;
    }

    /// <summary>Open gaps that outreach can start from.</summary>
    public static async Task<Ok<List<OutreachGapView>>> ListGaps(PartnersDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Gaps.AsNoTracking().Where(g => g.Open).OrderBy(g => g.GapKey).ToListAsync(ct)).Select(OutreachGapView.From).ToList());

    /// <summary>The planner reads one gap as outreach knows it, by its key.</summary>
    /// <response code="404">No such gap.</response>
    public static async Task<Results<Ok<OutreachGapView>, NotFound>> GetGap(string key, PartnersDbContext db, CancellationToken ct) =>
        await db.Gaps.AsNoTracking().SingleOrDefaultAsync(g => g.GapKey == key, ct) is { } gap
            ? TypedResults.Ok(OutreachGapView.From(gap))
            : TypedResults.NotFound();

    /// <summary>The planner reads the partners suggested for a gap.</summary>
    /// <response code="404">No such gap.</response>
    public static async Task<Results<Ok<GapSuggestions>, NotFound>> GetSuggestions(string key, PartnersDbContext db, CancellationToken ct) =>
        await db.Gaps.AsNoTracking().SingleOrDefaultAsync(g => g.GapKey == key, ct) is { } gap
            ? TypedResults.Ok(await SuggestionsQuery.ForAsync(db, gap, ct))
            : TypedResults.NotFound();
}

/// <param name="Responses">Responses behind the gap; null, like every figure, when fewer than 5 (the gap events withhold them).</param>
/// <param name="Confidence">0–1 from the responses; null when withheld.</param>
public sealed record OutreachGapView(
    string GapKey, string Category, string AreaCode, string Kind, double? EstimatedPersons, int? Responses, bool Open, int Version,
    string? Intervals, double? PersonHours, double? Severity, double? Confidence)
{
    public static OutreachGapView From(OutreachGap g) =>
        new(g.GapKey, g.Category, g.AreaCode, g.Kind, g.EstimatedPersons, g.Responses, g.Open, g.Version, g.Intervals, g.PersonHours, g.Severity, g.Confidence);
}
