using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.Persistence;
using GutAusgestattet.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.Apis;

public static class GapsApi
{
    public static IEndpointRouteBuilder MapGapsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/gaps").RequireAuthorization(Policies.Planner).WithTags("Gaps");
        api.MapGet("/", ListGaps);
        api.MapGet("/{id:guid}", GetGap);
        return app;
    }

    /// <summary>The planner's own view: open gaps with their full figures (no suppression here).</summary>
    public static async Task<Ok<List<GapView>>> ListGaps(GapsDbContext db, CancellationToken ct, bool includeResolved = false) =>
        TypedResults.Ok((await db.Gaps.AsNoTracking().Where(g => includeResolved || g.Open)
            .OrderBy(g => g.Category).ThenBy(g => g.AreaCode).ToListAsync(ct)).Select(GapView.From).ToList());

    public static async Task<Results<Ok<GapView>, NotFound>> GetGap(Guid id, GapsDbContext db, CancellationToken ct) =>
        await db.Gaps.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, ct) is { } gap
            ? TypedResults.Ok(GapView.From(gap))
            : TypedResults.NotFound();
}

public sealed record GapView(Guid Id, string Key, string Category, string AreaCode, GapKind Kind, double EstimatedPersons, int Responses, bool Open, int Version, DateTimeOffset DetectedAt, DateTimeOffset? ResolvedAt)
{
    public static GapView From(Gap g) =>
        new(g.Id, g.Key, g.Category, g.AreaCode, g.Kind, Math.Round(g.EstimatedPersons, 1), g.Responses, g.Open, g.Version, g.DetectedAt, g.ResolvedAt);
}
