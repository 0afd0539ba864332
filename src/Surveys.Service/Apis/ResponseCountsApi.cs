using GutAusgestattet.Surveys.Answers;
using GutAusgestattet.Surveys.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Apis;

/// <summary>How many households answered, per area and household type.</summary>
public static class ResponseCountsApi
{
    /// <summary><paramref name="shared"/>: the view that may leave the planner's own, with small cells suppressed.</summary>
    public static async Task<Results<Ok<ResponseCountsView>, NotFound>> CountResponses(Guid id, SurveysDbContext db, CancellationToken ct, bool shared = false)
    {
        if (!await db.Surveys.AnyAsync(s => s.Id == id, ct)) return TypedResults.NotFound();
        var answers = await db.Answers.AsNoTracking().Where(a => a.SurveyId == id).Select(a => a.Payload).ToListAsync(ct);
        return TypedResults.Ok(ResponseCounts.Count(answers.Select(a => (a.AreaCode!, a.HouseholdType!)), shared));
    }
}
