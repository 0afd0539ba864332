namespace GutAusgestattet.PlannerWeb.ServiceClients;

/// <summary>Surveys.Service: the municipality's surveys and the responses they brought.</summary>
public sealed class SurveysClient(HttpClient http, ILogger<SurveysClient> log) : ServiceClient(http, log, PlatformService.Surveys)
{
    public Task<ServiceResult<List<Survey>>> ListAsync(CancellationToken ct) => GetAsync<List<Survey>>("/api/surveys", ct);

    public Task<ServiceResult<SurveyVersion>> VersionAsync(Guid id, int version, CancellationToken ct) =>
        GetAsync<SurveyVersion>($"/api/surveys/{id}/versions/{version}", ct);

    /// <summary>The planner's own counts (not the shared view): every cell with its figure, and the total.</summary>
    public Task<ServiceResult<ResponseCounts>> CountsAsync(Guid id, CancellationToken ct) => GetAsync<ResponseCounts>($"/api/surveys/{id}/counts", ct);
}

public enum SurveyStatus
{
    Draft,
    Published,
    Closed,
}

public sealed record Survey(Guid Id, SurveyStatus Status, int? PublishedVersion, int LatestVersion, DateTimeOffset CreatedAt);

/// <summary>Of a version only what the pages show so far: its title per language.</summary>
public sealed record SurveyVersion(Guid SurveyId, int Version, SurveyDefinition Definition);

public sealed record SurveyDefinition(IReadOnlyDictionary<string, string> Title);

public sealed record ResponseCounts(int? Total);
