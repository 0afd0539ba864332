using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Http;
using GutAusgestattet.Surveys.Persistence;
using GutAusgestattet.Surveys.Surveys;
using GutAusgestattet.Surveys.Weighting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Apis;

/// <summary>
/// The planner's known counts per area and household type, from which every survey's answers are
/// weighted (post-stratification), and the weights that follow. A change of counts reweights every
/// survey of the tenant and announces each changed stratum (NeedsReweighted) in the same transaction.
/// </summary>
public static class WeightingApi
{
    public const int MaxHouseholds = 10_000_000;

    public static IEndpointRouteBuilder MapWeightingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Policies.Planner).WithTags("Weighting");
        api.MapGet("/weighting/counts", GetCounts);
        api.MapPut("/weighting/counts", ReplaceCounts)
            .WithDescription("Replaces all known counts; strata without a count weigh 1.");
        api.MapGet("/surveys/{id:guid}/weights", GetWeights)
            .WithDescription("The planner's own view: responses, known households and weight per stratum, small cells included.");
        return app;
    }

    /// <summary>The planner reads the known household counts per area and household type that the answers are weighted to.</summary>
    public static async Task<Ok<KnownCountsRequest>> GetCounts(SurveysDbContext db, CancellationToken ct) =>
        TypedResults.Ok(new KnownCountsRequest(await db.KnownCounts.AsNoTracking().OrderBy(c => c.AreaCode).ThenBy(c => c.HouseholdType)
            .Select(c => (KnownCountEntry?)new KnownCountEntry(c.AreaCode, c.HouseholdType, c.Households)).ToListAsync(ct)));

    /// <summary>The planner replaces the known household counts; every survey's answers are weighed again.</summary>
    /// <response code="400">A count breaks its rule (named by index, e.g. counts[0].households); nothing was changed.</response>
    public static async Task<Results<Ok<KnownCountsRequest>, ValidationProblem>> ReplaceCounts(
        KnownCountsRequest? request, SurveysDbContext db, StratumWeights weights, CancellationToken ct)
    {
        var areas = (await db.Areas.AsNoTracking().Select(a => a.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var validation = Validate(request, areas);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors, title: "Some counts need correcting; nothing was changed.");

        await db.InTransactionAsync(async token =>
        {
            await db.KnownCounts.ExecuteDeleteAsync(token);
            db.KnownCounts.AddRange(request!.Counts!.OfType<KnownCountEntry>().Select(c => new KnownCount
            {
                TenantId = db.CurrentTenantId!, AreaCode = c.AreaCode!, HouseholdType = c.HouseholdType!, Households = c.Households!.Value,
            }));
            await db.SaveChangesAsync(token);
            await weights.ReweighAllAsync(token);
            await db.SaveChangesAsync(token);
        }, ct);
        return await GetCounts(db, ct);
    }

    /// <summary>The planner reads a survey's weight per stratum.</summary>
    /// <response code="404">No such survey.</response>
    public static async Task<Results<Ok<List<StratumView>>, NotFound>> GetWeights(Guid id, SurveysDbContext db, CancellationToken ct)
    {
        if (!await db.Surveys.AnyAsync(s => s.Id == id, ct)) return TypedResults.NotFound();
        var counts = await db.KnownCounts.AsNoTracking().ToDictionaryAsync(c => new Stratum(c.AreaCode, c.HouseholdType), c => c.Households, ct);
        var strata = await db.Strata.AsNoTracking().Where(s => s.SurveyId == id && s.Responses > 0)
            .OrderBy(s => s.AreaCode).ThenBy(s => s.HouseholdType).ToListAsync(ct);
        return TypedResults.Ok(strata.Select(s => new StratumView(s.AreaCode, s.HouseholdType, s.Responses,
            counts.TryGetValue(new Stratum(s.AreaCode, s.HouseholdType), out var n) ? n : null, s.Weight, s.Revision)).ToList());
    }

    private static RequestValidation Validate(KnownCountsRequest? request, IReadOnlySet<string> areas)
    {
        var v = new RequestValidation();
        if (request?.Counts is not { } counts) return v.Add("counts", "The list of counts is required (empty to remove all).");
        var seen = new HashSet<Stratum>();
        for (var i = 0; i < counts.Count; i++)
        {
            var key = $"counts[{i}]";
            if (counts[i] is not { } c) { v.Add(key, "A count is required."); continue; }
            if (string.IsNullOrWhiteSpace(c.AreaCode)) v.Add($"{key}.areaCode", "An area is required.");
            else v.Require(areas.Contains(c.AreaCode), $"{key}.areaCode", "Unknown area: choose one of the municipality's areas.");
            if (c.HouseholdType is null) v.Add($"{key}.householdType", "A household type is required.");
            else v.Require(SurveyTemplate.HouseholdTypes.Contains(c.HouseholdType), $"{key}.householdType", $"One of: {string.Join(", ", SurveyTemplate.HouseholdTypes)}.");
            if (c.Households is null) v.Add($"{key}.households", "A number of households is required.");
            else v.Require(c.Households is >= 0 and <= MaxHouseholds, $"{key}.households", $"Between 0 and {MaxHouseholds}.");
            if (c.AreaCode is not null && c.HouseholdType is not null)
                v.Require(seen.Add(new Stratum(c.AreaCode, c.HouseholdType)), key, "Each area and household type once.");
        }
        return v;
    }
}

/// <summary>The known number of households of one type in one area: the stratum the answers are weighted to.</summary>
/// <param name="AreaCode">One of the municipality's areas; required.</param>
/// <param name="HouseholdType">One of <c>incoming</c>, <c>outgoing</c>, <c>both</c>, <c>other</c>; required.</param>
/// <param name="Households">Households of the type in the area, e.g. secondary residences from the population register; 0 to 10,000,000, required.</param>
public sealed record KnownCountEntry(string? AreaCode = null, string? HouseholdType = null, int? Households = null);

/// <param name="Counts">All known counts, replacing the ones held (empty removes all); each area and household type once.</param>
public sealed record KnownCountsRequest(List<KnownCountEntry?>? Counts = null);

/// <param name="KnownHouseholds">Null when no count is known: the stratum's answers then weigh 1.</param>
/// <param name="Revision">The revision the weight was published with (NeedsReweighted).</param>
public sealed record StratumView(string AreaCode, string HouseholdType, int Responses, int? KnownHouseholds, double Weight, long Revision);
