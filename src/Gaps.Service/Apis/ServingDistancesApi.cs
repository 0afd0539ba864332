using GutAusgestattet.Contracts;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.Persistence;
using GutAusgestattet.Gaps.ReadModel;
using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.Apis;

/// <summary>How far offers of each category serve, per tenant: the defaults, adjusted to the municipality's geography.</summary>
public static class ServingDistancesApi
{
    public static IEndpointRouteBuilder MapServingDistancesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/gaps/serving-distances").RequireAuthorization(Policies.Planner).WithTags("Gaps");
        api.MapGet("/", GetDistances);
        api.MapPut("/", SetDistances)
            .WithDescription("Km per category code; categories not named go back to the default. The gaps are recalculated and their changes announced right after.");
        return app;
    }

    /// <summary>The planner reads how far offers of each category serve, in km: the municipality's own or the default.</summary>
    public static async Task<Ok<Dictionary<string, double>>> GetDistances(GapsDbContext db, CancellationToken ct)
    {
        var own = await db.ServingDistances.AsNoTracking().ToDictionaryAsync(d => d.Category, d => d.Km, ct);
        return TypedResults.Ok(CareCategories.Names.Keys.ToDictionary(c => c, c => ServingDistances.For(c, own)));
    }

    /// <summary>The planner sets the serving distances in km per category (more than 0, up to the maximum); the gaps are recalculated.</summary>
    /// <response code="400">No object, an unknown category or a distance out of range.</response>
    public static async Task<Results<Ok<Dictionary<string, double>>, ValidationProblem>> SetDistances(
        Dictionary<string, double>? distances, GapsDbContext db, GapDetector gaps, CancellationToken ct)
    {
        var validation = new RequestValidation();
        if (distances is null) validation.Add("body", "An object of category code → km is required.");
        foreach (var (category, km) in distances ?? [])
        {
            validation.Require(CareCategories.IsKnown(category), category, $"Unknown category; one of: {string.Join(", ", CareCategories.Names.Keys)}.");
            validation.Require(km is > 0 and <= ServingDistances.Max, category, $"More than 0 and at most {ServingDistances.Max} km.");
        }
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        await db.InTransactionAsync(async token =>
        {
            await db.ServingDistances.ExecuteDeleteAsync(token);
            db.ServingDistances.AddRange(distances!
                .Where(d => d.Value != ServingDistances.Default.GetValueOrDefault(d.Key))
                .Select(d => new ServingDistance { TenantId = db.CurrentTenantId!, Category = d.Key, Km = d.Value }));
            await gaps.MarkAllAsync(token);
        }, ct);
        return await GetDistances(db, ct);
    }
}
