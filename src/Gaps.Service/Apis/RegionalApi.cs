using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.Persistence;
using GutAusgestattet.Gaps.Regions;
using GutAusgestattet.Persistence.Audit;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.Apis;

/// <summary>
/// The regional view: a municipality's data steward gives or withdraws consent to be included; a
/// regional analyst reads suppressed aggregates across the consenting municipalities of the
/// district their token's AGS lies in (see <see cref="RegionalAggregates"/> for what is withheld).
/// </summary>
public static class RegionalApi
{
    public static IEndpointRouteBuilder MapRegionalApi(this IEndpointRouteBuilder app)
    {
        // Consent to share is the data steward's to give, like every decision about what leaves the municipality.
        var consent = app.MapGroup("/api/gaps/regional-consent").RequireAuthorization(Policies.DataSteward).WithTags("Regional view");
        consent.MapGet("/", GetConsent);
        consent.MapPut("/", SetConsent)
            .WithDescription("{\"consent\": true} includes the municipality's open gaps in its district's regional view (aggregates only); false withdraws. Either counts from the next calendar week's figures: the week's are fixed at its first read.");

        var regions = app.MapGroup("/api/regions").RequireAuthorization(Policies.RegionalAnalyst).WithTags("Regional view");
        regions.MapGet("/{district}/gaps", DistrictGaps).ProducesProblem(StatusCodes.Status403Forbidden)
            .WithDescription($"Open gaps of the district's consenting municipalities summed per category and kind. An aggregate resting on fewer than 5 responses "
                + $"or fewer than {RegionalAggregates.MinimumMunicipalities} municipalities is withheld entirely; no figure of one municipality is shown. "
                + "The figures are a snapshot per calendar week, taken at the week's first read and unchanged until it ends, so a consent withdrawn "
                + "(or given) between two reads does not show in their difference; it counts from the next week. Shown sums are rounded: responses and "
                + $"persons to multiples of {RegionalAggregates.CountBase}, person-hours to multiples of {RegionalAggregates.HoursBase}. "
                + "Only the district of the token's own AGS (its first 5 digits): another is 403.");
        return app;
    }

    /// <summary>The data steward reads whether the municipality is included in its district's regional view, and since when.</summary>
    public static async Task<Ok<ConsentView>> GetConsent(GapsDbContext db, TenantContext tenant, CancellationToken ct)
    {
        var held = await db.RegionalConsents.AsNoTracking().SingleOrDefaultAsync(ct);
        return TypedResults.Ok(new ConsentView(tenant.Required.DistrictCode, held?.Consent ?? false, held?.ChangedAt));
    }

    /// <summary>The data steward gives or withdraws the municipality's consent to its district's regional view; the change is audited.</summary>
    /// <response code="400">consent missing.</response>
    public static async Task<Results<Ok<ConsentView>, ValidationProblem>> SetConsent(
        ConsentRequest? request, GapsDbContext db, TenantContext tenant, TimeProvider clock, AuditLog audit, CancellationToken ct)
    {
        if (request?.Consent is not { } consent)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["consent"] = ["true to be included in the district's regional view, false to withdraw."] });
        var held = await db.RegionalConsents.SingleOrDefaultAsync(ct);
        if (held is null || held.Consent != consent)
        {
            if (held is null) db.RegionalConsents.Add(held = new RegionalConsent { TenantId = tenant.Required.Value });
            audit.Record(db, AuditActions.ConsentChanged, $"regional view of district {tenant.Required.DistrictCode}", consent ? "given" : "withdrawn");
            held.Consent = consent;
            held.ChangedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.Ok(new ConsentView(tenant.Required.DistrictCode, held.Consent, held.ChangedAt));
    }

    /// <summary>The regional analyst reads the suppressed open gaps of their own district's consenting municipalities.</summary>
    /// <response code="400">district is not 5 digits.</response>
    /// <response code="403">Another district than the token's own.</response>
    // Not <remarks>: the OpenAPI generator would put them in place of the endpoint's WithDescription.
    // Another district is 403, not 404: district codes are public (official statistics keys), so a
    // 404 would hide nothing, and it would wrongly say the district has no view rather than that this
    // analyst may not read it.
    public static async Task<Results<Ok<RegionalGapsView>, ValidationProblem, ProblemHttpResult>> DistrictGaps(
        string district, GapsDbContext db, TenantContext tenant, GapDetector live, TimeProvider clock, CancellationToken ct)
    {
        if (district.Length != 5 || !district.All(char.IsAsciiDigit))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["district"] = ["The first 5 digits of an AGS, e.g. 09162."] });
        var own = tenant.Required.DistrictCode;
        if (district != own)
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Another district",
                detail: $"Your token's municipality lies in district {own}; you may read only that district's regional view.");

        var snapshot = await RegionalSnapshots.ForAsync(db, district, live.CurrentWeek, clock.GetUtcNow(), ct);
        return TypedResults.Ok(new RegionalGapsView(district, snapshot.ConsentingMunicipalities, snapshot.Gaps,
            new AnalysisWeek(snapshot.Week).ToString(), snapshot.TakenAt));
    }
}

/// <param name="Consent">true: include the municipality in its district's regional view; false: withdraw. Optional in the binding, so a missing one is refused naming the field.</param>
public sealed record ConsentRequest(bool? Consent = null);

public sealed record ConsentView(string District, bool Consent, DateTimeOffset? ChangedAt);

/// <param name="ConsentingMunicipalities">How many municipalities of the district consented (not which) when the week's snapshot was taken.</param>
/// <param name="Week">The calendar week the figures stand for, e.g. <c>2026-W49</c>.</param>
/// <param name="TakenAt">When the week's snapshot was taken: its first read.</param>
public sealed record RegionalGapsView(string District, int ConsentingMunicipalities, IReadOnlyList<RegionalAggregate> Gaps, string Week, DateTimeOffset TakenAt);
