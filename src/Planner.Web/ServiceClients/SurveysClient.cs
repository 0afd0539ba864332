using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.PlannerWeb.ServiceClients;

/// <summary>Surveys.Service: the municipality's surveys, their invitations and responses, and the known counts that weight them.</summary>
public sealed class SurveysClient(HttpClient http, ILogger<SurveysClient> log) : ServiceClient(http, log, PlatformService.Surveys)
{
    public Task<ServiceResult<List<Survey>>> ListAsync(CancellationToken ct) => GetAsync<List<Survey>>("/api/surveys", ct);

    public Task<ServiceResult<Survey>> GetAsync(Guid id, CancellationToken ct) => GetAsync<Survey>($"/api/surveys/{id}", ct);

    public Task<ServiceResult<SurveyVersion>> VersionAsync(Guid id, int version, CancellationToken ct) =>
        GetAsync<SurveyVersion>($"/api/surveys/{id}/versions/{version}", ct);

    /// <summary>A version as the service sent it, whole, to edit its definition without losing what this application does not know.</summary>
    public Task<ServiceResult<JsonObject>> VersionAsJsonAsync(Guid id, int version, CancellationToken ct) =>
        GetAsync<JsonObject>($"/api/surveys/{id}/versions/{version}", ct);

    /// <summary>The planner's own counts (not the shared view): every cell with its figure, and the total.</summary>
    public Task<ServiceResult<ResponseCounts>> CountsAsync(Guid id, CancellationToken ct) => GetAsync<ResponseCounts>($"/api/surveys/{id}/counts", ct);

    public Task<ServiceResult<InvitationCounts>> InvitationsAsync(Guid id, CancellationToken ct) =>
        GetAsync<InvitationCounts>($"/api/surveys/{id}/invitations", ct);

    /// <summary>
    /// A new draft of the standard template naming who is responsible; the template's title in every language. With
    /// <paramref name="invitationRequired"/> only the codes from the letters answer it, not the open link.
    /// </summary>
    public Task<ServiceResult<JsonObject>> CreateAsync(Responsible responsible, bool invitationRequired, CancellationToken ct) =>
        PostAsync<JsonObject>("/api/surveys", new { responsible, invitationRequired }, ct);

    /// <summary>Replaces the draft's whole definition; a published survey's edit opens the next version as a draft.</summary>
    public Task<ServiceResult<JsonObject>> EditDraftAsync(Guid id, JsonObject definition, CancellationToken ct) =>
        PutAsync<JsonObject>($"/api/surveys/{id}/draft", definition, ct);

    /// <summary>Whether only the codes from the letters answer the survey (the open link off).</summary>
    public Task<ServiceResult<JsonObject>> SetAccessAsync(Guid id, bool invitationRequired, CancellationToken ct) =>
        PutAsync<JsonObject>($"/api/surveys/{id}/access", new { invitationRequired }, ct);

    public Task<ServiceResult<JsonObject>> PublishAsync(Guid id, CancellationToken ct) => PostAsync<JsonObject>($"/api/surveys/{id}/publish", new { }, ct);

    public Task<ServiceResult<JsonObject>> CloseAsync(Guid id, CancellationToken ct) => PostAsync<JsonObject>($"/api/surveys/{id}/close", new { }, ct);

    /// <summary>A file of a survey as the service sends it: <c>qr.svg</c>, <c>poster.pdf?language=de</c>, <c>answers.csv</c>; null when unreachable.</summary>
    public Task<HttpResponseMessage?> FileAsync(Guid id, string file, CancellationToken ct) =>
        ForwardAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/surveys/{id}/{file}"), ct);

    /// <summary>Issues a batch of invitation codes and answers the letters as a PDF (the codes exist nowhere else); null when unreachable.</summary>
    public Task<HttpResponseMessage?> LettersAsync(Guid id, int count, string language, CancellationToken ct) =>
        ForwardAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/surveys/{id}/invitations/letters")
        {
            Content = JsonContent.Create(new { count, language }, options: ServiceCalls.Json),
        }, ct);

    /// <summary>The municipality's populations, each with its waves (oldest first) and which is current.</summary>
    public Task<ServiceResult<List<Population>>> PopulationsAsync(CancellationToken ct) => GetAsync<List<Population>>("/api/surveys/populations", ct);

    /// <summary>
    /// Makes the survey the current wave of the population: only its answers count in the gaps, the other waves' are kept for
    /// comparing. Refused, the problem names <c>population</c> (400) or says why the marking cannot be done now (409).
    /// </summary>
    public Task<ServiceResult<Population>> MakeCurrentWaveAsync(Guid id, string population, CancellationToken ct) =>
        PutAsync<Population>($"/api/surveys/{id}/current-wave", new { population }, ct);

    /// <summary>The data steward's overview: per survey its retention period and how many answers still hold raw data.</summary>
    public Task<ServiceResult<List<RawData>>> RawDataAsync(CancellationToken ct) => GetAsync<List<RawData>>("/api/surveys/raw-data", ct);

    /// <summary>Refused, the problem names <c>days</c>.</summary>
    public Task<ServiceResult<JsonObject>> SetRetentionAsync(Guid id, int days, CancellationToken ct) =>
        PutAsync<JsonObject>($"/api/surveys/{id}/retention", new { days }, ct);

    /// <summary>Erases one answer on a written request (no receipt code); refused, the problem names <c>reason</c>; 404 for an unknown answer.</summary>
    public Task<ServiceResult<Done>> EraseAnswerAsync(Guid id, Guid responseId, string reason, CancellationToken ct) =>
        SendAsync<Done>(new HttpRequestMessage(HttpMethod.Post, $"/api/surveys/{id}/answers/{responseId}/erasure")
        {
            Content = JsonContent.Create(new { reason }, options: ServiceCalls.Json),
        }, ct);

    /// <summary>The areas Surveys learnt from Inventory: the only ones answers and known counts may name.</summary>
    public Task<ServiceResult<List<KnownArea>>> AreasAsync(CancellationToken ct) => GetAsync<List<KnownArea>>("/api/areas", ct);

    public Task<ServiceResult<KnownCounts>> KnownCountsAsync(CancellationToken ct) => GetAsync<KnownCounts>("/api/weighting/counts", ct);

    /// <summary>Replaces all known counts; refused, the problem names <c>counts[i].households</c>.</summary>
    public Task<ServiceResult<KnownCounts>> ReplaceKnownCountsAsync(KnownCounts counts, CancellationToken ct) =>
        PutAsync<KnownCounts>("/api/weighting/counts", counts, ct);

    /// <summary>Checks (dry run) or imports a LimeSurvey export, all or nothing; refused, the problem carries the report with every error.</summary>
    public Task<ServiceResult<LimeSurveyReport>> ImportLimeSurveyAsync(Guid id, LimeSurveyImport import, bool dryRun, CancellationToken ct) =>
        PostAsync<LimeSurveyReport>($"/api/surveys/{id}/imports/limesurvey?dryRun={(dryRun ? "true" : "false")}", import, ct);
}

