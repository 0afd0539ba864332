using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.Surveys.Persistence;
using GutAusgestattet.Surveys.Surveys;
using GutAusgestattet.Surveys.Waves;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Apis;

/// <summary>
/// Survey waves: surveys that ask the same population again (e.g. yearly). A planner makes one survey the current wave of its
/// population; the others of that population are superseded — their demand stops counting in the gaps (a household that answered
/// two waves counts once) and stays held for comparing the waves. <c>SurveyWaveMadeCurrent</c> is announced through the outbox.
/// </summary>
public static class WavesApi
{
    public static IEndpointRouteBuilder MapWavesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/surveys").RequireAuthorization(Policies.Planner).WithTags("Survey waves");
        api.MapGet("/populations", ListPopulations);
        api.MapPut("/{id:guid}/current-wave", MakeCurrentWave)
            .WithDescription("Makes the survey the current wave of its population (named in the body at its first marking): the other waves' demand stops counting in the gaps.");
        return app;
    }

    /// <summary>The municipality's populations, each with its waves (oldest first) and which is current.</summary>
    public static async Task<Ok<List<PopulationView>>> ListPopulations(SurveysDbContext db, CancellationToken ct)
    {
        var populations = await db.Populations.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        var waves = (await db.Surveys.AsNoTracking().Where(s => s.Population != null).OrderBy(s => s.CreatedAt).ToListAsync(ct)).ToLookup(s => s.Population);
        return TypedResults.Ok(populations.Select(p => PopulationView.Of(p, waves[p.Name])).ToList());
    }

    /// <summary>
    /// Makes the survey the current wave of its population, announced as <c>SurveyWaveMadeCurrent</c>; every other wave of the
    /// population is superseded. The first marking names the population (<c>population</c>: 1–120 characters, no e-mail address or
    /// phone number), which then stays the survey's for good — a later body may repeat it or leave it out. A draft cannot be made
    /// current (it has no answers; the wave it replaced would count nothing). Marking the current wave again changes and announces nothing.
    /// </summary>
    /// <response code="400">The population is missing, breaks its rule, or differs from the survey's own, named under <c>population</c>.</response>
    /// <response code="404">No such survey in the municipality.</response>
    /// <response code="409">The survey is a draft, or another planner marked a wave of the population at the same moment.</response>
    public static async Task<Results<Ok<PopulationView>, ValidationProblem, NotFound, ProblemHttpResult>> MakeCurrentWave(
        Guid id, WaveRequest? request, SurveysDbContext db, IPublishEndpoint events, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Surveys.SingleOrDefaultAsync(s => s.Id == id, ct) is not { } survey) return TypedResults.NotFound();
        string? name;
        if (request?.Population is null && survey.Population is not null) name = survey.Population;
        else if ((name = SurveyPopulation.ReadName(request?.Population, out var rule)) is null) return Refused(rule!);
        else if (survey.Population is not null && survey.Population != name)
            return Refused($"The survey is a wave of \"{survey.Population}\" for good; leave population out or repeat it.");
        if (survey.Status == SurveyStatus.Draft)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A draft cannot be the current wave.",
                detail: "Publish the survey first: until it has answers, the wave it replaced would count nothing.");

        var population = await db.Populations.SingleOrDefaultAsync(p => p.Name == name, ct);
        var waves = await db.Surveys.Where(s => s.Population == name && s.Id != id).OrderBy(s => s.CreatedAt).ToListAsync(ct);
        if (population?.CurrentSurveyId == id) return TypedResults.Ok(PopulationView.Of(population, [.. waves, survey]));
        if (population is null) db.Populations.Add(population = new SurveyPopulation { TenantId = survey.TenantId, Name = name });
        population.CurrentSurveyId = id;
        population.Revision++;
        survey.Population = name;
        survey.CurrentWave = true;
        foreach (var wave in waves) wave.CurrentWave = false;
        await events.Publish(new SurveyWaveMadeCurrent(survey.TenantId, name, id, [.. waves.Select(w => w.Id)], population.Revision, clock.GetUtcNow()), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The revision read is the update's condition and the name the new row's key: the other planner's marking stands.
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Another wave of the population was marked at the same moment.",
                detail: "Look at the population's waves again and mark the one meant.");
        }
        return TypedResults.Ok(PopulationView.Of(population, [.. waves, survey]));
    }

    private static ValidationProblem Refused(string rule) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["population"] = [rule] });
}

/// <param name="Population">The population's name; needed at a survey's first marking, optional afterwards.</param>
public sealed record WaveRequest(string? Population = null);

/// <param name="Revision">How often a wave of the population was made current.</param>
/// <param name="Waves">Its surveys, oldest first.</param>
public sealed record PopulationView(string Population, Guid CurrentSurveyId, long Revision, IReadOnlyList<WaveView> Waves)
{
    public static PopulationView Of(SurveyPopulation population, IEnumerable<Survey> waves) =>
        new(population.Name, population.CurrentSurveyId, population.Revision,
            [.. waves.OrderBy(s => s.CreatedAt).Select(s => new WaveView(s.Id, s.Status, s.CreatedAt, s.Id == population.CurrentSurveyId))]);
}

/// <param name="Current">Whether its demand counts in the gaps; the other waves' is held for comparison only.</param>
public sealed record WaveView(Guid SurveyId, SurveyStatus Status, DateTimeOffset CreatedAt, bool Current);
