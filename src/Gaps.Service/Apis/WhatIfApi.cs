using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.WhatIf;
using GutAusgestattet.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GutAusgestattet.Gaps.Apis;

/// <summary>What-if: the effect of hypothetical offer changes on the gaps, without changing the inventory.</summary>
public static class WhatIfApi
{
    public static IEndpointRouteBuilder MapWhatIfApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/gaps/what-if", Evaluate).RequireAuthorization(Policies.Planner).WithTags("Gaps")
            .WithDescription("Which gaps the changes would close, shrink or leave, and how many persons and person-hours each change covers on its own. Nothing is stored.");
        return app;
    }

    /// <summary>The planner tries hypothetical offer changes against a week's gaps without changing anything.</summary>
    /// <response code="400">An invalid week or change (each named by its field, e.g. changes[0].freePlaces).</response>
    public static async Task<Results<Ok<WhatIfResult>, ValidationProblem>> Evaluate(
        WhatIfRequest? request, GapInputs inputs, GapDetector live, CancellationToken ct)
    {
        if (!AnalysisWeek.TryRead(request?.Week, live.CurrentWeek, out var week))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["week"] = [AnalysisWeek.Rule] });
        var today = await inputs.LoadAsync(null, week, null, ct);
        var (validation, edits) = WhatIfRules.Read(request, today);
        if (edits is null) return TypedResults.ValidationProblem(validation.Errors, title: "Some changes need correcting.");
        return TypedResults.Ok(WhatIfAnalysis.Evaluate(today, edits));
    }
}
