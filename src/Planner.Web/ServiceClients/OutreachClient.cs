using GutAusgestattet.PlannerWeb.Outreach;

namespace GutAusgestattet.PlannerWeb.ServiceClients;

/// <summary>
/// Partners.Service's outreach: the partners ranked for a gap, the pipeline of approaches with their history, the next
/// steps due and the funnel. Partners knows a gap by its key (<c>kita:mitte:time</c>), not by Gaps' id.
/// </summary>
public sealed class OutreachClient(HttpClient http, ILogger<OutreachClient> log) : ServiceClient(http, log, PlatformService.Partners)
{
    /// <summary>Every outreach of the municipality, oldest first, without history.</summary>
    public Task<ServiceResult<List<OutreachCase>>> ListAsync(CancellationToken ct) => GetAsync<List<OutreachCase>>("/api/outreach", ct);

    /// <summary>Which partners are being approached about a gap.</summary>
    public Task<ServiceResult<List<OutreachCase>>> OutreachAboutAsync(string gapKey, CancellationToken ct) =>
        GetAsync<List<OutreachCase>>($"/api/outreach?gapKey={Uri.EscapeDataString(gapKey)}", ct);

    /// <summary>One outreach with its history.</summary>
    public Task<ServiceResult<OutreachCase>> OutreachAsync(Guid id, CancellationToken ct) => GetAsync<OutreachCase>($"/api/outreach/{id}", ct);

    /// <summary>The partners ranked for the gap; not found while Partners has not learnt of the gap yet.</summary>
    public Task<ServiceResult<GapSuggestions>> SuggestionsAsync(string gapKey, CancellationToken ct) =>
        GetAsync<GapSuggestions>($"/api/outreach/gaps/{Uri.EscapeDataString(gapKey)}/suggestions", ct);

    /// <summary>Starts at "identified"; refused (409, naming the running one as <c>outreachId</c>) when the partner is already approached about the gap.</summary>
    public Task<ServiceResult<OutreachCase>> StartAsync(Guid partnerId, string gapKey, string owner, CancellationToken ct) =>
        PostAsync<OutreachCase>("/api/outreach", new { partnerId, gapKeys = new[] { gapKey }, owner }, ct);

    /// <summary>
    /// A step to <see cref="OutreachStep.Stage"/>, or with <see cref="OutreachStages.Reopen"/> back to the stage held before a
    /// pause or refusal. A step the rules forbid is refused (409) with <c>currentStage</c> and <c>allowedNextSteps</c>.
    /// </summary>
    public Task<ServiceResult<OutreachCase>> StepAsync(Guid id, OutreachStep step, CancellationToken ct) =>
        step.Stage == OutreachStages.Reopen
            ? PostAsync<OutreachCase>($"/api/outreach/{id}/reopen", step with { Stage = null }, ct)
            : PostAsync<OutreachCase>($"/api/outreach/{id}/steps", step, ct);

    /// <summary>The next steps due, earliest first.</summary>
    public Task<ServiceResult<List<DueStep>>> DueAsync(CancellationToken ct) => GetAsync<List<DueStep>>("/api/outreach/due", ct);

    public Task<ServiceResult<Funnel>> FunnelAsync(CancellationToken ct) => GetAsync<Funnel>("/api/outreach/funnel", ct);
}

/// <param name="Stage">One of <see cref="OutreachStages.All"/>.</param>
/// <param name="AllowedNextSteps">Stages, or <see cref="OutreachStages.Reopen"/> for a declined or paused one.</param>
/// <param name="AgreementId">The co-operation agreement an agreed outreach led to, once recorded.</param>
/// <param name="History">Only when one outreach is read.</param>
public sealed record OutreachCase(
    Guid Id, Guid PartnerId, string PartnerName, IReadOnlyList<string> GapKeys, string Stage, IReadOnlyList<string> AllowedNextSteps,
    DateOnly? NextDue, string? NextOwner, Guid? AgreementId, DateTimeOffset CreatedAt, IReadOnlyList<OutreachHistoryEntry>? History);

/// <param name="From">Null for the first step.</param>
/// <param name="Contact">The partner's contact person the step was with; Partners' own words once the person was erased.</param>
public sealed record OutreachHistoryEntry(
    int Number, string? From, string To, bool Reopened, DateOnly On, string Owner, string? Note, DateOnly? NextDue, string? NextOwner, string? Contact);

/// <summary>What a planner records with a step: the stage, who, the day (today when left out), a note and who does what next by when.</summary>
public sealed record OutreachStep(string? Stage, string Owner, DateOnly? On, string? Note, DateOnly? NextDue, string? NextOwner);

public sealed record DueStep(
    Guid OutreachId, Guid PartnerId, string PartnerName, IReadOnlyList<string> GapKeys, string Stage, DateOnly Due, string Owner, bool Overdue);

/// <param name="Current">Outreaches per stage they are in now.</param>
/// <param name="Reached">Outreaches per stage they ever reached.</param>
public sealed record Funnel(int Total, IReadOnlyDictionary<string, int> Current, IReadOnlyDictionary<string, int> Reached, IReadOnlyList<Conversion> Conversions);

/// <summary>Of the outreaches that reached <paramref name="From"/>, how many reached <paramref name="To"/>; the rate is null with none.</summary>
public sealed record Conversion(string From, string To, int Reached, int Converted, double? Rate);

/// <param name="AreaCentreKnown">Whether Partners can tell the distance of sites outside the gap's own area.</param>
public sealed record GapSuggestions(string GapKey, bool Open, bool AreaCentreKnown, IReadOnlyList<SuggestedPartner> Suggestions);

/// <param name="Score">0–100, the sum of the reasons' points.</param>
/// <param name="OutreachId">The outreach already running with the partner about this gap.</param>
public sealed record SuggestedPartner(int Rank, Guid PartnerId, string Name, double Score, IReadOnlyList<SuggestionReason> Reasons, Guid? OutreachId);

/// <param name="Factor"><c>nearness</c>, <c>employees</c>, <c>sector</c> or <c>cooperation</c>.</param>
/// <param name="Text">Partners' own (English) words, naming the site, the counts or the sector.</param>
public sealed record SuggestionReason(string Factor, double Points, string Text);