/// <param name="RawHeld">Answers whose raw data is still held; <paramref name="OldestRawReceivedAt"/> the oldest of them.</param>
public sealed record RawData(Guid SurveyId, string Title, SurveyStatus Status, int RetentionDays, int Answers, int RawHeld, DateTimeOffset? OldestRawReceivedAt);

public enum SurveyStatus
{
    Draft,
    Published,
    Closed,
}

/// <param name="InvitationRequired">Only the codes from the letters answer the survey; its open link leads to the code entry.</param>
/// <param name="Population">The population whose wave the survey is; null while it is no wave (it counts on its own).</param>
/// <param name="CurrentWave">Whether it is its population's current wave; a superseded wave's answers do not count in the gaps.</param>
public sealed record Survey(
    Guid Id, SurveyStatus Status, int? PublishedVersion, int LatestVersion, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt = null, bool InvitationRequired = false,
    string? Population = null, bool CurrentWave = false);

/// <summary>Who a repeated survey asks, e.g. "Haushalte mit Zweitwohnsitz", with its surveys (waves), oldest first.</summary>
public sealed record Population([property: JsonPropertyName("population")] string Name, Guid CurrentSurveyId, IReadOnlyList<Wave> Waves);

/// <param name="Current">Whether its answers count in the gaps; the other waves' are held for comparing only.</param>
public sealed record Wave(Guid SurveyId, SurveyStatus Status, DateTimeOffset CreatedAt, bool Current);

/// <summary>Of a version what the pages show: its titles, languages, consent version and who is responsible.</summary>
public sealed record SurveyVersion(Guid SurveyId, int Version, bool Draft, SurveyDefinition Definition);

public sealed record SurveyDefinition(IReadOnlyDictionary<string, string> Title, IReadOnlyList<string>? Languages = null, ConsentText? Consent = null, Responsible? Responsible = null);

public sealed record ConsentText(string Version);

/// <summary>Who is responsible for the processing (Art. 13 GDPR), as respondents are told before they answer.</summary>
public sealed record Responsible(string Municipality, string Office, string Address, string Email, string? Phone = null);

/// <param name="Total">All responses; in the planner's own view always there.</param>
public sealed record ResponseCounts(int? Total, IReadOnlyList<ResponseCell>? Cells = null);

public sealed record ResponseCell(string AreaCode, string HouseholdType, int? Responses);

public sealed record InvitationCounts(int Issued, int Used);

public sealed record KnownCounts(IReadOnlyList<KnownCount> Counts);

/// <param name="Households">Households of the type in the area, e.g. secondary residences from the population register.</param>
public sealed record KnownCount(string AreaCode, string HouseholdType, int Households);

/// <summary>A LimeSurvey response export with the mapping of its columns; <paramref name="Mapping"/> is passed on as the planner wrote it.</summary>
public sealed record LimeSurveyImport(string Csv, string ConsentVersion, JsonNode Mapping, string? Source);

public sealed record LimeSurveyReport(
    bool DryRun, bool Stored, int RowsRead, int New, int AlreadyImported, int Skipped, int Invalid,
    IReadOnlyList<LimeSurveyRow> Rows, IReadOnlyList<LimeSurveyError> Errors);

/// <param name="Outcome"><c>new</c>, <c>alreadyImported</c>, <c>skipped</c> or <c>invalid</c>.</param>
public sealed record LimeSurveyRow(int Line, string? ResponseId, string Outcome);

/// <param name="Column">The export's column, when the rule is about one.</param>
public sealed record LimeSurveyError(int? Line, string? ResponseId, string? Column, string Field, string Rule);

/// <summary>An area as Surveys learnt it from Inventory.</summary>
public sealed record KnownArea(string Code, string Name);
