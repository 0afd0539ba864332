using GutAusgestattet.Surveys.Answers;
using GutAusgestattet.Surveys.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Apis;

/// <summary>What the planner reads about the answers of one survey: how many, by stratum; the raw answers are the data steward's (<see cref="DataProtectionApi"/>).</summary>
public static class AnswersApi
{
    /// <summary><paramref name="shared"/>: the view that may leave the planner's own, with small cells suppressed.</summary>
    public static async Task<Results<Ok<ResponseCountsView>, NotFound>> CountResponses(Guid id, SurveysDbContext db, CancellationToken ct, bool shared = false)
    {
        if (!await db.Surveys.AnyAsync(s => s.Id == id, ct)) return TypedResults.NotFound();
        var strata = await db.Answers.AsNoTracking().Where(a => a.SurveyId == id).Select(a => new { a.AreaCode, a.HouseholdType }).ToListAsync(ct);
        return TypedResults.Ok(ResponseCounts.Count(strata.Select(a => (a.AreaCode, a.HouseholdType)), shared));
    }
}
